// Choropleth classes: quantiles of an indicator over the départements (d3-scale), with breaks for the legend.
import { scaleQuantile } from 'd3-scale';

/** ColorBrewer YlGnBu, 5 classes: sequential, safe for colour-blind readers and in grey scale. */
export const CHOROPLETH_COLOURS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

export interface ChoroplethClass {
  from: number;
  to: number;
  colour: string;
  count: number;
}

export interface Choropleth {
  colours: Record<string, string>;
  classes: ChoroplethClass[];
}

/** Départements without a value get no colour; equal values always share a class. */
export function choropleth(values: ReadonlyMap<string, number | null>): Choropleth {
  const known = [...values].filter((e): e is [string, number] => e[1] !== null && Number.isFinite(e[1]));
  if (known.length === 0) return { colours: {}, classes: [] };
  const scale = scaleQuantile<string>().domain(known.map(([, v]) => v)).range(CHOROPLETH_COLOURS);
  const colours: Record<string, string> = {};
  for (const [code, v] of known) colours[code] = scale(v);
  const classes = CHOROPLETH_COLOURS.map((colour) => {
    const members = known.filter(([code]) => colours[code] === colour).map(([, v]) => v);
    return { colour, count: members.length, from: members.length ? Math.min(...members) : NaN, to: members.length ? Math.max(...members) : NaN };
  }).filter((c) => c.count > 0);
  return { colours, classes };
}
