import { describe, expect, it } from 'vitest';
import { computeCoverage, type CommunePoint, type PlacePoint } from '../../src/domain/coverage.ts';
import { formatRank, indicatorValue, ranks } from '../../src/domain/indicators.ts';
import { outsideDepartementsText } from '../../src/domain/territories.ts';
import { choropleth, CHOROPLETH_COLOURS } from '../../src/domain/choropleth.ts';
import { communeGaps } from '../../src/domain/gaps.ts';

// Three invented départements on the equator, where 1° of longitude is 111.2 km.
const communes: (CommunePoint & { name: string })[] = [
  { code: 'A1', name: 'Aville', departementCode: 'A', population: 100_000, lon: 0, lat: 0 },
  { code: 'A2', name: 'Abourg', departementCode: 'A', population: 50_000, lon: 0.15, lat: 0 }, // 16.7 km from the A place
  { code: 'B1', name: 'Bville', departementCode: 'B', population: 200_000, lon: 1, lat: 0 },
  { code: 'B2', name: 'Bhameau', departementCode: 'B', population: 1_000, lon: 1.3, lat: 0 }, // 33.4 km from B's place
  { code: 'C1', name: 'Cville', departementCode: 'C', population: 10_000, lon: 2, lat: 0 }, // 111 km from B's place
];
const places: PlacePoint[] = [
  { network: 'france-services', communeCode: 'A1', departementCode: 'A', lon: 0, lat: 0 },
  { network: 'france-services', communeCode: 'B1', departementCode: 'B', lon: 1, lat: 0 },
  { network: 'fabriques', communeCode: 'B1', departementCode: 'B', lon: 1, lat: 0 },
];
const deps = [{ code: 'A', name: 'A' }, { code: 'B', name: 'B' }, { code: 'C', name: 'C' }];
const { departements, national } = computeCoverage(deps, communes, places);

describe('coverage figures on a hand-computed example', () => {
  it('counts places and rates per 100,000 inhabitants', () => {
    const a = departements.find((d) => d.code === 'A')!;
    expect(a.population).toBe(150_000);
    expect(a.networks['france-services'].count).toBe(1);
    expect(a.networks['france-services'].per100k).toBeCloseTo(100_000 / 150_000, 10);
    expect(national.networks['france-services'].count).toBe(2);
    expect(national.population).toBe(361_000);
  });

  it('shares of population beyond 10 and 20 km follow the commune centroids', () => {
    const a = departements.find((d) => d.code === 'A')!.networks['france-services'];
    expect(a.beyond10km).toBeCloseTo(50_000 / 150_000, 10); // Abourg at 16.7 km
    expect(a.beyond20km).toBe(0);
    const c = departements.find((d) => d.code === 'C')!.networks['france-services'];
    expect(c.beyond20km).toBe(1);
    expect(national.networks.fabriques.beyond20km).toBeCloseTo((50_000 + 100_000 + 1_000 + 10_000) / 361_000, 10);
  });

  it('ranks départements on rates and shares with 1 for the best coverage, never on raw counts', () => {
    const rank = (scope: 'france-services' | 'all', id: 'beyond20km' | 'beyond10km' | 'per100k' | 'count') =>
      Object.fromEntries([...ranks(departements, scope, id)].map(([code, r]) => [code, r.rank]));
    expect(rank('france-services', 'beyond20km')).toEqual({ A: 1, B: 2, C: 3 });
    expect(rank('france-services', 'per100k')).toEqual({ A: 1, B: 2, C: 3 });
    expect(ranks(departements, 'all', 'count').size).toBe(0);
    expect(ranks(departements, 'micro-folies', 'beyond20km').size).toBe(0);
    expect(indicatorValue(departements[0]!, 'micro-folies', 'beyond10km')).toBeNull();
  });

  it('gives départements that show the same value the same rank, and says « ex aequo » with how many', () => {
    // 0,001 % and 0,02 % both show as « 0,0 % »: three départements show the same value.
    const same = (code: string, share: number) => ({ ...departements[0]!, code, networks: { ...departements[0]!.networks, 'france-services': { ...departements[0]!.networks['france-services'], beyond10km: share } } });
    const r = ranks([same('X', 0.00001), same('Y', 0), same('Z', 0.2), same('W', 0.0002)], 'france-services', 'beyond10km');
    expect(r.get('Y')).toEqual({ rank: 1, tiedWith: 3, of: 4 });
    expect(r.get('X')).toEqual({ rank: 1, tiedWith: 3, of: 4 });
    expect(r.get('Z')).toEqual({ rank: 4, tiedWith: 1, of: 4 });
    expect(formatRank(r.get('X')!)).toBe('rang 1/4 ex aequo (3 départements)');
    expect(formatRank(r.get('Z')!)).toBe('rang 4/4');
    expect(formatRank(r.get('X')!, true)).toBe('1 ex aequo (3 départements)');
  });

  it('counts places outside every département in the national total only, and says where they are', () => {
    const withSaintMartin: PlacePoint[] = [...places, { network: 'france-services', communeCode: '97801', departementCode: '978', lon: -63.08, lat: 18.07 }];
    const r = computeCoverage(deps, communes, withSaintMartin);
    expect(r.national.networks['france-services'].count).toBe(3);
    expect(r.national.outside.networks['france-services']).toEqual({ count: 1, codes: ['978'] });
    expect(r.national.outside.all).toEqual({ count: 1, codes: ['978'] });
    expect(r.national.outside.networks.fabriques.count).toBe(0);
    // Rates stay on places in the départements over their population.
    expect(r.national.networks['france-services'].per100k).toBeCloseTo((2 * 100_000) / 361_000, 10);
    expect(r.departements.reduce((n, d) => n + d.networks['france-services'].count, 0)).toBe(2);
    expect(outsideDepartementsText([{ label: 'France Services', ...r.national.outside.networks['france-services'] }, { label: 'Fabriques', ...r.national.outside.networks.fabriques }]))
      .toBe('Le total national compte aussi des lieux hors département, à Saint-Martin (collectivité d’outre-mer) : France Services 1. Ils ne comptent dans aucun département ni dans les taux pour 100 000 habitants.');
    expect(outsideDepartementsText([{ label: 'Fabriques', count: 0, codes: [] }])).toBeNull();
  });

  it('lists the most populated communes beyond 10 km as the gaps, never covered ones', () => {
    expect(communeGaps(communes, places, 'B').map((g) => [g.code, Math.round(g.distanceKm)])).toEqual([['B2', 33]]);
    expect(communeGaps(communes, places, 'A').map((g) => g.name)).toEqual(['Abourg']);
    expect(communeGaps(communes, [], 'A')).toHaveLength(2);
  });
});

describe('choropleth classes', () => {
  it('puts equal numbers of départements in each class, with breaks that cover every value', () => {
    const values = new Map(Array.from({ length: 10 }, (_, i) => [`D${i}`, i + 1] as [string, number]));
    const { colours, classes } = choropleth(values);
    expect(classes.map((c) => c.count)).toEqual([2, 2, 2, 2, 2]);
    expect(classes.map((c) => [c.from, c.to])).toEqual([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]);
    expect(colours.D0).toBe(CHOROPLETH_COLOURS[0]);
    expect(colours.D9).toBe(CHOROPLETH_COLOURS[4]);
  });

  it('leaves départements without a value uncoloured', () => {
    const { colours } = choropleth(new Map([['A', 1], ['B', null], ['C', 3]]));
    expect(Object.keys(colours).sort()).toEqual(['A', 'C']);
    expect(choropleth(new Map([['A', null]])).classes).toEqual([]);
  });
});
