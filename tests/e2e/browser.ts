// Shared browser-test helpers: Debian's Chromium (never a downloaded browser) and a static server of dist/.
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import type { MapDebug } from '../../src/map/debug.ts';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.pbf': 'application/x-protobuf', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ico': 'image/x-icon',
};

/** Serves a folder on 127.0.0.1, optionally under a sub-path, on a given port, and with extra headers (CSP, CORS), the same for every file or chosen per path. */
export function serveStatic(
  root: string,
  { prefix = '/', headers = {} as Record<string, string> | ((path: string) => Record<string, string>), port = 0 } = {},
): Promise<{ url: string; server: Server }> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(base, path.slice(prefix.length)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...(typeof headers === 'function' ? headers(path) : headers) });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    ok({ url: `http://127.0.0.1:${port}${prefix}`, server });
  }));
}

export async function waitForMap(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.waitForSelector('html[data-map-idle="1"]', { timeout: timeoutMs });
}

/** Waits until the page's map has drawn all it was asked to (the debug hook's idle): never a fixed sleep. */
export function mapIdle(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.idle());
}

/** The same for the first custom element of a page. */
export function elementIdle(page: Page): Promise<void> {
  return page.evaluate(() => (document.querySelector('carte-tiers-lieux') as unknown as { debug: MapDebug }).debug.idle());
}

/** The same for the map in an iframe. */
export function frameIdle(frame: FrameLocator): Promise<void> {
  return frame.locator('html').evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.idle());
}

export const SCREENSHOTS = resolve('test-results/screenshots');

/** The host page origin the test build allows (VITE_EMBED_ORIGINS, set by npm test). */
export function allowedHostOrigin(): { origin: string; port: number } {
  const origin = process.env.TEST_HOST_ORIGIN ?? 'http://127.0.0.1:47831';
  const built = readdirSync('dist/assets').filter((f) => f.endsWith('.js')).some((f) => readFileSync(join('dist/assets', f), 'utf8').includes(origin));
  if (!built) throw new Error(`dist/ was built without VITE_EMBED_ORIGINS=${origin}: run "npm test", which builds it so.`);
  return { origin, port: Number(new URL(origin).port) };
}

/** One Chromium and one static server of dist/ for a test file, closed after it. */
export function useSite(options: { prefix?: string; headers?: Record<string, string> } = {}): { browser: Browser; url: string } {
  const site = { browser: null as unknown as Browser, url: '' };
  let server: Server | null = null;
  beforeAll(async () => {
    const served = await serveStatic('dist', { prefix: options.prefix ?? '/', headers: options.headers ?? {} });
    site.url = served.url;
    server = served.server;
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    server?.close();
  });
  return site;
}

/** A new page of the built site at `search` (downloads allowed), once the map and its places are drawn. */
export async function openMapPage(site: { browser: Browser; url: string }, search = '', viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await site.browser.newPage({ viewport, acceptDownloads: true });
  await page.goto(site.url + search);
  await waitForMap(page);
  await page.waitForSelector('html[data-places-ready="1"]');
  return page;
}

/** axe-core's serious and critical violations on the page, one line each (rule, impact, first nodes). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });
  const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as {
    violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
  };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}
