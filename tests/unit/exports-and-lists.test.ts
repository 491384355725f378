import { describe, expect, it } from 'vitest';
import { figuresCsv, FIGURES_HEADER } from '../../src/app/exports.ts';
import type { DepartementCoverage, NetworkCoverage } from '../../src/domain/coverage.ts';
import { NETWORK_IDS, type NetworkId } from '../../src/domain/networks.ts';
import { formatKm } from '../../src/domain/numbers.ts';
import type { Place } from '../../src/domain/place.ts';
import { sortPlaces } from '../../src/domain/sort-places.ts';

const none: NetworkCoverage = { count: 0, per100k: 0, beyond10km: null, beyond20km: null, communesWithPlace: 0 };
function departement(code: string, name: string, fs: Partial<NetworkCoverage>, population = 100_000): DepartementCoverage {
  const networks = Object.fromEntries(NETWORK_IDS.map((id) => [id, none])) as Record<NetworkId, NetworkCoverage>;
  networks['france-services'] = { ...none, ...fs };
  return { code, name, population, communes: 10, networks, all: networks['france-services'] };
}

describe('the figures export of a département', () => {
  const creuse = departement('23', 'Creuse', { count: 21, per100k: 18.1818, beyond10km: 0.23456, beyond20km: 0 });
  const ain = departement('01', 'Ain', { count: 20, per100k: 3.123, beyond10km: 0.05, beyond20km: 0.01 });
  const national = departement('FR', 'France', { count: 2842, per100k: 4.2, beyond10km: 0.063, beyond20km: 0.003 }, 68_000_000);

  it('has one row per network present and one for all networks, with rounded shares in percent and ranks', () => {
    const lines = figuresCsv(creuse, national, [creuse, ain], ['france-services'], ';').replace('\ufeff', '').trim().split('\r\n');
    expect(lines[0]).toBe(FIGURES_HEADER.join(';'));
    expect(lines).toHaveLength(3);
    // Creuse is first for places per 100,000 and first (smallest share) beyond 20 km.
    expect(lines[1]).toBe('23;Creuse;France Services;21;18,18;4,2;23,46;6,3;0;0,3;1;1;100000');
    expect(lines[2]!.split(';').slice(0, 4)).toEqual(['23', 'Creuse', 'Tous les réseaux', '21']);
  });

  it('writes a network without any place as empty cells, not zero, and follows the chosen delimiter', () => {
    const lines = figuresCsv(creuse, national, [creuse, ain], ['france-services', 'micro-folies'], ',').replace('\ufeff', '').trim().split('\r\n');
    const microFolies = lines.find((l) => l.includes('Micro-Folies'))!;
    expect(microFolies.split(',').slice(6, 10)).toEqual(['', '', '', '']);
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
