// « La France » under a filter: the time the coverage worker takes to recompute the national figures
// (coverage of every network over the 35,000 communes, then the table; under « Situation au », the charts too), on
// the real build in public/data.
import { readFileSync } from 'node:fs';
import { decodeCommunes } from '../src/domain/communes-file.ts';
import { computeCoverage } from '../src/domain/coverage.ts';
import { decodeDepartements, decodeUrbanEpci } from '../src/domain/departements-file.ts';
import { filterPlaces, DEFAULT_FILTERS, type Filters } from '../src/domain/filters.ts';
import { labelTimeline, labelYearRange } from '../src/domain/over-time.ts';
import { nationalTable } from '../src/domain/national-table.ts';
import { NETWORK_IDS } from '../src/domain/networks.ts';
import { decodePlaces, networksInAll } from '../src/domain/places-file.ts';

const dir = process.argv[2] ?? 'public/data';
const read = (f: string) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
const { places, meta } = decodePlaces(read('places.json'));
const communes = decodeCommunes(read('communes.json'));
const built = decodeDepartements(read('departements.json'));
const urban = decodeUrbanEpci(built);
const inAll = networksInAll(meta);
const departements = built.departements.map(({ code, name }) => ({ code, name }));
const range = labelYearRange(places)!;

const cases: [string, Filters][] = [
  ['commune sans QPV', { ...DEFAULT_FILTERS, qpv: 'out' }],
  ['densité 5–7', { ...DEFAULT_FILTERS, density: [5, 6, 7] }],
  // « Situation au » 2021 (?au=2021): the same recompute, plus the chart's counts (places per year, running total).
  ['situation au 2021', { ...DEFAULT_FILTERS, asOf: 2021 }],
];
for (const [label, filters] of cases) {
  const visible = filterPlaces(places, filters);
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const coverage = computeCoverage(departements, communes, visible, NETWORK_IDS, inAll);
    const t1 = performance.now();
    nationalTable(visible, coverage, NETWORK_IDS, inAll, urban);
    const t2 = performance.now();
    if (filters.asOf !== null) {
      const undated = filterPlaces(places, { ...filters, asOf: null });
      for (const n of NETWORK_IDS) labelTimeline(undated.filter((p) => p.network === n), range.first, filters.asOf);
    }
    times.push(performance.now() - t0);
    if (i === 0) console.log(`  ${label}: coverage ${(t1 - t0).toFixed(0)} ms, table ${(t2 - t1).toFixed(1)} ms, charts ${(performance.now() - t2).toFixed(1)} ms (first run)`);
  }
  times.sort((a, b) => a - b);
  console.log(`national figures under « ${label} » (${visible.length} places): median ${times[3]!.toFixed(0)} ms, fastest ${times[0]!.toFixed(0)} ms over 7 runs`);
}
