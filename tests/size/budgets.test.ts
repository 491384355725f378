// Size budgets of the built site (dist/): what a visitor downloads before the first map, and the data folder.
// A size test, not a timing one: it fails npm test when a change makes the page heavier than its budget.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = 'dist';
const KB = 1024;
/** Budgets (gzipped unless said): the bench (bench/bundle.ts, bench/client.ts) prints the figures. */
const BUDGET = {
  /** The page's entry, its preloads and the map chunk it imports at once (deck.gl comes after the first map). */
  firstMapJsKb: 350,
  /** places.json: every place, before the first map. */
  placesKb: 150,
  /** Everything under dist/data on disk (tiles load per view). */
  dataMb: 40,
};

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** A chunk and the chunks it imports statically, as Vite writes them ("./name.js"). */
function withStaticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(DIST, 'assets', file), 'utf8');
  for (const m of code.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) withStaticImports(m[1]!, seen);
  return seen;
}

describe('size budgets of the built site', () => {
  it(`the JavaScript before the first map stays under ${BUDGET.firstMapJsKb} KB gzipped`, () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const named = [...html.matchAll(/(?:src|href)="\.\/assets\/([\w.-]+\.js)"/g)].map((m) => m[1]!);
    const mapChunk = readdirSync(join(DIST, 'assets')).find((f) => /^tiers-lieux-map-.*\.js$/.test(f));
    expect(mapChunk, 'the map chunk is built').toBeDefined();
    const files = new Set<string>();
    for (const f of [...named, mapChunk!]) withStaticImports(f, files);
    expect([...files].some((f) => f.startsWith('deck-overlay')), 'deck.gl loads after the first map').toBe(false);
    const kb = [...files].reduce((n, f) => n + gz(join(DIST, 'assets', f)), 0) / KB;
    expect(kb).toBeGreaterThan(50);
    expect(kb).toBeLessThan(BUDGET.firstMapJsKb);
  });

  it(`places.json stays under ${BUDGET.placesKb} KB gzipped`, () => {
    expect(gz(join(DIST, 'data/places.json')) / KB).toBeLessThan(BUDGET.placesKb);
  });

  it(`the data folder stays under ${BUDGET.dataMb} MB on disk`, () => {
    let bytes = 0;
    for (const f of readdirSync(join(DIST, 'data'), { recursive: true })) {
      const s = statSync(join(DIST, 'data', String(f)));
      if (s.isFile()) bytes += s.size;
    }
    expect(bytes / KB / KB).toBeLessThan(BUDGET.dataMb);
  });
});
