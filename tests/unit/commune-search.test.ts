import { describe, expect, it } from 'vitest';
import { isArrondissement, searchCommunes, searchKey, type SearchEntry } from '../../src/domain/commune-search.ts';
import { decodeSearchIndex, encodeSearchIndex } from '../../src/domain/search-index-file.ts';

function entry(code: string, name: string, population: number, postalCodes: string[]): SearchEntry {
  return { code, name, departementCode: code.slice(0, 2), postalCodes, population, lon: 2, lat: 46, key: searchKey(name) };
}

const entries = [
  entry('42218', 'Saint-Étienne', 173_000, ['42000', '42100']),
  entry('76575', 'Saint-Étienne-du-Rouvray', 28_000, ['76800']),
  entry('23096', 'Guéret', 13_000, ['23000']),
  entry('23001', 'Ahun', 1_400, ['23150']),
  entry('14118', 'Caen', 105_000, ['14000']),
  entry('50129', 'Cherbourg-en-Cotentin', 78_000, ['50100']),
  entry('73248', 'La Léchère', 2_000, ['73260']),
  entry('2A004', 'Ajaccio', 73_000, ['20000', '20090']),
];
const departements = [{ code: '23', name: 'Creuse' }, { code: '2A', name: 'Corse-du-Sud' }];
const names = (q: string) => searchCommunes(entries, departements, q).map((s) => (s.kind === 'commune' ? s.entry.name : `dép. ${s.code}`));

describe('commune search', () => {
  it('offers the département « Creuse » before the commune Creuse (80) of the same name', () => {
    const withCommune = [...entries, entry('80233', 'Creuse', 200, ['80480'])];
    const found = searchCommunes(withCommune, departements, 'Creuse').map((s) => (s.kind === 'commune' ? `${s.entry.name} (${s.entry.departementCode})` : `dép. ${s.code}`));
    expect(found).toEqual(['dép. 23', 'Creuse (80)']);
  });

  it('finds "Saint-Étienne" from "st etienne", the largest first', () => {
    expect(names('st etienne')).toEqual(['Saint-Étienne', 'Saint-Étienne-du-Rouvray']);
    expect(names('Saint Etienne')[0]).toBe('Saint-Étienne');
  });

  it('ignores accents and case: "gueret" finds Guéret, "la lech" finds La Léchère', () => {
    expect(names('gueret')).toEqual(['Guéret']);
    expect(names('LA LECH')).toEqual(['La Léchère']);
  });

  it('finds a commune by postal code and by INSEE code', () => {
    expect(names('42000')).toEqual(['Saint-Étienne']);
    expect(names('23096')).toEqual(['Guéret']);
    expect(names('20090')).toEqual(['Ajaccio']);
  });

  it('a département number suggests the département first, then communes of its postal codes', () => {
    expect(names('23')).toEqual(['dép. 23', 'Guéret', 'Ahun']);
    expect(names('2a')[0]).toBe('dép. 2A');
  });

  it('matches a word inside a name after names that start with the query', () => {
    expect(names('cotentin')).toEqual(['Cherbourg-en-Cotentin']);
    expect(names('')).toEqual([]);
    expect(names('zzz')).toEqual([]);
  });

  it('the search index keeps codes (Corsica included), postal codes and coordinates to 500 m', () => {
    const communes = entries.map((e, i) => ({ ...e, lon: 2 + i * 0.1234, lat: 46 - i * 0.0789, densityClass: null, qpv: null }));
    const { entries: back } = decodeSearchIndex(JSON.parse(JSON.stringify(encodeSearchIndex(communes, departements, { inputHash: 'x' }))));
    expect(back.map((e) => e.code).sort()).toEqual(entries.map((e) => e.code).sort());
    const ajaccio = back.find((e) => e.code === '2A004')!;
    expect(ajaccio.postalCodes).toEqual(['20000', '20090']);
    expect(ajaccio.departementCode).toBe('2A');
    const original = communes.find((c) => c.code === '2A004')!;
    expect(Math.abs(ajaccio.lon - original.lon)).toBeLessThanOrEqual(0.0025);
  });

  describe('arrondissements of Paris, Lyon and Marseille', () => {
    const cities = [
      ...entries,
      entry('75056', 'Paris', 2_100_000, ['75001', '75002', '75011', '75116']),
      entry('75101', 'Paris 1er Arrondissement', 15_000, ['75001']),
      entry('75110', 'Paris 10e Arrondissement', 85_000, ['75010']),
      entry('75111', 'Paris 11e Arrondissement', 145_000, ['75011']),
      entry('75116', 'Paris 16e Arrondissement', 165_000, ['75016', '75116']),
      entry('13055', 'Marseille', 870_000, ['13001', '13003']),
      entry('13203', 'Marseille 3e Arrondissement', 50_000, ['13003']),
      entry('13213', 'Marseille 13e Arrondissement', 90_000, ['13013']),
      entry('69383', 'Lyon 3e Arrondissement', 100_000, ['69003']),
    ];
    const first = (q: string) => {
      const s = searchCommunes(cities, departements, q)[0];
      return s?.kind === 'commune' ? s.entry.code : s?.code;
    };

    it('« Paris 11 », « Paris 11e », « paris 11eme » and « 75011 » find the 11th arrondissement first, not Paris as a whole', () => {
      expect(first('Paris 11')).toBe('75111');
      expect(first('Paris 11e')).toBe('75111');
      expect(first('paris 11eme')).toBe('75111');
      expect(first('75011')).toBe('75111');
      expect(first('75116')).toBe('75116');
    });

    it('« Marseille 3e » finds the 3rd arrondissement before the 13th, and « Paris 1 » the 1st before the 10th', () => {
      expect(first('Marseille 3e')).toBe('13203');
      expect(first('Marseille 3')).toBe('13203');
      expect(first('Paris 1')).toBe('75101');
      expect(first('Lyon 3e')).toBe('69383');
    });

    it('« Paris » still means the city first', () => {
      expect(first('Paris')).toBe('75056');
    });

    it('isArrondissement knows the three cities’ code ranges only', () => {
      expect(['75101', '75120', '69381', '69389', '13201', '13216'].every(isArrondissement)).toBe(true);
      expect(['75056', '75121', '69123', '13055', '13217', '23096'].some(isArrondissement)).toBe(false);
    });
  });
});
