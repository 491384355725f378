// Filter state and predicates: which places the map, the legend, the list and the statistics keep.
import { densityGroup, type DensityClass, type DensityGroup } from './density.ts';
import { NETWORK_IDS, type NetworkId } from './networks.ts';
import type { Place } from './place.ts';
import type { SizeBand } from './size-bands.ts';

export type QpvFilter = 'all' | 'in' | 'out';

export interface Filters {
  networks: NetworkId[];
  qpv: QpvFilter;
  /** Empty means every class (unknown included). */
  density: DensityClass[];
  /** Empty means every band (unknown included). */
  sizeBands: SizeBand[];
  /** « Situation au 31 décembre » of this year: places labelled later, and places without a date, are left out. Null: today, every place. */
  asOf: number | null;
}

export const DEFAULT_FILTERS: Filters = { networks: [...NETWORK_IDS], qpv: 'all', density: [], sizeBands: [], asOf: null };

/** The place existed at the end of `year`: it was labelled that year or before. Without a date it cannot be said, so it is not kept. */
export function labelledBy(p: Pick<Place, 'labelYear'>, year: number | null): boolean {
  return year === null || (p.labelYear !== null && p.labelYear <= year);
}

/** Criteria other than the network: a place whose value is unknown never passes an active criterion. */
function passesCriteria(p: Place, f: Filters): boolean {
  if (f.qpv !== 'all' && p.qpvCommune !== (f.qpv === 'in')) return false;
  if (f.density.length > 0 && (p.densityClass === null || !f.density.includes(p.densityClass))) return false;
  if (f.sizeBands.length > 0 && (p.sizeBand === null || !f.sizeBands.includes(p.sizeBand))) return false;
  return labelledBy(p, f.asOf);
}

export function matches(p: Place, f: Filters): boolean {
  return f.networks.includes(p.network) && passesCriteria(p, f);
}

export function filterPlaces(places: readonly Place[], f: Filters): Place[] {
  return places.filter((p) => matches(p, f));
}

export function isDefault(f: Filters): boolean {
  return f.networks.length === NETWORK_IDS.length && f.qpv === 'all' && f.density.length === 0 && f.sizeBands.length === 0 && f.asOf === null;
}

/** Places per network once the other criteria apply: the legend counts, whatever networks are switched off. */
export function countByNetwork(places: readonly Place[], f: Filters): Record<NetworkId, number> {
  const counts = Object.fromEntries(NETWORK_IDS.map((id) => [id, 0])) as Record<NetworkId, number>;
  for (const p of places) if (passesCriteria(p, f)) counts[p.network]++;
  return counts;
}

/**
 * Under « Situation au », the places the other filters keep but that have no date of labelling, per network shown:
 * they are hidden, and the page says how many are counted only without the date filter. Empty without `asOf`.
 */
export function undatedByNetwork(places: readonly Place[], f: Filters): Map<NetworkId, number> {
  const counts = new Map<NetworkId, number>();
  if (f.asOf === null) return counts;
  const others: Filters = { ...f, asOf: null };
  for (const p of places) if (p.labelYear === null && matches(p, others)) counts.set(p.network, (counts.get(p.network) ?? 0) + 1);
  return counts;
}

/** How many places each option would keep, given every other active filter. */
export function optionCounts(places: readonly Place[], f: Filters) {
  const without = (patch: Partial<Filters>) => filterPlaces(places, { ...f, ...patch });
  const byQpv = without({ qpv: 'all' });
  const byDensity = without({ density: [] });
  const bySize = without({ sizeBands: [] });
  const count = <K extends string | number>(list: Place[], key: (p: Place) => K | null) => {
    const m = new Map<K, number>();
    for (const p of list) {
      const k = key(p);
      if (k !== null) m.set(k, (m.get(k) ?? 0) + 1);
    }
    return m;
  };
  return {
    qpv: { all: byQpv.length, in: byQpv.filter((p) => p.qpvCommune === true).length, out: byQpv.filter((p) => p.qpvCommune === false).length },
    density: count(byDensity, (p) => p.densityClass),
    densityGroup: count<DensityGroup>(byDensity, (p) => (p.densityClass === null ? null : densityGroup(p.densityClass))),
    sizeBand: count(bySize, (p) => p.sizeBand),
  };
}
