// The client keeps its promises: map updates that arrive while tiles load are applied, a département is zoomed to
// with filters on, a failing worker or an unreadable file says so in French, and an element removed leaves no map.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MapDebug } from '../../src/map/debug.ts';
import { SCREENSHOTS, serveStatic, useSite, waitForMap } from './browser.ts';
import { countColour } from './pixels.ts';

const FS_BLUE: [number, number, number] = [0, 114, 178];
// The darkest choropleth class (#253494) drawn at 80 % opacity over the land colour (#fbfbf9).
const DARKEST: [number, number, number] = [80, 92, 168];

const site = useSite();

async function open(search = '', setup?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await setup?.(page);
  await page.goto(site.url + search);
  await waitForMap(page);
  await page.waitForSelector('html[data-places-ready="1"]');
  return page;
}

const idle = (page: Page) => page.evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.idle());
const view = (page: Page) => page.evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.view());

describe('map updates are never dropped', () => {
  it('an indicator chosen while the map moves and its tiles load colours the départements', async () => {
    let release = () => {};
    const figuresHeld = new Promise<void>((ok) => (release = ok));
    const page = await open();
    await idle(page);
    // The figures arrive while the tiles of a new view are still on their way.
    await page.route('**/data/departements.json', async (route) => {
      await figuresHeld;
      await route.continue();
    });
    await page.route('**/data/tiles/**', async (route) => {
      release();
      await new Promise((ok) => setTimeout(ok, 500));
      await route.continue();
    });
    await page.getByLabel('Colorer les départements').selectOption('per100k');
    // Panned away: the tiles of the new view are requested (and answered late).
    await page.evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.panBy(-900, -500));
    await page.locator('.choropleth-legend').waitFor();
    await idle(page);
    expect(await page.evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.layerVisible('departement-choropleth'))).toBe(true);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.panBy(900, 500));
    await idle(page);
    expect(countColour(await page.screenshot(), DARKEST, 12)).toBeGreaterThan(1000);
    await page.close();
  });

  it('with a filter on, choosing a département zooms the map to it', async () => {
    const page = await open('?departement=13&qpv=in');
    // The figures under the filter have arrived from the worker.
    await expect.poll(() => page.locator('.departement-panel').innerText().catch(() => '')).toContain('Filtres appliqués');
    await page.getByLabel('Département', { exact: true }).fill('creuse');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.departement-panel h2').innerText().catch(() => '')).toBe('Creuse (23)');
    // The map shows the whole Creuse (1.37–2.62° E, 45.66–46.46° N), and not much more than its region.
    const bounds = () => page.evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.bounds());
    await expect.poll(async () => {
      const [w, s, e, n] = await bounds();
      return w < 1.37 && s < 45.66 && e > 2.62 && n > 46.46 && e - w < 8;
    }, { timeout: 10_000 }).toBe(true);
    await page.close();
  });
});

describe('failures say so, in French', () => {
  it('when the coverage worker cannot start, the panel says so and shows the figures without filters', async () => {
    const page = await open('?departement=13&qpv=in', async (p) => {
      await p.route('**/coverage-worker-*.js', (route) => route.fulfill({ status: 404, body: '' }));
    });
    const panel = page.locator('.departement-panel');
    await expect.poll(() => panel.innerText().catch(() => ''), { timeout: 15_000 }).toContain('n’ont pas pu être recalculés');
    expect(await panel.innerText()).not.toContain('Calcul en cours');
    expect(Number(await panel.locator('tr', { hasText: 'France Services' }).locator('td strong').first().innerText())).toBeGreaterThan(0);
    await page.close();
  });

  it('a data file of another schema shows a French message to visitors and the detail in the console', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.route('**/data/places.json', (route) => route.fulfill({ body: JSON.stringify({ schemaVersion: 999, inputHash: 'x' }), contentType: 'application/json' }));
    await page.goto(site.url);
    const message = await page.locator('.fatal').innerText();
    expect(message).toContain('La carte ne peut pas s’afficher');
    expect(message).not.toMatch(/npm|schema|run/i);
    await expect.poll(() => errors.join('\n')).toContain('places.json');
    expect(errors.join('\n')).toMatch(/schema 999/);
    await page.close();
  });
});

