import { describe, expect, it } from 'vitest';
import { countByNetwork, DEFAULT_FILTERS, filterPlaces, isDefault, labelledBy, optionCounts, undatedByNetwork, type Filters } from '../../src/domain/filters.ts';
import type { Place } from '../../src/domain/place.ts';

function place(id: string, patch: Partial<Place>): Place {
  return {
    id, network: 'france-services', name: id, lon: 2, lat: 46, approximate: false, communeCode: '23096', communeName: 'Guéret',
    departementCode: '23', sizeBand: '10k-50k', densityClass: 2, qpvCommune: false, labelYear: 2021, ...patch,
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

  it('« Situation au » keeps the places labelled by the end of that year, and none without a date', () => {
    const dated: Place[] = [
      place('fs-2019', { labelYear: 2019 }), place('fs-2021', { labelYear: 2021 }), place('fs-2022', { labelYear: 2022 }),
      place('fs-x', { labelYear: null }), place('fab-x', { network: 'fabriques', labelYear: null }),
    ];
    const at2021: Filters = { ...DEFAULT_FILTERS, asOf: 2021 };
    expect(filterPlaces(dated, at2021).map((p) => p.id)).toEqual(['fs-2019', 'fs-2021']);
    expect(filterPlaces(dated, DEFAULT_FILTERS)).toHaveLength(5);
    expect(isDefault(at2021)).toBe(false);
    expect(countByNetwork(dated, at2021)).toMatchObject({ 'france-services': 2, fabriques: 0 });
    expect([labelledBy({ labelYear: 2021 }, 2021), labelledBy({ labelYear: 2022 }, 2021), labelledBy({ labelYear: null }, 2021), labelledBy({ labelYear: null }, null)]).toEqual([true, false, false, true]);
  });

  it('under « Situation au », counts per network the places hidden for want of a date (the other filters apply)', () => {
    const dated: Place[] = [
      place('fs-1', { labelYear: null }), place('fs-2', { labelYear: null, qpvCommune: true }), place('fs-3', { labelYear: 2020 }),
      place('fab-1', { network: 'fabriques', labelYear: null }),
    ];
    expect(undatedByNetwork(dated, DEFAULT_FILTERS).size).toBe(0);
    expect([...undatedByNetwork(dated, { ...DEFAULT_FILTERS, asOf: 2021 })]).toEqual([['france-services', 2], ['fabriques', 1]]);
    expect([...undatedByNetwork(dated, { ...DEFAULT_FILTERS, asOf: 2021, qpv: 'out', networks: ['france-services'] })]).toEqual([['france-services', 1]]);
  });
});
