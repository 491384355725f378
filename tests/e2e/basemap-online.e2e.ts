// The online base map, offline: a small fake Plan IGN (style and tiles) served by request interception,
// and the host blocked or too slow for the fallback. No request ever leaves the machine.
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { fromGeojsonVt } from 'vt-pbf';
import { describe, expect, it } from 'vitest';
import { PLAN_IGN_STYLE_URL } from '../../src/domain/basemap.ts';
import { SCREENSHOTS, useSite, waitForMap } from './browser.ts';
import { countColour } from './pixels.ts';
import type { MapDebug } from '../../src/map/debug.ts';

const site = useSite();
const FAKE_GREEN: [number, number, number] = [120, 200, 90];
const FS_BLUE: [number, number, number] = [0, 114, 178];
const TILES = 'https://data.geopf.fr/tms/1.0.0/PLAN.IGN';

/** A checkerboard of "parks" and a "road" across every tile: unmistakable in a screenshot. */
function fakeTile(): Buffer {
  const square = (x: number, y: number) => [[x, y], [x + 2048, y], [x + 2048, y + 2048], [x, y + 2048], [x, y]];
  const features = [
    { type: 3, geometry: [square(0, 0)], tags: { kind: 'park' } },
    { type: 3, geometry: [square(2048, 2048)], tags: { kind: 'park' } },
    { type: 2, geometry: [[[0, 1024], [4096, 1024]]], tags: { kind: 'road' } },
  ];
  return Buffer.from(fromGeojsonVt({ plan: { features } } as never, { version: 2, extent: 4096 }));
}

const FAKE_STYLE = {
  version: 8,
  name: 'Faux Plan IGN (tests)',
  sources: { plan: { type: 'vector', tiles: [`${TILES}/{z}/{x}/{y}.pbf`], maxzoom: 10, attribution: '© IGN (faux)' } },
  layers: [
    { id: 'fake-background', type: 'background', paint: { 'background-color': '#f2efe9' } },
    { id: 'fake-parks', type: 'fill', source: 'plan', 'source-layer': 'plan', filter: ['==', ['get', 'kind'], 'park'], paint: { 'fill-color': 'rgb(120, 200, 90)' } },
    { id: 'fake-roads', type: 'line', source: 'plan', 'source-layer': 'plan', filter: ['==', ['get', 'kind'], 'road'], paint: { 'line-color': '#e8a33d', 'line-width': 4 } },
  ],
};

type Host = 'fake' | 'blocked' | 'slow';

async function open(search: string, host: Host): Promise<{ page: Page; problems: string[] }> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  const tile = fakeTile();
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, async (route: Route) => {
    const url = route.request().url();
    if (!url.startsWith('https://data.geopf.fr/')) {
      problems.push(`external request ${url}`);
      return route.abort();
    }
    if (host === 'blocked') return route.abort('blockedbyclient');
    if (host === 'slow') return new Promise<void>((done) => setTimeout(() => route.abort().catch(() => {}).finally(done), 15_000));
    if (url === PLAN_IGN_STYLE_URL) return route.fulfill({ json: FAKE_STYLE, headers: { 'access-control-allow-origin': '*' } });
    if (url.startsWith(TILES)) return route.fulfill({ body: tile, contentType: 'application/x-protobuf', headers: { 'access-control-allow-origin': '*' } });
    problems.push(`unexpected online request ${url}`);
    return route.abort();
  });
  await page.goto(site.url + search);
  await waitForMap(page);
  await page.waitForSelector('html[data-places-ready="1"]');
  await page.waitForFunction(() => (window as unknown as { __carte: MapDebug }).__carte.loaded());
  await page.waitForTimeout(800);
  return { page, problems };
}

async function mapClip(page: Page) {
  const box = (await page.locator('.map').boundingBox())!;
  return { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
}

function drawnCommuneNames(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.renderedNames(['commune-label', 'prefecture-label', 'capital-label']).length);
}

