import { describe, expect, it } from 'vitest';
import { computeCoverage, nearestDistancesKm, type CommunePoint, type PlacePoint } from '../../src/domain/coverage.ts';
import { NETWORK_IDS } from '../../src/domain/networks.ts';

// Three communes on one meridian, 0.1° of latitude apart: 0.1° = 6371 km × 0.1 × π/180 ≈ 11.12 km,
// so B is beyond 10 km (not 20) of A, and C is beyond 20 km of A.
const A: CommunePoint = { code: '01001', departementCode: '01', population: 1000, lon: 5, lat: 46 };
const B: CommunePoint = { code: '01002', departementCode: '01', population: 2000, lon: 5, lat: 46.1 };
const C: CommunePoint = { code: '01003', departementCode: '01', population: 3000, lon: 5, lat: 46.2 };
// No centroid: counts in the population, not in the distance shares.
const D: CommunePoint = { code: '23001', departementCode: '23', population: 500, lon: NaN, lat: NaN };
const COMMUNES = [A, B, C, D];
const DEPARTEMENTS = [{ code: '01', name: 'Ain' }, { code: '23', name: 'Creuse' }];

const KM_PER_TENTH_DEGREE = (6371 * 0.1 * Math.PI) / 180;

const atA: PlacePoint = { network: 'france-services', communeCode: '01001', departementCode: '01', lon: 5, lat: 46 };
const atC: PlacePoint = { network: 'micro-folies', communeCode: '01003', departementCode: '01', lon: 5, lat: 46.2 };

describe('nearestDistancesKm', () => {
  it('gives the great-circle distance to the nearest place, NaN without centroid, Infinity without places', () => {
    const d = nearestDistancesKm(COMMUNES, [atA]);
    expect(d[0]).toBe(0);
    expect(d[1]).toBeCloseTo(KM_PER_TENTH_DEGREE, 6);
    expect(d[2]).toBeCloseTo(2 * KM_PER_TENTH_DEGREE, 6);
    expect(d[3]).toBeNaN();
    expect([...nearestDistancesKm([A, B], [])]).toEqual([Infinity, Infinity]);
  });

  it('takes the nearest of several places', () => {
    const d = nearestDistancesKm(COMMUNES, [atA, atC]);
    expect([d[0], d[2]]).toEqual([0, 0]);
    expect(d[1]).toBeCloseTo(KM_PER_TENTH_DEGREE, 6);
  });
});

