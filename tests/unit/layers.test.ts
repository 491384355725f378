import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../src/domain/filters.ts';
import type { Place } from '../../src/domain/place.ts';
import { highlights, memoizedPlaceLayers, placeLayers } from '../../src/map/layers.ts';

const base: Omit<Place, 'id' | 'network'> = {
  name: 'x', lon: 2, lat: 46, approximate: false, communeCode: null, communeName: null, departementCode: null, sizeBand: null, densityClass: null, qpvCommune: null, labelYear: null,
};
const places: Place[] = [
  { ...base, id: 'fs-1', network: 'france-services' },
  { ...base, id: 'fs-2', network: 'france-services' },
  { ...base, id: 'fab-1', network: 'fabriques' },
];

describe('layer descriptions', () => {
  it('gives one layer per network, in a fixed order, with only the places the filters keep', () => {
    const layers = placeLayers(places, { ...DEFAULT_FILTERS, networks: ['fabriques'] });
    expect(layers.map((l) => l.network)).toEqual(['france-services', 'fabriques', 'micro-folies', 'campus-connectes', 'manufactures']);
    expect(layers.find((l) => l.network === 'france-services')!.data).toEqual([]);
    expect(layers.find((l) => l.network === 'fabriques')!.data.map((p) => p.id)).toEqual(['fab-1']);
    expect(layers.filter((l) => l.visible).map((l) => l.network)).toEqual(['fabriques']);
  });

  it('gives back the same layer data while places and filters are the same, so that a hover recomputes nothing', () => {
    const layersOf = memoizedPlaceLayers();
    const filters = { ...DEFAULT_FILTERS };
    const first = layersOf(places, filters);
    expect(layersOf(places, filters)).toBe(first);
    const other = layersOf(places, { ...filters, networks: ['fabriques'] });
    expect(other).not.toBe(first);
    expect(other.find((l) => l.network === 'france-services')!.data).toEqual([]);
  });

  it('highlights the selection and the hovered place, never the same place twice', () => {
    const byId = new Map(places.map((p) => [p.id, p]));
    expect(highlights(byId, 'fs-1', 'fs-1').map((h) => h.kind)).toEqual(['selected']);
    expect(highlights(byId, 'fs-2', 'fs-1').map((h) => `${h.kind}:${h.place.id}`)).toEqual(['selected:fs-1', 'hover:fs-2']);
    expect(highlights(byId, 'gone', null)).toEqual([]);
  });
});
