// Size of what the built site ships: each JavaScript chunk gzipped, and the data folder.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const assets = readdirSync('dist/assets').filter((f) => /\.(m?js|css)$/.test(f));
const rows = assets.map((f) => ({ f, kb: gz(join('dist/assets', f)) / 1024 })).sort((a, b) => b.kb - a.kb);
console.log('bundle: dist/assets (gzipped)');
for (const { f, kb } of rows.slice(0, 8)) console.log(`  ${f.padEnd(44)} ${kb.toFixed(1)} KB`);
console.log(`  total JS + CSS                               ${rows.reduce((s, r) => s + r.kb, 0).toFixed(1)} KB`);
// A page downloads one theme's stylesheet; a host site loads the element's entry script, then shared chunks.
const kbOf = (pattern: RegExp) => rows.filter((r) => pattern.test(r.f)).reduce((s, r) => s + r.kb, 0);
console.log(`  theme stylesheet, dsfr (fonts on use)        ${kbOf(/^theme-dsfr-.*\.css$/).toFixed(1)} KB`);
console.log(`  theme stylesheet, neutral                    ${kbOf(/^theme-neutral-.*\.css$/).toFixed(1)} KB`);
console.log(`  carte-tiers-lieux.js (element entry)         ${(gz('dist/carte-tiers-lieux.js') / 1024).toFixed(1)} KB`);
let dataBytes = 0;
for (const f of readdirSync('dist/data', { recursive: true })) {
  const p = join('dist/data', String(f));
  if (statSync(p).isFile()) dataBytes += statSync(p).size;
}
console.log(`  dist/data on disk                            ${(dataBytes / 1024 / 1024).toFixed(1)} MB (tiles load per view)`);
