import { describe, expect, it } from 'vitest';
import { countByNetwork, DEFAULT_FILTERS, filterPlaces, isDefault, optionCounts, type Filters } from '../../src/domain/filters.ts';
import type { Place } from '../../src/domain/place.ts';

function place(id: string, patch: Partial<Place>): Place {
  return {
    id, network: 'france-services', name: id, lon: 2, lat: 46, approximate: false, communeCode: '23096', communeName: 'Guéret',
    departementCode: '23', sizeBand: '10k-50k', densityClass: 2, qpvCommune: false, ...patch,
  };
}

const places: Place[] = [
  place('fs-1', { qpvCommune: true, densityClass: 1, sizeBand: 'ge200k' }),
  place('fs-2', { qpvCommune: false, densityClass: 6, sizeBand: 'lt2k' }),
  place('fs-3', { qpvCommune: null, densityClass: null, sizeBand: null }),
  place('fab-1', { network: 'fabriques', qpvCommune: true, densityClass: 2 }),
];

describe('filter predicates', () => {
  it('keeps every place with the default filters', () => {
    expect(filterPlaces(places, DEFAULT_FILTERS).map((p) => p.id)).toEqual(['fs-1', 'fs-2', 'fs-3', 'fab-1']);
    expect(isDefault(DEFAULT_FILTERS)).toBe(true);
  });

  it('combines network, QPV, density and size criteria', () => {
    const f: Filters = { ...DEFAULT_FILTERS, networks: ['france-services'], qpv: 'in' };
    expect(filterPlaces(places, f).map((p) => p.id)).toEqual(['fs-1']);
    expect(filterPlaces(places, { ...DEFAULT_FILTERS, density: [5, 6, 7] }).map((p) => p.id)).toEqual(['fs-2']);
    expect(filterPlaces(places, { ...DEFAULT_FILTERS, sizeBands: ['10k-50k', 'lt2k'] }).map((p) => p.id)).toEqual(['fs-2', 'fab-1']);
  });

  it('a place whose QPV status or density is unknown never passes an active criterion', () => {
    expect(filterPlaces(places, { ...DEFAULT_FILTERS, qpv: 'out' }).map((p) => p.id)).toEqual(['fs-2']);
    expect(filterPlaces(places, { ...DEFAULT_FILTERS, density: [1, 2, 3, 4, 5, 6, 7] }).map((p) => p.id)).not.toContain('fs-3');
  });

  it('legend counts ignore the network toggles but follow the other criteria', () => {
    const counts = countByNetwork(places, { ...DEFAULT_FILTERS, networks: [], qpv: 'in' });
    expect(counts['france-services']).toBe(1);
    expect(counts.fabriques).toBe(1);
    expect(counts['micro-folies']).toBe(0);
  });

  it('each option counts what it would keep given the other active filters', () => {
    const c = optionCounts(places, { ...DEFAULT_FILTERS, networks: ['france-services'], density: [1] });
    expect(c.qpv).toEqual({ all: 1, in: 1, out: 0 });
    expect(c.density.get(6)).toBe(1);
    expect(c.densityGroup.get('rural')).toBe(1);
    expect(c.sizeBand.get('ge200k')).toBe(1);
  });
});
