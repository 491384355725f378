import { describe, expect, it } from 'vitest';
import { figuresCsv, FIGURES_HEADER } from '../../src/app/exports.ts';
import type { NetworkCoverage } from '../../src/domain/coverage.ts';
import type { DepartementFigures } from '../../src/domain/departements-file.ts';
import { NETWORK_IDS, type NetworkId } from '../../src/domain/networks.ts';
import { formatKm } from '../../src/domain/numbers.ts';
import type { Place } from '../../src/domain/place.ts';
import { sortPlaces } from '../../src/domain/sort-places.ts';

const none: NetworkCoverage = { count: 0, per100k: 0, beyond10km: null, beyond20km: null, communesWithPlace: 0 };
function departement(code: string, name: string, fs: Partial<NetworkCoverage>, population = 100_000, neighbours: string[] = []): DepartementFigures {
  const networks = Object.fromEntries(NETWORK_IDS.map((id) => [id, none])) as Record<NetworkId, NetworkCoverage>;
  networks['france-services'] = { ...none, ...fs };
  return { code, name, population, communes: 10, networks, all: networks['france-services'], regionCode: '75', regionName: 'Nouvelle-Aquitaine', bbox: null, neighbours, communeAreas: null };
}

describe('the figures export of a département', () => {
  const creuse = departement('23', 'Creuse', { count: 21, per100k: 18.1818, beyond10km: 0.23456, beyond20km: 0 }, 100_000, ['01']);
  const ain = departement('01', 'Ain', { count: 20, per100k: 3.123, beyond10km: 0.05, beyond20km: 0 }, 100_000, ['23']);
  const fr = departement('FR', 'France', { count: 2843, per100k: 4.2, beyond10km: 0.063, beyond20km: 0.003 }, 68_000_000);
  const outside = { networks: Object.fromEntries(NETWORK_IDS.map((id) => [id, { count: 0, codes: [] as string[] }])) as Record<NetworkId, { count: number; codes: string[] }>, all: { count: 2, codes: ['978'] } };
  const national = { ...fr, outside: { ...outside, networks: { ...outside.networks, 'france-services': { count: 2, codes: ['978'] } } } };

  it('has every figure of the panel: one row per network and for all, ranks on rates and shares with their ties, then the région and the neighbours', () => {
    const lines = figuresCsv(creuse, national, [creuse, ain], ['france-services'], 'france-services', ';', 'QPV').replace('\ufeff', '').trim().split('\r\n');
    expect(lines[0]).toBe(FIGURES_HEADER.join(';'));
    const row = (i: number) => Object.fromEntries(FIGURES_HEADER.map((h, j) => [h, lines[i]!.split(';')[j]]));
    // Creuse is first for places per 100,000; beyond 20 km both show 0 %: first, ex aequo with the Ain.
    expect(row(1)).toMatchObject({
      zone: 'departement', code: '23', reseau: 'France Services', lieux: '21', france_lieux: '2843', france_lieux_hors_departement: '2',
      lieux_pour_100000_hab: '18,18', rang_pour_100000_hab: '1', ex_aequo_pour_100000_hab: '1', part_population_plus_10km: '23,46',
      rang_plus_10km: '2', rang_plus_20km: '1', ex_aequo_plus_20km: '2', departements_classes: '2', filtres: 'QPV',
    });
    expect(row(2)).toMatchObject({ zone: 'departement', reseau: 'Tous les réseaux', france_lieux_hors_departement: '2' });
    expect(row(3)).toMatchObject({ zone: 'region', nom: 'Nouvelle-Aquitaine', lieux: '41', population: '200000', rang_pour_100000_hab: '' });
    expect(row(4)).toMatchObject({ zone: 'voisin', code: '01', nom: 'Ain', lieux: '20', rang_pour_100000_hab: '2' });
    expect(lines).toHaveLength(5);
  });

  it('writes a network without any place as empty cells, not zero, and follows the chosen delimiter', () => {
    const lines = figuresCsv(creuse, national, [creuse, ain], ['france-services', 'micro-folies'], 'all', ',').replace('\ufeff', '').trim().split('\r\n');
    const microFolies = lines.find((l) => l.includes('Micro-Folies'))!.split(',');
    const at = (h: string) => microFolies[FIGURES_HEADER.indexOf(h)];
    expect([at('part_population_plus_10km'), at('rang_plus_10km'), at('part_population_plus_20km')]).toEqual(['', '', '']);
    expect(lines[1]).toContain('18.18');
  });
});

describe('the list orders', () => {
  const base: Omit<Place, 'id' | 'name' | 'communeName' | 'departementCode'> = { network: 'france-services', lon: 0, lat: 0, approximate: false, communeCode: null, sizeBand: null, densityClass: null, qpvCommune: null, labelYear: null };
  const places: Place[] = [
    { ...base, id: 'a', name: 'Maison 10', communeName: 'Évaux-les-Bains', departementCode: '23' },
    { ...base, id: 'b', name: 'maison 9', communeName: 'Ajaccio', departementCode: '2A' },
    { ...base, id: 'c', name: 'Éclat', communeName: null, departementCode: null },
    { ...base, id: 'd', name: 'Atelier', communeName: 'Bourg-en-Bresse', departementCode: '01' },
  ];
  it('sorts names the French way: accents and case ignored, numbers by value', () => {
    expect(sortPlaces(places, 'nom').map((p) => p.id)).toEqual(['d', 'c', 'b', 'a']);
  });
  it('puts places without a commune or département last, and Corsica between 19 and 21', () => {
    expect(sortPlaces(places, 'commune').map((p) => p.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(sortPlaces(places, 'departement').map((p) => p.id)).toEqual(['d', 'b', 'a', 'c']);
    const haute = { ...places[0]!, id: 'e', departementCode: '19' };
    expect(sortPlaces([places[1]!, haute], 'departement').map((p) => p.id)).toEqual(['e', 'b']);
  });
  it('does not reorder its input', () => {
    sortPlaces(places, 'nom');
    expect(places.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('distances', () => {
  it('one decimal with a comma below 10 km, whole kilometres above', () => {
    expect(formatKm(2.44)).toBe('2,4 km');
    expect(formatKm(0)).toBe('0,0 km');
    expect(formatKm(9.96)).toBe('10,0 km');
    expect(formatKm(37.5)).toBe('38 km');
    expect(formatKm(1234)).toBe('1\u202f234 km');
  });
});