describe('computeCoverage', () => {
  const { departements, national } = computeCoverage(DEPARTEMENTS, COMMUNES, [atA, atC]);
  const ain = departements[0]!;
  const creuse = departements[1]!;

  it('counts population and communes per département and nationally', () => {
    expect([ain.code, ain.name, ain.population, ain.communes]).toEqual(['01', 'Ain', 6000, 3]);
    expect([creuse.code, creuse.population, creuse.communes]).toEqual(['23', 500, 1]);
    expect([national.population, national.communes]).toEqual([6500, 4]);
  });

  it('computes count, rate and distance shares of one network by hand', () => {
    // France Services at A: B (2000) is beyond 10 km, C (3000) beyond 20 km, out of 6000 inhabitants.
    expect(ain.networks['france-services']).toEqual({ count: 1, per100k: 100_000 / 6000, beyond10km: 5000 / 6000, beyond20km: 3000 / 6000, communesWithPlace: 1 });
    // Micro-Folies at C: A (1000) beyond 20 km, B (2000) beyond 10 km.
    expect(ain.networks['micro-folies']).toEqual({ count: 1, per100k: 100_000 / 6000, beyond10km: 3000 / 6000, beyond20km: 1000 / 6000, communesWithPlace: 1 });
  });

  it('computes "all networks" from the nearest place of any network', () => {
    // A and C have a place; only B (2000) is beyond 10 km, none beyond 20 km.
    expect(ain.all).toEqual({ count: 2, per100k: 200_000 / 6000, beyond10km: 2000 / 6000, beyond20km: 0, communesWithPlace: 2 });
  });

  it('gives null shares and zero counts for a network with no place', () => {
    for (const id of ['fabriques', 'campus-connectes', 'manufactures'] as const) {
      expect(ain.networks[id]).toEqual({ count: 0, per100k: 0, beyond10km: null, beyond20km: null, communesWithPlace: 0 });
      expect(national.networks[id].beyond10km).toBeNull();
    }
  });

  it('counts a commune without centroid in the population but not in the distance shares', () => {
    // Nationally: 6500 inhabitants for the rate, 6000 with a centroid for the shares.
    expect(national.networks['france-services']).toEqual({ count: 1, per100k: 100_000 / 6500, beyond10km: 5000 / 6000, beyond20km: 3000 / 6000, communesWithPlace: 1 });
    // In the Creuse no commune has a centroid: no share can be computed even though the network has places.
    expect(creuse.networks['france-services']).toEqual({ count: 0, per100k: 0, beyond10km: null, beyond20km: null, communesWithPlace: 0 });
    expect(creuse.all.beyond10km).toBeNull();
  });

  it('counts each commune with places once', () => {
    const twoInA = computeCoverage(DEPARTEMENTS, COMMUNES, [atA, { ...atA, lon: 5.01 }]);
    expect(twoInA.departements[0]!.networks['france-services']).toMatchObject({ count: 2, communesWithPlace: 1 });
  });

  it('lets a place outside every listed département serve as the nearest place, counting it in the national total only', () => {
    const outside: PlacePoint = { network: 'fabriques', communeCode: '97801', departementCode: '978', lon: 5, lat: 46.1 };
    const { departements: deps, national: nat } = computeCoverage(DEPARTEMENTS, COMMUNES, [atA, atC, outside]);
    // Nearest fabrique is at B: A (1000) and C (3000) are 11 km away, beyond 10 km but not 20 km.
    expect(deps[0]!.networks.fabriques).toEqual({ count: 0, per100k: 0, beyond10km: 4000 / 6000, beyond20km: 0, communesWithPlace: 0 });
    // One total everywhere (the filters count it too); rates stay on the départements' places.
    expect(nat.all.count).toBe(3);
    expect(nat.outside.all).toEqual({ count: 1, codes: ['978'] });
    expect(nat.networks.fabriques.per100k).toBe(0);
  });

  it('counts a place without département in the national total only, as outside every département', () => {
    const lost: PlacePoint = { network: 'france-services', communeCode: null, departementCode: null, lon: 5, lat: 46.1 };
    const { departements: deps, national: nat } = computeCoverage(DEPARTEMENTS, COMMUNES, [atA, lost]);
    expect(nat.networks['france-services'].count).toBe(2);
    expect(nat.outside.networks['france-services']).toEqual({ count: 1, codes: [] });
    expect(deps.reduce((n, d) => n + d.networks['france-services'].count, 0)).toBe(1);
    expect(nat.networks['france-services'].beyond10km).toBe(3000 / 6000);
  });

  it('reports only the networks asked for, "all" still covering every place', () => {
    const { national: nat } = computeCoverage(DEPARTEMENTS, COMMUNES, [atA, atC], ['france-services']);
    expect(Object.keys(nat.networks)).toEqual(['france-services']);
    expect(nat.all.count).toBe(2);
    expect(Object.keys(national.networks)).toEqual([...NETWORK_IDS]);
  });

  it('leaves a partial list out of "all" while still giving its own figures', () => {
    const mf = { ...atC, network: 'micro-folies' as const };
    const { national: nat } = computeCoverage(DEPARTEMENTS, COMMUNES, [atA, mf], NETWORK_IDS, ['france-services']);
    expect(nat.all.count).toBe(1);
    expect(nat.networks['micro-folies'].count).toBe(1);
    const all = computeCoverage(DEPARTEMENTS, COMMUNES, [atA], NETWORK_IDS, ['france-services']).national.all;
    expect(nat.all).toEqual(all);
  });

  it('gives null shares everywhere when there is no place at all', () => {
    const empty = computeCoverage(DEPARTEMENTS, COMMUNES, []);
    expect(empty.national.all).toEqual({ count: 0, per100k: 0, beyond10km: null, beyond20km: null, communesWithPlace: 0 });
  });
});
