import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/domain/coverage.ts';
import { nationalFigures, urbanEpciCommunes } from '../../src/domain/national.ts';
import type { Place } from '../../src/domain/place.ts';

const DEPARTEMENTS = [{ code: '23', name: 'Creuse' }, { code: '69', name: 'Rhône' }, { code: '974', name: 'La Réunion' }];
const COMMUNES = [
  { code: '23096', departementCode: '23', population: 13_000, lon: 1.87, lat: 46.17 },
  { code: '69123', departementCode: '69', population: 520_000, lon: 4.84, lat: 45.76 },
  { code: '69264', departementCode: '69', population: 6_000, lon: 4.4, lat: 46.0 },
  { code: '97411', departementCode: '974', population: 150_000, lon: 55.45, lat: -20.88 },
];
const EPCI = [
  { type: 'MET69', membres: [{ code: '69123' }] },
  { type: 'CU', membres: [{ code: '97411' }] },
  { type: 'CC', membres: [{ code: '23096' }] },
];

function place(communeCode: string, departementCode: string, more: Partial<Place> = {}): Place {
  const c = COMMUNES.find((x) => x.code === communeCode)!;
  return {
    id: `${communeCode}-${Math.random()}`, network: 'fabriques', name: 'X', lon: c.lon, lat: c.lat, approximate: true,
    communeCode, communeName: null, departementCode, sizeBand: '10k-50k', densityClass: 2, qpvCommune: false, labelYear: null, ...more,
  };
}

describe('national figures', () => {
  const places = [
    place('23096', '23', { densityClass: 5, sizeBand: 'lt2k', qpvCommune: true }),
    place('23096', '23', { densityClass: 7, sizeBand: 'lt2k' }),
    place('69123', '69', { densityClass: 1, sizeBand: 'ge200k', qpvCommune: true }),
    place('97411', '974', { densityClass: null, qpvCommune: null }),
  ];
  const coverage = computeCoverage(DEPARTEMENTS, COMMUNES, places);
  const f = nationalFigures(places, coverage, 'fabriques', urbanEpciCommunes(EPCI));

  it('counts places and shares over the places whose value is known', () => {
    expect(f.count).toBe(4);
    expect(f.qpvCommune).toEqual({ count: 2, of: 3, share: 2 / 3 });
    expect(f.density[5]).toEqual({ count: 1, of: 3, share: 1 / 3 });
    expect(f.densityFourLevels['peu-dense'].count + f.densityFourLevels['tres-peu-dense'].count).toBe(2);
    expect(f.sizeBands.lt2k).toEqual({ count: 2, of: 4, share: 0.5 });
    expect(f.overseas).toEqual({ count: 1, of: 4, share: 0.25 });
  });

  it('tells the 22 métropoles from the communautés urbaines', () => {
    expect(f.outsideMetropoles).toEqual({ count: 3, of: 4, share: 0.75 });
    expect(f.outsideUrbanEpci).toEqual({ count: 2, of: 4, share: 0.5 });
  });

  it('counts the départements with one place and with two or more, and ranks the largest shares beyond 10 km', () => {
    expect(f.departementsWithOne).toEqual({ count: 3, of: 3, share: 1 });
    expect(f.departementsWithTwo).toEqual({ count: 1, of: 3, share: 1 / 3 });
    expect(f.largestBeyond10km[0]!.code).toBe('69');
    expect(f.largestBeyond10km.map((d) => d.share)).toEqual([...f.largestBeyond10km.map((d) => d.share)].sort((a, b) => b - a));
  });
});
