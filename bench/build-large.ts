// The data build at scale: a 200,000-row France Services export (real rows cloned, moved and renamed, seeded).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { mulberry32 } from './seeded.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 200_000);
const real = Papa.parse<Record<string, string>>(readFileSync('../shared/data/raw/france-services/liste-fs-20240801.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
const random = mulberry32(7);
const rows = Array.from({ length: ROWS }, (_, i) => {
  const base = real[Math.floor(random() * real.length)]!;
  // Moved by up to ~300 m: the place stays in (or right by) its commune, as a denser network would be.
  const lat = Number(base.latitude) + (random() - 0.5) * 0.005;
  const lon = Number(base.longitude) + (random() - 0.5) * 0.005;
  return { ...base, id_fs: `s${i}`, lib_fs: `${base.lib_fs} n° ${i}`, latitude: lat.toFixed(6), longitude: lon.toFixed(6) };
});
const dir = mkdtempSync(join(tmpdir(), 'bench-large-'));
mkdirSync(join(dir, 'in'));
writeFileSync(join(dir, 'in', 'liste-fs-synthetique.csv'), Papa.unparse(rows, { quotes: true }));
const inputMb = statSync(join(dir, 'in', 'liste-fs-synthetique.csv')).size / 1e6;

const started = Date.now();
const run = spawnSync('/usr/bin/time', ['-f', '%M', 'npx', 'tsx', 'scripts/build-data.ts', '--input', join(dir, 'in'), '--out', join(dir, 'out')], { encoding: 'utf8' });
const wallS = (Date.now() - started) / 1000;
if (run.status !== 0) throw new Error(run.stderr);
const peakMb = Number(run.stderr.trim().split('\n').pop()) / 1024;
const details = readdirSync(join(dir, 'out', 'place-details')).map((f) => statSync(join(dir, 'out', 'place-details', f)).size);
const report = JSON.parse(readFileSync(join(dir, 'out', 'build-report.json'), 'utf8'));

console.log(`build: ${ROWS.toLocaleString('en')}-row France Services export (${inputMb.toFixed(0)} MB), reference from ../shared/data`);
console.log(`  wall time                      ${wallS.toFixed(1)} s   (goal < 60 s)`);
console.log(`  peak memory                    ${peakMb.toFixed(0)} MB   (goal < 1,500 MB)`);
console.log(`  rows -> places                 ${report.totals.rows} -> ${report.totals.placesWritten} (+ ${report.totals.rejected} rejected, ${report.totals.mergedDuplicates} merged; reconciles: ${report.totals.reconciles})`);
console.log(`  place-details/                 ${details.length} files, ${(details.reduce((a, b) => a + b, 0) / 1e6).toFixed(1)} MB in all, largest ${(Math.max(...details) / 1e6).toFixed(1)} MB (what one card downloads at most)`);
console.log(`  places.json                    ${(statSync(join(dir, 'out', 'places.json')).size / 1e6).toFixed(1)} MB`);
rmSync(dir, { recursive: true, force: true });
