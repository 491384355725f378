import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/domain/place.ts';
import { decodePlaces, encodePlaces, type PlacesMeta } from '../../src/domain/places-file.ts';
import { SCHEMA_VERSION, SchemaMismatchError } from '../../src/domain/schema.ts';

const META: PlacesMeta = {
  builtAt: '2025-01-02T03:04:05.000Z',
  networks: [{ id: 'france-services', present: true, count: 3 }, { id: 'micro-folies', present: false, count: 0 }],
  sources: { density: true, qpv: 'commune-list' },
};
const STAMP = { inputHash: 'abc123' };

function place(id: string, overrides: Partial<Place>): Place {
  return {
    id, network: 'france-services', name: `Lieu ${id}`, lon: 1.87, lat: 46.17, approximate: false, communeCode: '23096', communeName: 'Guéret',
    departementCode: '23', sizeBand: '10k-50k', densityClass: 2, qpvCommune: true, labelYear: 2020, ...overrides,
  };
}

// Given out of commune order, with 6-decimal coordinates, both hemispheres, and every kind of unknown value.
const PLACES: Place[] = [
  place('fs-1', { lon: 1.871234, lat: 46.171234 }),
  place('mf-1', { network: 'micro-folies', lon: 2.345678, lat: 48.856789, communeCode: '75056', communeName: 'Paris', departementCode: '75', sizeBand: 'ge200k', densityClass: 1, labelYear: 2019 }),
  place('cc-1', { network: 'campus-connectes', lon: 55.448901, lat: -20.882345, communeCode: '97411', communeName: 'Saint-Denis', departementCode: '974', sizeBand: '50k-200k', densityClass: 1, qpvCommune: false }),
  place('fab-1', { network: 'fabriques', approximate: true, lon: 5.7, lat: 45.75, communeCode: '01015', communeName: 'Arboys en Bugey', departementCode: '01', sizeBand: 'lt2k', densityClass: 5, qpvCommune: false, labelYear: null }),
  place('mp-1', { network: 'manufactures', lon: -149.569999, lat: -17.535001, communeCode: null, communeName: null, departementCode: null, sizeBand: null, densityClass: null, qpvCommune: null, labelYear: null }),
  place('fs-2', { lon: 1.85, lat: 46.17, approximate: true, sizeBand: '2k-10k', densityClass: 7, qpvCommune: null }),
  place('fs-3', { communeCode: '2A004', communeName: 'Ajaccio', departementCode: '2A', lon: 8.738635, lat: 41.919229, sizeBand: '50k-200k' }),
];

const byId = (a: Place, b: Place) => a.id.localeCompare(b.id);

describe('places.json codec', () => {
  const file = encodePlaces(PLACES, STAMP, META);
  const { places, meta } = decodePlaces(JSON.parse(JSON.stringify(file)));

  it('round-trips every field, coordinates to 1e-5 degrees', () => {
    expect(places).toHaveLength(PLACES.length);
    const decoded = [...places].sort(byId);
    const original = [...PLACES].sort(byId);
    decoded.forEach((p, i) => {
      const o = original[i]!;
      expect({ ...p, lon: 0, lat: 0 }).toEqual({ ...o, lon: 0, lat: 0 });
      expect(Math.abs(p.lon - o.lon)).toBeLessThanOrEqual(0.5e-5 + 1e-12);
      expect(Math.abs(p.lat - o.lat)).toBeLessThanOrEqual(0.5e-5 + 1e-12);
    });
  });

  it('keeps coordinates that are already on the 1e-5 grid exactly (to float precision)', () => {
    const fab = places.find((p) => p.id === 'fab-1')!;
    expect(fab.lon).toBeCloseTo(5.7, 10);
    expect(fab.lat).toBeCloseTo(45.75, 10);
  });

  it('round-trips the stamp and the metadata', () => {
    expect(meta).toEqual({ ...META, ...STAMP, schemaVersion: SCHEMA_VERSION });
  });

  it('sorts places by commune and lists each commune once', () => {
    expect(file.count).toBe(7);
    expect(file.communes).toEqual([['01015', 'Arboys en Bugey'], ['23096', 'Guéret'], ['2A004', 'Ajaccio'], ['75056', 'Paris'], ['97411', 'Saint-Denis']]);
    expect(places.map((p) => p.communeCode).filter((c) => c !== null)).toEqual(['01015', '23096', '23096', '2A004', '75056', '97411']);
  });

  it('stores coordinates as integer deltas of degrees × 1e5', () => {
    const original = new Map(PLACES.map((p) => [p.id, p]));
    let [lon, lat] = [0, 0];
    file.columns.id.forEach((id, i) => {
      expect(Number.isInteger(file.columns.lon[i])).toBe(true);
      lon += file.columns.lon[i]!;
      lat += file.columns.lat[i]!;
      expect([lon, lat]).toEqual([Math.round(original.get(id)!.lon * 1e5), Math.round(original.get(id)!.lat * 1e5)]);
    });
  });

  it('keeps each place\'s year of labelling, and an unknown one as unknown (0 in the file)', () => {
    const years = new Map(places.map((p) => [p.id, p.labelYear]));
    expect(years.get('mf-1')).toBe(2019);
    expect(years.get('fs-1')).toBe(2020);
    expect(years.get('fab-1')).toBeNull();
    expect(years.get('mp-1')).toBeNull();
    expect(file.columns.labelYear.filter((y) => y === 0)).toHaveLength(2);
  });

  it('refuses a file of schema 1 (no year of labelling) and a file whose year column is cut short', () => {
    expect(() => decodePlaces({ ...file, schemaVersion: 1 })).toThrow(/generated for schema 1.*run "npm run data"/);
    const short = { ...file, columns: { ...file.columns, labelYear: file.columns.labelYear.slice(1) } };
    expect(() => decodePlaces(short)).toThrow('places.json: column "labelYear" should hold 7 values');
  });

  it('decodes an empty file', () => {
    expect(decodePlaces(encodePlaces([], STAMP, META)).places).toEqual([]);
  });

  it('refuses a file of another schema version and says to run "npm run data"', () => {
    const old = { ...file, schemaVersion: SCHEMA_VERSION + 1 };
    expect(() => decodePlaces(old)).toThrow(SchemaMismatchError);
    expect(() => decodePlaces(old)).toThrow(
      `places.json was generated for schema ${SCHEMA_VERSION + 1}, this application reads schema ${SCHEMA_VERSION}: run "npm run data" again.`,
    );
  });

  it('refuses a file without a version, or no file at all', () => {
    expect(() => decodePlaces({ ...file, schemaVersion: undefined })).toThrow(/schema unknown.*run "npm run data"/);
    expect(() => decodePlaces(null)).toThrow(SchemaMismatchError);
  });
});
