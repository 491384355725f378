// The JavaScript cost of hovering one place with 100,000 places on the map (seeded synthetic places):
// what the main thread does between the pointer event and the next painted frame.
import { readFileSync } from 'node:fs';
import { decodePlaces, encodePlaces } from '../src/domain/places-file.ts';
import { launchBrowser, serveStatic } from '../tests/e2e/browser.ts';
import { syntheticPlaces } from './seeded.ts';

const raw = JSON.parse(readFileSync('dist/data/places.json', 'utf8'));
const { places, meta } = decodePlaces(raw);
const synthetic = syntheticPlaces(places, 100_000);
const body = JSON.stringify(encodePlaces(synthetic, { inputHash: raw.inputHash }, meta));

const { url, server } = await serveStatic('dist', { prefix: '/' });
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
await page.route('**/data/places.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
await page.goto(url);
await page.waitForSelector('html[data-places-ready="1"]', { timeout: 120_000 });
await page.evaluate('window.__carte.idle()');

// Hovers 15 different places in turn; for each: the JavaScript until Preact and the map adapter are done
// (microtasks), and the time to the end of the next frame (deck.gl updates its attributes in that frame).
const ids = synthetic.filter((_, i) => i % 3331 === 0).slice(0, 15).map((p) => p.id);
const runs: { js: number; frame: number }[] = await page.evaluate(`(async () => {
  const out = [];
  for (const id of ${JSON.stringify(ids)}) {
    await new Promise((r) => setTimeout(r, 100));
    const t0 = performance.now();
    window.__carte.hover(id);
    await Promise.resolve().then(() => Promise.resolve());
    const js = performance.now() - t0;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    out.push({ js, frame: performance.now() - t0 });
  }
  return out;
})()`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log('hover: one place hovered, 100,000 synthetic places, Debian Chromium, software WebGL, 1200×800');
console.log(`  JavaScript until the page has handled it   median ${median(runs.map((r) => r.js)).toFixed(1)} ms`);
console.log(`  until the end of the next frame            median ${median(runs.map((r) => r.frame)).toFixed(1)} ms`);
await browser.close();
server.close();