describe('the online base map', () => {
  it('?fond=plan-ign draws the online style under our places, with IGN credited', async () => {
    const { page, problems } = await open('?fond=plan-ign&vue=9/46.17/1.87', 'fake');
    const shot = await page.screenshot({ path: join(SCREENSHOTS, 'basemap-online-fake-1280x800.png') });
    expect(countColour(shot, FAKE_GREEN, 20, await mapClip(page))).toBeGreaterThan(50_000);
    expect(countColour(shot, FS_BLUE, 20, await mapClip(page))).toBeGreaterThan(300);
    expect(await page.getByLabel('Plan IGN').isChecked()).toBe(true);
    expect(await page.locator('.maplibregl-ctrl-attrib-inner').textContent()).toContain('IGN – Plan IGN');
    expect(await page.locator('.map-notice').innerText()).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('is chosen with the keyboard in « Fond de carte », kept in the URL, and switched back', async () => {
    const { page, problems } = await open('?vue=9/46.17/1.87', 'fake');
    await page.getByLabel('Sans fond en ligne').focus();
    await page.keyboard.press('ArrowUp');
    expect(await page.getByLabel('Plan IGN').isChecked()).toBe(true);
    await expect.poll(() => page.url()).toContain('fond=plan-ign');
    await page.waitForTimeout(2500);
    expect(countColour(await page.screenshot(), FAKE_GREEN, 20, await mapClip(page))).toBeGreaterThan(50_000);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.url()).not.toContain('fond=');
    await page.waitForTimeout(2500);
    expect(countColour(await page.screenshot(), FAKE_GREEN, 20, await mapClip(page))).toBeLessThan(1000);
    expect(await drawnCommuneNames(page)).toBeGreaterThan(5);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('over Plan IGN draws none of our names at street level, and names the commune in view again on the offline map', async () => {
    const { page, problems } = await open('?fond=plan-ign&vue=13/43.677/4.63', 'fake');
    const viewNames = () => page.evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.renderedNames(['commune-label-view']));
    expect(await page.evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.layerVisible('commune-label-view'))).toBe(false);
    await page.getByLabel('Plan IGN').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(viewNames, { timeout: 10_000 }).toContain('Arles');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the choropleth of the départements over Plan IGN and back', async () => {
    // The darkest class (#253494) at 80 % opacity over the land.
    const darkest: [number, number, number] = [80, 92, 168];
    const { page, problems } = await open('?indicateur=per100k', 'fake');
    const offline = countColour(await page.screenshot(), darkest, 14, await mapClip(page));
    await page.locator('label[for="fond-plan-ign"]').click();
    await page.waitForTimeout(2500);
    const online = countColour(await page.screenshot(), darkest, 14, await mapClip(page));
    await page.locator('label[for="fond-offline"]').click();
    await page.waitForTimeout(2500);
    const back = countColour(await page.screenshot(), darkest, 14, await mapClip(page));
    expect(offline).toBeGreaterThan(1000);
    // Over the fake style's green parks the same class blends to another colour: fewer pixels match, never none.
    expect(online).toBeGreaterThan(1000);
    expect(back).toBeGreaterThan(offline * 0.9);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps a département’s gap communes drawn over Plan IGN and back', async () => {
    const { page, problems } = await open('?departement=973', 'fake');
    const gaps = () => page.evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.renderedNames(['gap-communes']));
    const names = (await page.locator('.departement-panel .gaps li button').allInnerTexts()).map((t) => t.trim());
    expect(names.length).toBeGreaterThan(0);
    await expect.poll(gaps).toEqual(expect.arrayContaining(names));
    await page.locator('label[for="fond-plan-ign"]').click();
    await page.waitForTimeout(2500);
    expect(countColour(await page.screenshot(), FAKE_GREEN, 20, await mapClip(page))).toBeGreaterThan(1000);
    await expect.poll(gaps).toEqual(expect.arrayContaining(names));
    await page.locator('label[for="fond-offline"]').click();
    await expect.poll(gaps).toEqual(expect.arrayContaining(names));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('falls back to the offline map with one polite line when the host is blocked', async () => {
    const { page, problems } = await open('?fond=plan-ign&vue=11/46.171/1.871', 'blocked');
    await expect.poll(() => page.locator('.map-notice[role=status]').innerText()).toContain('fond hors ligne');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(SCREENSHOTS, 'basemap-fallback-1280x800.png') });
    expect(await drawnCommuneNames(page)).toBeGreaterThan(3);
    expect(await page.getByLabel('Sans fond en ligne').isChecked()).toBe(true);
    // Our places are still drawn (a marker is about 100 pixels).
    expect(countColour(await page.screenshot(), FS_BLUE, 20, await mapClip(page))).toBeGreaterThan(50);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('falls back when the host is too slow', async () => {
    const { page, problems } = await open('?fond=plan-ign&vue=11/46.171/1.871', 'slow');
    await expect.poll(() => page.locator('.map-notice').innerText(), { timeout: 20_000 }).toContain('trop lentement');
    expect(await drawnCommuneNames(page)).toBeGreaterThan(3);
    expect(problems).toEqual([]);
    await page.close();
  });
});
