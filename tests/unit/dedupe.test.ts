import { describe, expect, it } from 'vitest';
import { dedupe } from '../../scripts/pipeline/dedupe.ts';
import type { EnrichedPlace } from '../../scripts/pipeline/enrich.ts';
import type { Place, PlaceDetails } from '../../src/domain/place.ts';

const NO_DETAILS: PlaceDetails = {
  address: null, postalCode: null, communePopulation: 13000, labelDate: null, website: null, phone: null, email: null,
  hours: null, appointment: null, comment: null, kind: null, sourceUrl: null,
};

function enriched(
  file: string, line: number, place: Partial<Omit<Place, 'id'>> = {}, details: Partial<PlaceDetails> = {},
): EnrichedPlace {
  return {
    file, line, sourceId: String(line),
    place: {
      network: 'france-services', name: 'France services de Guéret', lon: 1.87, lat: 46.17, approximate: false,
      communeCode: '23096', communeName: 'Guéret', departementCode: '23', sizeBand: '10k-50k', densityClass: 2, qpvCommune: true, labelYear: null,
      ...place,
    },
    details: { ...NO_DETAILS, ...details },
  };
}

describe('dedupe', () => {
  it('merges a duplicate within a file and across files, counting it once', () => {
    const { places, merges } = dedupe([
      enriched('a.csv', 2),
      enriched('a.csv', 5, { name: 'FRANCE SERVICES DE GUERET ' }),
      enriched('b.csv', 3, { name: 'France-Services de Guéret' }),
    ]);
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({ file: 'a.csv', line: 2, sourceId: '2' });
    expect(merges).toEqual([
      { kept: { file: 'a.csv', line: 2 }, merged: { file: 'a.csv', line: 5 }, name: 'FRANCE SERVICES DE GUERET ', metres: 0 },
      { kept: { file: 'a.csv', line: 2 }, merged: { file: 'b.csv', line: 3 }, name: 'France-Services de Guéret', metres: 0 },
    ]);
  });

  it('merges near-duplicates: names equal once « France services de » is set aside, a few metres apart', () => {
    const { places, merges } = dedupe([
      enriched('a.csv', 2, { name: 'France services de Guéret' }),
      enriched('a.csv', 3, { name: 'Guéret', lon: 1.8701, lat: 46.1701 }),
      enriched('a.csv', 4, { name: "France Services d'Ahun", communeCode: '23001' }),
      enriched('a.csv', 5, { name: 'Ahun', communeCode: '23001', lon: 1.87005 }),
    ]);
    expect(places.map((p) => p.line)).toEqual([2, 4]);
    expect(merges.map((m) => [m.merged.line, m.kept.line, m.metres])).toEqual([[3, 2, 14], [5, 4, 4]]);
  });

  it('keeps two places of one name in one commune when they are far apart, and a fixed site beside its bus', () => {
    const { places } = dedupe([
      enriched('a.csv', 2),
      enriched('a.csv', 3, { lon: 1.9, lat: 46.15 }),
      enriched('a.csv', 4, { name: 'France services itinérante de Guéret' }),
    ]);
    expect(places.map((p) => p.line)).toEqual([2, 3, 4]);
  });

  it('reads "St" as "Saint" when matching names', () => {
    const { places } = dedupe([enriched('a.csv', 2, { name: 'France services St-Vaury' }), enriched('a.csv', 3, { name: 'France services Saint Vaury' })]);
    expect(places).toHaveLength(1);
  });

  it('keeps places with the same name in other communes or other networks', () => {
    const { places, merges } = dedupe([
      enriched('a.csv', 2),
      enriched('a.csv', 3, { communeCode: '23001' }),
      enriched('b.csv', 2, { network: 'micro-folies' }),
      enriched('a.csv', 4, { name: 'France services de Guéret (antenne)' }),
    ]);
    expect(places.map((p) => p.line)).toEqual([2, 3, 2, 4]);
    expect(merges).toEqual([]);
  });

  it('fills the empty fields of the kept row from the rows merged into it, and keeps its own values', () => {
    const { places } = dedupe([
      enriched('a.csv', 2, { communeName: null }, { address: '1 rue Pasteur', phone: null }),
      enriched('a.csv', 5, { communeName: 'Guéret' }, { address: '1, rue Pasteur', phone: '05 55 00 00 00', hours: ['9-12', null, null, null, null, null, null] }),
    ]);
    expect(places[0]!.place.communeName).toBe('Guéret');
    expect(places[0]!.details).toMatchObject({ address: '1 rue Pasteur', phone: '05 55 00 00 00', hours: ['9-12', null, null, null, null, null, null] });
  });

  it('takes exact coordinates from a later row when the kept one is approximate', () => {
    const { places } = dedupe([
      enriched('a.csv', 2, { approximate: true, lon: 1.85, lat: 46.17 }),
      enriched('b.csv', 7, { approximate: false, lon: 1.871, lat: 46.171 }),
    ]);
    expect(places[0]!.place).toMatchObject({ approximate: false, lon: 1.871, lat: 46.171 });
    expect(places[0]!.line).toBe(2);
  });

  it('keeps exact coordinates over a later approximate row', () => {
    const { places } = dedupe([enriched('a.csv', 2, { lon: 1.87, lat: 46.17 }), enriched('a.csv', 3, { approximate: true, lon: 1.85, lat: 46.17 })]);
    expect(places[0]!.place).toMatchObject({ approximate: false, lon: 1.87, lat: 46.17 });
  });

  it('matches places without a commune by their coordinates to about 100 m', () => {
    const outside = { communeCode: null, communeName: null, departementCode: null };
    const { places } = dedupe([
      enriched('a.csv', 2, { ...outside, lon: -149.5701, lat: -17.5401 }),
      enriched('a.csv', 3, { ...outside, lon: -149.5704, lat: -17.5399 }),
      enriched('a.csv', 4, { ...outside, lon: -149.58, lat: -17.54 }),
    ]);
    expect(places.map((p) => p.line)).toEqual([2, 4]);
  });

  it('leaves its input unchanged', () => {
    const first = enriched('a.csv', 2, {}, { phone: null });
    const second = enriched('a.csv', 3, {}, { phone: '05 55 00 00 00' });
    dedupe([first, second]);
    expect(first.details.phone).toBeNull();
  });

  it('returns nothing for nothing', () => {
    expect(dedupe([])).toEqual({ places: [], merges: [] });
  });
});
