// The JavaScript cost of hovering one place with 100,000 places on the map (seeded synthetic places):
// what the main thread does between the pointer event and the next painted frame.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePlaces, encodePlaces } from '../src/domain/places-file.ts';
import { launchBrowser, serveStatic } from '../tests/e2e/browser.ts';
import { syntheticPlaces } from './seeded.ts';

// BENCH_DIST: another build to compare with (e.g. the previous commit's, built in a temporary copy).
const dist = process.env.BENCH_DIST ?? 'dist';
const raw = JSON.parse(readFileSync(join(dist, 'data/places.json'), 'utf8'));
const { places, meta } = decodePlaces(raw);
const synthetic = syntheticPlaces(places, 100_000);
const body = JSON.stringify(encodePlaces(synthetic, { inputHash: raw.inputHash }, meta));

const { url, server } = await serveStatic(dist, { prefix: '/' });
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
await page.route('**/data/places.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
await page.goto(url);
await page.waitForSelector('html[data-places-ready="1"]', { timeout: 120_000 });
await page.evaluate('window.__carte.idle()');

// Hovers 15 different places in turn. Chromium's own count of main-thread JavaScript time (CDP Performance.getMetrics,
// ScriptDuration) from the hover to the end of the next frame: Preact, the map adapter, and deck.gl's attribute
// updates in that frame. Then the pointer leaves the place (null), which the old code also paid for in full.
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
const scriptMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')!.value) * 1000;
const ids = synthetic.filter((_, i) => i % 3331 === 0).slice(0, 15).map((p) => p.id);
const hover = async (id: string | null) => {
  await page.waitForTimeout(150);
  const before = await scriptMs();
  await page.evaluate(`new Promise((done) => { window.__carte.hover(${JSON.stringify(id)}); requestAnimationFrame(() => setTimeout(done, 0)); })`);
  return (await scriptMs()) - before;
};
const baseline: number[] = [];
const hovered: number[] = [];
for (const id of ids) {
  baseline.push(await hover(null));
  hovered.push(await hover(id));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`hover: one place hovered, 100,000 synthetic places (${dist}), Debian Chromium, software WebGL, 1200×800`);
console.log(`  JavaScript of one hover, to the end of the next frame   median ${median(hovered).toFixed(1)} ms (max ${Math.max(...hovered).toFixed(1)} ms)`);
console.log(`  the pointer leaving the place                         median ${median(baseline).toFixed(1)} ms`);
await browser.close();
server.close();