describe('a host page that mounts and removes the element', () => {
  let hostUrl = '';
  const servers: { close(): void }[] = [];
  beforeAll(async () => {
    const map = await serveStatic('dist', { prefix: '/carte/', headers: { 'access-control-allow-origin': '*' } });
    const dir = mkdtempSync(join(tmpdir(), 'element-mount-'));
    writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Hôte</title></head><body>
      <script type="module" src="${map.url}carte-tiers-lieux.js"></script></body></html>`);
    const host = await serveStatic(dir);
    hostUrl = host.url;
    servers.push(map.server, host.server);
  });
  afterAll(() => {
    for (const s of servers) s.close();
  });

  it('added and removed 20 times, keeps working with a bounded number of live WebGL contexts', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 700 } });
    // Every WebGL context the page creates, to count those still alive.
    await page.addInitScript(() => {
      const contexts: (WebGLRenderingContext | WebGL2RenderingContext)[] = [];
      (window as unknown as { liveContexts: () => number }).liveContexts = () => contexts.filter((c) => !c.isContextLost()).length;
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        const context = (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
        if (context && /webgl/.test(type) && !contexts.includes(context as WebGLRenderingContext)) contexts.push(context as WebGLRenderingContext);
        return context;
      } as typeof original;
    });
    await page.goto(hostUrl);
    await page.waitForFunction(() => customElements.get('carte-tiers-lieux'));
    for (let i = 0; i < 20; i++) {
      // Most cycles remove the element once its map exists; every fifth once its places are drawn (deck.gl's context too).
      const drawn = i % 5 === 4;
      await page.evaluate(() => {
        const e = document.createElement('carte-tiers-lieux');
        e.setAttribute('theme', 'neutral');
        e.style.cssText = 'display:block;height:500px;width:900px';
        document.body.append(e);
      });
      if (drawn) await page.locator('carte-tiers-lieux[data-places-ready="1"]').waitFor({ timeout: 60_000 });
      else await page.locator('carte-tiers-lieux .maplibregl-canvas').waitFor({ timeout: 60_000 });
      await page.evaluate(() => document.querySelector('carte-tiers-lieux')!.remove());
    }
    await page.evaluate(() => {
      const e = document.createElement('carte-tiers-lieux');
      e.setAttribute('theme', 'neutral');
      e.style.cssText = 'display:block;height:500px;width:900px';
      document.body.append(e);
    });
    const element = page.locator('carte-tiers-lieux');
    await page.locator('carte-tiers-lieux[data-places-ready="1"]').waitFor({ timeout: 60_000 });
    await page.evaluate(() => (document.querySelector('carte-tiers-lieux') as unknown as { debug: MapDebug }).debug.idle());
    expect(await page.evaluate(() => (window as unknown as { liveContexts: () => number }).liveContexts())).toBeLessThanOrEqual(3);
    const box = (await element.boundingBox())!;
    const shot = await page.screenshot({ path: join(SCREENSHOTS, 'element-after-20-mounts.png') });
    expect(countColour(shot, FS_BLUE, 20, { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) })).toBeGreaterThan(50);
    // The same element removed, then added back later, draws its map again (and moving it keeps it).
    await page.evaluate(() => {
      const e = document.querySelector('carte-tiers-lieux')!;
      document.body.append(e);
      e.remove();
      return new Promise((r) => setTimeout(() => r(document.body.append(e)), 50));
    });
    await page.locator('carte-tiers-lieux[data-places-ready="1"]').waitFor({ timeout: 60_000 });
    await page.evaluate(() => (document.querySelector('carte-tiers-lieux') as unknown as { debug: MapDebug }).debug.idle());
    expect(await page.evaluate(() => (window as unknown as { liveContexts: () => number }).liveContexts())).toBeLessThanOrEqual(3);
    await page.close();
  });
});
