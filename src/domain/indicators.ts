// Coverage indicators a département can be coloured, ranked and compared by.
import type { DepartementCoverage, NetworkCoverage } from './coverage.ts';
import type { NetworkId } from './networks.ts';
import { formatInteger, formatOneDecimal } from './numbers.ts';

export type IndicatorId = 'per100k' | 'beyond20km' | 'beyond10km' | 'count';

export interface Indicator {
  id: IndicatorId;
  label: string;
  unit: string;
  /** True when a higher value means better coverage (ranks 1 = best). */
  higherIsBetter: boolean;
  /** Rates and shares compare départements of any size; a raw count does not, so it gets no rank. */
  ranked: boolean;
  format: (value: number) => string;
  /** The value as shown (rounded like `format`): départements that show the same value share a rank. */
  shown: (value: number) => number;
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;


export const INDICATORS: readonly Indicator[] = [
  { id: 'per100k', label: 'Lieux pour 100 000 habitants', unit: 'pour 100 000 hab.', higherIsBetter: true, ranked: true, format: (v) => formatOneDecimal(v), shown: (v) => round(v, 1) },
  { id: 'beyond20km', label: 'Population à plus de 20 km d’un lieu', unit: '% de la population', higherIsBetter: false, ranked: true, format: (v) => `${formatOneDecimal(v * 100)} %`, shown: (v) => round(v * 100, 1) },
  { id: 'beyond10km', label: 'Population à plus de 10 km d’un lieu', unit: '% de la population', higherIsBetter: false, ranked: true, format: (v) => `${formatOneDecimal(v * 100)} %`, shown: (v) => round(v * 100, 1) },
  { id: 'count', label: 'Nombre de lieux', unit: 'lieux', higherIsBetter: true, ranked: false, format: (v) => formatInteger(v), shown: (v) => v },
];

export function indicatorById(id: IndicatorId): Indicator {
  return INDICATORS.find((i) => i.id === id)!;
}

export type CoverageScope = NetworkId | 'all';

export function coverageOf(d: Pick<DepartementCoverage, 'networks' | 'all'>, scope: CoverageScope): NetworkCoverage {
  return scope === 'all' ? d.all : d.networks[scope];
}

export function indicatorValue(d: Pick<DepartementCoverage, 'networks' | 'all'>, scope: CoverageScope, id: IndicatorId): number | null {
  const c = coverageOf(d, scope);
  return id === 'count' ? c.count : id === 'per100k' ? c.per100k : id === 'beyond10km' ? c.beyond10km : c.beyond20km;
}

export interface Rank {
  /** 1 = best coverage. */
  rank: number;
  /** How many départements share this rank (1 when alone). */
  tiedWith: number;
  /** Départements ranked (those with a value). */
  of: number;
}

/**
 * Rank of each département (1 = best coverage) on a rate or a share; départements that show the same value
 * (rounded as displayed) share the better rank. A raw count is not ranked (empty map): a large département
 * would come first for being large. Départements without a value (no data for the network) have no rank.
 */
export function ranks(departements: readonly DepartementCoverage[], scope: CoverageScope, id: IndicatorId): Map<string, Rank> {
  const { higherIsBetter, ranked, shown } = indicatorById(id);
  const out = new Map<string, Rank>();
  if (!ranked) return out;
  const valued = departements
    .map((d) => ({ code: d.code, value: indicatorValue(d, scope, id) }))
    .filter((v): v is { code: string; value: number } => v.value !== null)
    .map((v) => ({ code: v.code, value: shown(v.value) }))
    .sort((a, b) => (higherIsBetter ? b.value - a.value : a.value - b.value));
  const tied = new Map<number, number>();
  for (const v of valued) tied.set(v.value, (tied.get(v.value) ?? 0) + 1);
  valued.forEach((v, i) => {
    const previous = valued[i - 1];
    const rank = previous && previous.value === v.value ? out.get(previous.code)!.rank : i + 1;
    out.set(v.code, { rank, tiedWith: tied.get(v.value)!, of: valued.length });
  });
  return out;
}

/** « rang 3/101 », or « rang 3/101 ex aequo (12 départements) »; in a table's rank column « 3 ex aequo (12 départements) ». */
export function formatRank(r: Rank, column = false): string {
  return `${column ? r.rank : `rang ${r.rank}/${r.of}`}${r.tiedWith > 1 ? ` ex aequo (${r.tiedWith} départements)` : ''}`;
}
