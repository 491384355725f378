// « La France » under a filter: the time the coverage worker takes to recompute the national figures
// (coverage of every network over the 35,000 communes, then the table), on the real build in public/data.
import { readFileSync } from 'node:fs';
import { decodeCommunes } from '../src/domain/communes-file.ts';
import { computeCoverage } from '../src/domain/coverage.ts';
import { decodeDepartements, decodeUrbanEpci } from '../src/domain/departements-file.ts';
import { filterPlaces, DEFAULT_FILTERS } from '../src/domain/filters.ts';
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

for (const [label, filters] of [['commune sans QPV', { ...DEFAULT_FILTERS, qpv: 'out' as const }], ['densité 5–7', { ...DEFAULT_FILTERS, density: [5, 6, 7] as (5 | 6 | 7)[] }]] as const) {
  const visible = filterPlaces(places, filters);
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const coverage = computeCoverage(departements, communes, visible, NETWORK_IDS, inAll);
    const t1 = performance.now();
    nationalTable(visible, coverage, NETWORK_IDS, inAll, urban);
    times.push(performance.now() - t0);
    if (i === 0) console.log(`  ${label}: coverage ${(t1 - t0).toFixed(0)} ms, table ${(performance.now() - t1).toFixed(1)} ms (first run)`);
  }
  times.sort((a, b) => a - b);
  console.log(`national figures under « ${label} » (${visible.length} places): median ${times[3]!.toFixed(0)} ms, fastest ${times[0]!.toFixed(0)} ms over 7 runs`);
}
