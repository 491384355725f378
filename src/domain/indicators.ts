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
  format: (value: number) => string;
}


export const INDICATORS: readonly Indicator[] = [
  { id: 'per100k', label: 'Lieux pour 100 000 habitants', unit: 'pour 100 000 hab.', higherIsBetter: true, format: (v) => formatOneDecimal(v) },
  { id: 'beyond20km', label: 'Population à plus de 20 km d’un lieu', unit: '% de la population', higherIsBetter: false, format: (v) => `${formatOneDecimal(v * 100)} %` },
  { id: 'beyond10km', label: 'Population à plus de 10 km d’un lieu', unit: '% de la population', higherIsBetter: false, format: (v) => `${formatOneDecimal(v * 100)} %` },
  { id: 'count', label: 'Nombre de lieux', unit: 'lieux', higherIsBetter: true, format: (v) => formatInteger(v) },
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

/**
 * Rank of each département (1 = best coverage); ties share the better rank. Départements
 * without a value (no data for the network) have no rank.
 */
export function ranks(departements: readonly DepartementCoverage[], scope: CoverageScope, id: IndicatorId): Map<string, number> {
  const { higherIsBetter } = indicatorById(id);
  const valued = departements
    .map((d) => ({ code: d.code, value: indicatorValue(d, scope, id) }))
    .filter((v): v is { code: string; value: number } => v.value !== null)
    .sort((a, b) => (higherIsBetter ? b.value - a.value : a.value - b.value));
  const out = new Map<string, number>();
  valued.forEach((v, i) => {
    const previous = valued[i - 1];
    out.set(v.code, previous && previous.value === v.value ? out.get(previous.code)! : i + 1);
  });
  return out;
}
