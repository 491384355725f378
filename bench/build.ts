// How long the full data build takes, how much memory it needs, and what it writes (gzipped).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodePlaces, encodePlaces } from '../src/domain/places-file.ts';
import { syntheticPlaces } from './seeded.ts';

const out = mkdtempSync(join(tmpdir(), 'bench-build-'));
const started = Date.now();
const run = spawnSync('/usr/bin/time', ['-f', '%M', 'npx', 'tsx', 'scripts/build-data.ts', '--out', out], { encoding: 'utf8' });
const wallS = (Date.now() - started) / 1000;
if (run.status !== 0) throw new Error(run.stderr);
const peakMb = Number(run.stderr.trim().split('\n').pop()) / 1024;
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

// The national view: the base tiles of zoom 5 (départements, land, régions, names) over metropolitan France.
const lon2x = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const lat2y = (lat: number, z: number) => Math.floor(((1 - Math.log(Math.tan((lat * Math.PI) / 180) + 1 / Math.cos((lat * Math.PI) / 180)) / Math.PI) / 2) * 2 ** z);
let nationalKb = 0;
let nationalTiles = 0;
for (const [w, s, e, n] of [[-5.2, 41.3, 9.6, 51.1]] as const) {
  for (let x = lon2x(w, 5); x <= lon2x(e, 5); x++) {
    for (let y = lat2y(n, 5); y <= lat2y(s, 5); y++) {
      try {
        nationalKb += gz(join(out, `tiles/base/5/${x}/${y}.pbf`));
        nationalTiles++;
      } catch {
        /* a tile with nothing in it is not written */
      }
    }
  }
}
const { places, meta } = decodePlaces(JSON.parse(readFileSync(join(out, 'places.json'), 'utf8')));
const six = syntheticPlaces(places, 6000 - places.length);
const places6000Kb = gzipSync(JSON.stringify(encodePlaces([...places, ...six], { inputHash: 'x' }, meta)), { level: 9 }).length / 1024;
const tileFiles = (layer: string) => readdirSync(join(out, 'tiles', layer), { recursive: true }).filter((f) => String(f).endsWith('.pbf')).length;

console.log('build: full data build from ../shared/data');
console.log(`  wall time                      ${wallS.toFixed(1)} s   (goal < 20 s)`);
console.log(`  peak memory                    ${peakMb.toFixed(0)} MB`);
console.log(`  places.json (${places.length} places)        ${gz(join(out, 'places.json')).toFixed(1)} KB gz`);
console.log(`  places.json at 6,000 places    ${places6000Kb.toFixed(1)} KB gz   (budget 150 KB)`);
const detailKb = readdirSync(join(out, 'place-details')).map((f) => gz(join(out, 'place-details', f)));
console.log(`  place-details/                 ${detailKb.length} files, ${detailKb.reduce((a, b) => a + b, 0).toFixed(1)} KB gz in all, largest ${Math.max(...detailKb).toFixed(1)} KB gz (a card loads its département's)`);
console.log(`  departements.json              ${gz(join(out, 'departements.json')).toFixed(1)} KB gz`);
console.log(`  communes.json                  ${gz(join(out, 'communes.json')).toFixed(1)} KB gz (not loaded by the map)`);
console.log(`  national view tiles (z5)       ${nationalKb.toFixed(1)} KB gz in ${nationalTiles} tiles   (budget 300 KB)`);
console.log(`  tiles written                  communes ${tileFiles('communes')}, départements and base map ${tileFiles('base')}`);
rmSync(out, { recursive: true, force: true });
