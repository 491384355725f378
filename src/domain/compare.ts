// A département beside its région and its neighbours (adjacency from the build), and the order départements are listed in.
import type { DepartementCoverage, NetworkCoverage } from './coverage.ts';
import { coverageOf, type CoverageScope } from './indicators.ts';

export interface ComparedArea {
  kind: 'departement' | 'region' | 'neighbour';
  /** A département's code; the région's code for the région. */
  code: string;
  name: string;
  population: number;
  coverage: Pick<NetworkCoverage, 'count' | 'per100k' | 'beyond10km' | 'beyond20km'>;
}

type Figures = DepartementCoverage & { regionCode: string; regionName: string; neighbours: readonly string[] };

/** A group of départements as one area: places over its population, shares of its population beyond 10 / 20 km. */
export function aggregateCoverage(departements: readonly DepartementCoverage[], scope: CoverageScope): ComparedArea['coverage'] & { population: number } {
  let population = 0;
  let count = 0;
  const beyond = { beyond10km: 0, beyond20km: 0 };
  let known = true;
  for (const d of departements) {
    const c = coverageOf(d, scope);
    population += d.population;
    count += c.count;
    if (c.beyond10km === null || c.beyond20km === null) known = false;
    else {
      beyond.beyond10km += c.beyond10km * d.population;
      beyond.beyond20km += c.beyond20km * d.population;
    }
  }
  const share = (v: number) => (known && population > 0 ? v / population : null);
  return { population, count, per100k: population > 0 ? (count * 100_000) / population : 0, beyond10km: share(beyond.beyond10km), beyond20km: share(beyond.beyond20km) };
}

/** The département, its région (all its départements together), then each adjacent département in code order. */
export function comparison(d: Figures, all: readonly Figures[], scope: CoverageScope): ComparedArea[] {
  const area = (x: DepartementCoverage, kind: ComparedArea['kind']): ComparedArea => ({ kind, code: x.code, name: x.name, population: x.population, coverage: coverageOf(x, scope) });
  const region = all.filter((x) => x.regionCode === d.regionCode);
  const { population, ...coverage } = aggregateCoverage(region, scope);
  const neighbours = all.filter((x) => d.neighbours.includes(x.code)).sort((a, b) => compareDepartementCodes(a.code, b.code));
  return [
    area(d, 'departement'),
    ...(region.length > 1 ? [{ kind: 'region' as const, code: d.regionCode, name: d.regionName || 'Région', population, coverage }] : []),
    ...neighbours.map((x) => area(x, 'neighbour')),
  ];
}

/** Corsica's two codes sort where the former 20 was: « 20A », « 20B ». */
export function departementSortKey(code: string): string {
  return code.replace(/^2([AB])$/, '20$1');
}

/** 01 … 19, 2A, 2B, 21 … 95, 971 … */
export function compareDepartementCodes(a: string, b: string): number {
  return departementSortKey(a).localeCompare(departementSortKey(b), 'fr', { numeric: true });
}
