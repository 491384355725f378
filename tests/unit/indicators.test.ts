import { describe, expect, it } from 'vitest';
import { computeCoverage, type CommunePoint, type PlacePoint } from '../../src/domain/coverage.ts';
import { indicatorValue, ranks } from '../../src/domain/indicators.ts';
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

  it('ranks départements with 1 for the best coverage, ties sharing a rank', () => {
    expect(Object.fromEntries(ranks(departements, 'france-services', 'beyond20km'))).toEqual({ A: 1, B: 2, C: 3 });
    expect(Object.fromEntries(ranks(departements, 'all', 'count'))).toEqual({ B: 1, A: 2, C: 3 });
    expect(ranks(departements, 'micro-folies', 'beyond20km').size).toBe(0);
    expect(indicatorValue(departements[0]!, 'micro-folies', 'beyond10km')).toBeNull();
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
