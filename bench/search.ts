// Nearest-k over all places and commune suggestions per keystroke, on the real generated files.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { searchCommunes } from '../src/domain/commune-search.ts';
import { nearest, nearestIndex } from '../src/domain/nearest.ts';
import { decodePlaces } from '../src/domain/places-file.ts';
import { decodeSearchIndex } from '../src/domain/search-index-file.ts';
import { mulberry32, syntheticPlaces } from './seeded.ts';

const dir = process.argv[2] ?? 'public/data';
const { places } = decodePlaces(JSON.parse(readFileSync(`${dir}/places.json`, 'utf8')));
const raw = readFileSync(`${dir}/search-index.json`);
const { entries, departements } = decodeSearchIndex(JSON.parse(raw.toString('utf8')));
const random = mulberry32(1);

function timeEach(n: number, fn: () => void): { median: number; p95: number } {
  for (let i = 0; i < 20; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(n / 2)]!, p95: t[Math.floor(n * 0.95)]! };
}

const fmt = (r: { median: number; p95: number }) => `median ${r.median.toFixed(3)} ms, p95 ${r.p95.toFixed(3)} ms`;
for (const [label, set] of [[`${places.length} real places`, places], ['100,000 places', syntheticPlaces(places, 100_000)]] as const) {
  const index = nearestIndex(set);
  const r = timeEach(500, () => nearest(index, -4 + random() * 12, 42 + random() * 9, 10));
  console.log(`search: nearest 10 of ${label.padEnd(18)} ${fmt(r)}   (goal <= 2 ms)`);
}
// Each keystroke of "saint-etienne" and of a postal code, as typed.
const typed = ['s', 'sa', 'sai', 'sain', 'saint', 'saint-', 'saint-e', 'saint-et', 'saint-eti', 'gu', 'gue', 'guer', '4', '42', '420', '4200', '42000'];
let k = 0;
const keystroke = timeEach(500, () => searchCommunes(entries, departements, typed[k++ % typed.length]!));
console.log(`search: keystroke -> suggestions (${entries.length} communes)  ${fmt(keystroke)}   (goal <= 16 ms)`);
console.log(`search: search-index.json           ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)} KB gz, loaded on first use of the search box`);
