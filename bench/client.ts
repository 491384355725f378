// What a visitor pays: JS and data before the first map, time to first idle, frame times while
// panning (as a ratio to the empty map: WebGL here is software), and the time to apply a filter.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { decodePlaces, encodePlaces } from '../src/domain/places-file.ts';
import { launchBrowser, serveStatic } from '../tests/e2e/browser.ts';
import { syntheticPlaces } from './seeded.ts';
import { loadUntilIdle } from './first-map.ts';
import { panFrameTimes } from './pan.ts';

const raw = JSON.parse(readFileSync('dist/data/places.json', 'utf8'));
const { places, meta } = decodePlaces(raw);
const synthetic = JSON.stringify(encodePlaces(syntheticPlaces(places, 100_000), { inputHash: raw.inputHash }, meta));

const { url, server } = await serveStatic('dist', { prefix: '/' });
const browser = await launchBrowser();

async function open(search: string, placesBody?: string): Promise<{ page: Page; jsGz: number; cssGz: number; dataGz: number; idleMs: number }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  if (placesBody) await page.route('**/data/places.json', (route) => route.fulfill({ body: placesBody, contentType: 'application/json' }));
  const { idleMs, gzBefore } = await loadUntilIdle(page, url + search);
  const jsGz = gzBefore(/\.m?js(\?|$)/);
  const cssGz = gzBefore(/\.css(\?|$)/);
  const dataGz = gzBefore(/\.(json|pbf)(\?|$)/);
  await page.waitForSelector('html[data-places-ready="1"]', { timeout: 120_000 });
  await page.waitForTimeout(1500);
  return { page, jsGz, cssGz, dataGz, idleMs };
}

/** Time to first idle, median of `runs` loads alternating the two themes (one load varies by ±20 % here). */
async function idleMedians(runs = 5): Promise<{ dsfr: number; neutral: number }> {
  const times = { dsfr: [] as number[], neutral: [] as number[] };
  for (let i = 0; i < runs; i++) {
    for (const [theme, search] of [['dsfr', ''], ['neutral', '?theme=neutral']] as const) {
      const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
      times[theme].push((await loadUntilIdle(page, url + search)).idleMs);
      await page.close();
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { dsfr: median(times.dsfr), neutral: median(times.neutral) };
}

/** Pans by a few pixels per frame for ~3 s and returns frame durations in ms. */
async function panFrames(page: Page): Promise<{ median: number; p95: number }> {
  const sorted = await panFrameTimes(page, 6, 90);
  return { median: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.floor(sorted.length * 0.95)]! };
}

async function filterMs(page: Page): Promise<{ js: number; frame: number }> {
  return page.evaluate(`new Promise((done) => {
    const box = document.getElementById('qpv-in');
    const t0 = performance.now();
    box.click();
    // Preact renders in a microtask queued by the click: microtasks queued now run after it,
    // before any frame, so they time the JavaScript work alone.
    Promise.resolve().then(() => Promise.resolve()).then(() => {
      const js = performance.now() - t0;
      requestAnimationFrame(() => requestAnimationFrame(() => done({ js, frame: performance.now() - t0 })));
    });
  })`);
}

/** The custom element on a page of another origin: time from navigation to the element's first map. */
async function elementIdleMs(): Promise<number> {
  const mapSite = await serveStatic('dist', { headers: { 'access-control-allow-origin': '*' } });
  const dir = mkdtempSync(join(tmpdir(), 'bench-host-'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><meta charset="utf-8"><carte-tiers-lieux theme="neutral" style="height:700px"></carte-tiers-lieux><script type="module" src="${mapSite.url}carte-tiers-lieux.js"></script>`);
  const host = await serveStatic(dir);
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  await page.goto(host.url);
  await page.waitForSelector('carte-tiers-lieux[data-map-idle="1"]', { timeout: 120_000 });
  const ms = Number(await page.getAttribute('carte-tiers-lieux', 'data-map-idle-ms'));
  await page.close();
  host.server.close();
  mapSite.server.close();
  return ms;
}

const first = await open('');
const real = await panFrames(first.page);
const filter = await filterMs(first.page);
const empty = await open('?reseaux=');
const none = await panFrames(empty.page);
if (process.env.BENCH_DEBUG) process.exit(0);
const neutral = await open('?theme=neutral');
await neutral.page.close();
// Only the measured page is open while first idles are timed.
await first.page.close();
await empty.page.close();
const idle = await idleMedians();
const elementMs = await elementIdleMs();
const big = await open('', synthetic);
const heavy = await panFrames(big.page);
const bigFilter = await filterMs(big.page);

const fmt = (f: { median: number; p95: number }) => `median ${f.median.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms`;
console.log('client: local preview of dist/, Debian Chromium, software WebGL (SwiftShader), 1200×800');
console.log(`  JS before first map            ${(first.jsGz / 1024).toFixed(1)} KB gz   (budget 350 KB)`);
console.log(`  data before first map          ${(first.dataGz / 1024).toFixed(1)} KB gz`);
console.log(`  CSS before first map           ${(first.cssGz / 1024).toFixed(1)} KB gz (dsfr theme), ${(neutral.cssGz / 1024).toFixed(1)} KB gz (neutral)`);
console.log(`  navigation -> first idle       ${idle.dsfr.toFixed(0)} ms (dsfr), ${idle.neutral.toFixed(0)} ms (neutral), medians of 5   (goal < 1500 ms)`);
console.log(`  element on another site        ${elementMs.toFixed(0)} ms from navigation to its first map`);
console.log(`  pan, empty map                 ${fmt(none)}`);
console.log(`  pan, ${places.length} real places       ${fmt(real)}   ratio to empty ${(real.median / none.median).toFixed(2)}`);
console.log(`  pan, 100,000 places            ${fmt(heavy)}   ratio to empty ${(heavy.median / none.median).toFixed(2)}`);
console.log(`  apply a filter (real)          ${filter.js.toFixed(1)} ms of JavaScript, ${filter.frame.toFixed(1)} ms to the next painted frame   (goal < 50 ms)`);
console.log(`  apply a filter (100,000)       ${bigFilter.js.toFixed(1)} ms of JavaScript, ${bigFilter.frame.toFixed(1)} ms to the next painted frame`);
await browser.close();
server.close();
