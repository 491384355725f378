// Places labelled per year and their running total: the chart « Lieux labellisés par année » and its table.
import type { NetworkId } from './networks.ts';
import type { Place } from './place.ts';

export interface YearCount {
  year: number;
  /** Places labelled that year. */
  count: number;
  /** Places labelled that year or before: the network at the end of the year. */
  cumulative: number;
}

export interface LabelTimeline {
  years: YearCount[];
  /** Places with a year of labelling (all counted in the last cumulative value when the range reaches their year). */
  dated: number;
  /** Places without one: in no bar, said beside the chart. */
  undated: number;
}

/** First and last years of labelling among the places, or null when none has a date. */
export function labelYearRange(places: readonly Pick<Place, 'labelYear'>[]): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const p of places) {
    if (p.labelYear === null) continue;
    if (p.labelYear < first) first = p.labelYear;
    if (p.labelYear > last) last = p.labelYear;
  }
  return first === Infinity ? null : { first, last };
}

/** Networks with at least one dated place: the others' exports give no date (Fabriques, Manufactures). */
export function datedNetworks(places: readonly Pick<Place, 'labelYear' | 'network'>[]): Set<NetworkId> {
  const dated = new Set<NetworkId>();
  for (const p of places) if (p.labelYear !== null) dated.add(p.network);
  return dated;
}

/**
 * One entry per year from `first` to `last` (years without a label count 0, so the axis has no holes). Places labelled
 * before `first` start the running total; places labelled after `last` are in no year (the range ends before them).
 */
export function labelTimeline(places: readonly Pick<Place, 'labelYear'>[], first: number, last: number): LabelTimeline {
  const perYear = new Map<number, number>();
  let before = 0;
  let undated = 0;
  for (const p of places) {
    if (p.labelYear === null) undated++;
    else if (p.labelYear < first) before++;
    else perYear.set(p.labelYear, (perYear.get(p.labelYear) ?? 0) + 1);
  }
  const years: YearCount[] = [];
  let cumulative = before;
  for (let year = first; year <= last; year++) {
    const count = perYear.get(year) ?? 0;
    cumulative += count;
    years.push({ year, count, cumulative });
  }
  return { years, dated: places.length - undated, undated };
}

/** Round steps (1, 2 or 5 × 10ⁿ) from 0 to at least `max`, about `count` of them: the chart's vertical axis. */
export function chartTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const ticks = [0];
  while (ticks[ticks.length - 1]! < max) ticks.push(ticks.length * step);
  return ticks;
}
