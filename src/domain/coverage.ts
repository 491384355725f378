// Coverage maths shared by the build and the client: counts, rates, distance to the nearest place.
import KDBush from 'kdbush';
import { around, distance } from 'geokdbush';
import { NETWORK_IDS, type NetworkId } from './networks.ts';

/** A commune as the coverage maths sees it; lon/lat are NaN when the commune has no centroid. */
export interface CommunePoint {
  code: string;
  departementCode: string;
  population: number;
  lon: number;
  lat: number;
}

export interface PlacePoint {
  network: NetworkId;
  communeCode: string | null;
  departementCode: string | null;
  lon: number;
  lat: number;
}

export const DISTANCE_THRESHOLDS_KM = [10, 20] as const;

export interface NetworkCoverage {
  count: number;
  per100k: number;
  /** Share (0–1) of the population whose commune centroid lies beyond 10 / 20 km of the nearest place; null when the network has no place at all. */
  beyond10km: number | null;
  beyond20km: number | null;
  communesWithPlace: number;
}

export interface DepartementCoverage {
  code: string;
  name: string;
  population: number;
  communes: number;
  networks: Record<NetworkId, NetworkCoverage>;
  /** Any network. */
  all: NetworkCoverage;
}

/**
 * The nation's figures. `count` is every place the filters keep, the same total as the filters' counts; places in
 * no département (collectivités d'outre-mer such as Saint-Martin) are in it but not in `per100k` nor in any
 * département: `outside` says how many and where, so that the interface can explain the difference.
 */
export interface NationalCoverage extends Omit<DepartementCoverage, 'code' | 'name'> {
  outside: { networks: Record<NetworkId, OutsidePlaces>; all: OutsidePlaces };
}

export interface OutsidePlaces {
  count: number;
  /** Collectivité codes (« 978 »), sorted. */
  codes: string[];
}

/** Straight-line distance (km) from each commune centroid to the nearest place; Infinity when there is none. */
export function nearestDistancesKm(communes: readonly CommunePoint[], places: readonly { lon: number; lat: number }[]): Float64Array {
  const result = new Float64Array(communes.length).fill(Infinity);
  if (places.length === 0) return result;
  const index = new KDBush(places.length);
  for (const p of places) index.add(p.lon, p.lat);
  index.finish();
  communes.forEach((c, i) => {
    if (Number.isNaN(c.lon)) return result.fill(NaN, i, i + 1);
    const [nearest] = around(index, c.lon, c.lat, 1);
    if (nearest !== undefined) result[i] = distance(c.lon, c.lat, places[nearest]!.lon, places[nearest]!.lat);
  });
  return result;
}

interface Accumulator {
  population: number;
  populationWithCentroid: number;
  beyond: number[];
  count: number;
  /** Places in no listed département (national accumulator only), and their territory codes. */
  outside: number;
  outsideCodes: Set<string>;
  communes: Set<string>;
}

function accumulator(): Accumulator {
  return { population: 0, populationWithCentroid: 0, beyond: DISTANCE_THRESHOLDS_KM.map(() => 0), count: 0, outside: 0, outsideCodes: new Set(), communes: new Set() };
}

function finish(acc: Accumulator, hasPlaces: boolean): NetworkCoverage {
  const share = (i: number) => (hasPlaces && acc.populationWithCentroid > 0 ? acc.beyond[i]! / acc.populationWithCentroid : null);
  return {
    count: acc.count + acc.outside,
    per100k: acc.population > 0 ? (acc.count * 100_000) / acc.population : 0,
    beyond10km: share(0),
    beyond20km: share(1),
    communesWithPlace: acc.communes.size,
  };
}

function outsideOf(acc: Accumulator): OutsidePlaces {
  return { count: acc.outside, codes: [...acc.outsideCodes].sort() };
}

export type CoverageKey = NetworkId | 'all';

/**
 * Per-département and national coverage for each network and for all networks together (those in `inAll`).
 * Places outside the listed départements (collectivités d'outre-mer) count in no département
 * but serve as nearest place for distances.
 */
export function computeCoverage(
  departements: readonly { code: string; name: string }[],
  communes: readonly CommunePoint[],
  places: readonly PlacePoint[],
  networks: readonly NetworkId[] = NETWORK_IDS,
  /** Networks that « all » counts: partial lists are left out, their figures being indicative only. */
  inAll: readonly NetworkId[] = NETWORK_IDS,
): { departements: DepartementCoverage[]; national: NationalCoverage } {
  const keys: CoverageKey[] = [...networks, 'all'];
  const counted = new Set(inAll);
  const placesInAll = places.filter((p) => counted.has(p.network));
  const distances = new Map<CoverageKey, Float64Array>();
  for (const key of keys) {
    const subset = key === 'all' ? placesInAll : places.filter((p) => p.network === key);
    distances.set(key, nearestDistancesKm(communes, subset));
  }
  const byDep = new Map<string, Map<CoverageKey, Accumulator>>();
  const national = new Map<CoverageKey, Accumulator>(keys.map((k) => [k, accumulator()]));
  const communeCounts = new Map<string, number>();
  for (const d of departements) byDep.set(d.code, new Map(keys.map((k) => [k, accumulator()])));
  communes.forEach((c, i) => {
    const dep = byDep.get(c.departementCode);
    if (!dep) return;
    communeCounts.set(c.departementCode, (communeCounts.get(c.departementCode) ?? 0) + 1);
    for (const key of keys) {
      const d = distances.get(key)![i]!;
      for (const acc of [dep.get(key)!, national.get(key)!]) {
        acc.population += c.population;
        if (Number.isNaN(d)) continue;
        acc.populationWithCentroid += c.population;
        DISTANCE_THRESHOLDS_KM.forEach((km, t) => {
          if (d > km) acc.beyond[t] = acc.beyond[t]! + c.population;
        });
      }
    }
  });
  for (const p of places) {
    const dep = p.departementCode ? byDep.get(p.departementCode) : undefined;
    const keysOf = (counted.has(p.network) ? [p.network, 'all'] : [p.network]) as CoverageKey[];
    if (!dep) {
      for (const acc of keysOf.map((key) => national.get(key)).filter((a) => a !== undefined)) {
        acc.outside++;
        if (p.departementCode) acc.outsideCodes.add(p.departementCode);
      }
      continue;
    }
    for (const key of keysOf) {
      if (!dep.has(key)) continue;
      for (const acc of [dep.get(key)!, national.get(key)!]) {
        acc.count++;
        if (p.communeCode) acc.communes.add(p.communeCode);
      }
    }
  }
  const present = new Set(places.map((p) => p.network));
  const summarise = (accs: Map<CoverageKey, Accumulator>) => ({
    networks: Object.fromEntries(networks.map((n) => [n, finish(accs.get(n)!, present.has(n))])) as Record<NetworkId, NetworkCoverage>,
    all: finish(accs.get('all')!, placesInAll.length > 0),
  });
  return {
    departements: departements.map((d) => {
      const accs = byDep.get(d.code)!;
      return { code: d.code, name: d.name, population: accs.get('all')!.population, communes: communeCounts.get(d.code) ?? 0, ...summarise(accs) };
    }),
    national: {
      population: national.get('all')!.population,
      communes: [...communeCounts.values()].reduce((a, b) => a + b, 0),
      ...summarise(national),
      outside: {
        networks: Object.fromEntries(networks.map((n) => [n, outsideOf(national.get(n)!)])) as Record<NetworkId, OutsidePlaces>,
        all: outsideOf(national.get('all')!),
      },
    },
  };
}
