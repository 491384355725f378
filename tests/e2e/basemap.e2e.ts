// The offline base map as a citizen reads it: town names where they live, régions at the national view,
// in both themes and at desktop and phone sizes; screenshots for a person to look at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, useSite, waitForMap } from './browser.ts';
import { decodePlaces } from '../../src/domain/places-file.ts';
import type { MapDebug } from '../../src/map/debug.ts';
import { countColour } from './pixels.ts';

const site = useSite();
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

async function open(search: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await site.browser.newPage({ viewport });
  await page.goto(site.url + search);
  await waitForMap(page);
  await page.waitForSelector('html[data-places-ready="1"]');
  await page.waitForFunction(() => (window as unknown as { __carte: MapDebug }).__carte.loaded());
  await page.waitForTimeout(900);
  // At rest, the names of the communes the view cuts through come in one frame more.
  await page.evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.idle());
  return page;
}

/** The names MapLibre actually placed on screen (collision-free ones only). */
function drawnNames(page: Page, layers: string[]): Promise<string[]> {
  return page.evaluate((ids) => {
    return [...new Set((window as unknown as { __carte: MapDebug }).__carte.renderedNames(ids))];
  }, layers);
}

const COMMUNES = ['commune-label', 'commune-label-local', 'commune-label-view', 'prefecture-label', 'capital-label'];

describe('the offline base map', () => {
  for (const [size, viewport] of [['1280x800', DESKTOP], ['390x844', PHONE]] as const) {
    it(`at Guéret, zoom 12 (${size}), names the town and its neighbours`, async () => {
      const page = await open('?vue=12/46.171/1.871&filtres=0', viewport);
      await page.screenshot({ path: join(SCREENSHOTS, `basemap-gueret-z12-${size}.png`) });
      const names = await drawnNames(page, COMMUNES);
      expect(names).toContain('Guéret');
      // The neighbouring communes are named too (they are about 10 km across). On a phone their centres are off
      // screen: they are named in the part of them that shows.
      expect(names.filter((n) => n !== 'Guéret').length).toBeGreaterThanOrEqual(viewport === DESKTOP ? 4 : 2);
      await page.close();
    });

    it(`at Paris, zoom 11 (${size}), names Paris and the towns around it, in French with accents`, async () => {
      const page = await open('?vue=11/48.8566/2.3522', viewport);
      await page.screenshot({ path: join(SCREENSHOTS, `basemap-paris-z11-${size}.png`) });
      const names = await drawnNames(page, COMMUNES);
      expect(names).toContain('Paris');
      if (viewport === DESKTOP) expect(names.some((n) => /[éèêçÉ]/.test(n))).toBe(true);
      await page.close();
    });

    it(`in La Réunion (${size}), names its préfecture`, async () => {
      const page = await open('?vue=9.6/-21.13/55.53', viewport);
      await page.screenshot({ path: join(SCREENSHOTS, `basemap-reunion-${size}.png`) });
      expect(await drawnNames(page, COMMUNES)).toContain('Saint-Denis');
      await page.close();
    });
  }

  it('on a phone, the sources wait behind their « i » button and leave the scale bar and the map clear', async () => {
    const page = await open('?vue=12/46.171/1.871&filtres=0', PHONE);
    const attribution = page.locator('.maplibregl-ctrl-attrib');
    const text = attribution.locator('.maplibregl-ctrl-attrib-inner');
    await expect.poll(() => attribution.getAttribute('class')).toContain('maplibregl-compact');
    expect(await text.isVisible()).toBe(false);
    const scale = await page.locator('.maplibregl-ctrl-scale').boundingBox();
    const box = await attribution.boundingBox();
    expect(scale && box).toBeTruthy();
    // Collapsed, the control is the button only, beside or below the scale bar, never over it.
    expect(box!.width).toBeLessThan(40);
    const overlaps = !(box!.x >= scale!.x + scale!.width || box!.x + box!.width <= scale!.x || box!.y >= scale!.y + scale!.height || box!.y + box!.height <= scale!.y);
    expect(overlaps).toBe(false);
    const toggle = attribution.locator('.maplibregl-ctrl-attrib-button');
    expect(await toggle.getAttribute('aria-label')).toBe('Afficher ou masquer les sources');
    await toggle.click();
    await expect.poll(() => text.isVisible()).toBe(true);
    expect(await text.textContent()).toContain('IGN Admin Express');
    await page.screenshot({ path: join(SCREENSHOTS, 'basemap-attribution-open-390x844.png') });
    await page.close();
  });

  it('on a desktop screen, the sources are one line in the corner', async () => {
    const page = await open('', DESKTOP);
    const attribution = page.locator('.maplibregl-ctrl-attrib');
    expect(await attribution.getAttribute('class')).not.toContain('maplibregl-compact');
    expect(await attribution.locator('.maplibregl-ctrl-attrib-inner').textContent()).toContain('Natural Earth');
    await page.close();
  });

  it('in the town of Arles, whose commune reaches far into the Camargue, names Arles once, and again after a pan', async () => {
    const page = await open('?vue=13/43.677/4.63&filtres=0', PHONE);
    await page.screenshot({ path: join(SCREENSHOTS, 'basemap-arles-z13-390x844.png') });
    const carte = () => page.evaluateHandle(() => (window as unknown as { __carte: MapDebug }).__carte);
    const arles = () => page.evaluate((ids) => (window as unknown as { __carte: MapDebug }).__carte.renderedLabels(ids).filter((l) => l.nom === 'Arles'), COMMUNES);
    const map = (await page.locator('.map').boundingBox())!;
    const inView = ({ x, y }: { x: number; y: number }) => x > 0 && x < map.width && y > 0 && y < map.height;
    const before = await arles();
    expect(before).toHaveLength(1);
    expect(inView(before[0]!)).toBe(true);
    // Half a screen and more to the south: where the name was is now off screen, and the name is drawn in view again.
    await (await carte()).evaluate((c, dy) => c.panBy(0, dy), Math.round(map.height * 0.7));
    await (await carte()).evaluate((c) => c.idle());
    const after = await arles();
    expect(after).toHaveLength(1);
    expect(inView(after[0]!)).toBe(true);
    await page.close();
  });

  it('on a phone with a place’s card open, names no commune under the card', async () => {
    const { places } = decodePlaces(JSON.parse(readFileSync('dist/data/places.json', 'utf8')));
    const gueret = places.find((p) => p.network === 'fabriques' && p.communeCode === '23096')!;
    const page = await open(`?lieu=${gueret.id}`, PHONE);
    await page.locator('.place-card').waitFor();
    await page.evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.idle());
    await page.screenshot({ path: join(SCREENSHOTS, 'basemap-gueret-card-390x844.png') });
    const map = (await page.locator('.map').boundingBox())!;
    const card = (await page.locator('.place-card').boundingBox())!;
    const labels = await page.evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.renderedLabels(['commune-label-view']));
    expect(labels.length).toBeGreaterThan(0);
    for (const { nom, x, y } of labels) {
      const under = map.x + x >= card.x && map.x + x <= card.x + card.width && map.y + y >= card.y && map.y + y <= card.y + card.height;
      expect(under, nom).toBe(false);
    }
    await page.close();
  });

  it('at the national view, shows région names and the largest cities, not every commune', async () => {
    const page = await open('', DESKTOP);
    await page.screenshot({ path: join(SCREENSHOTS, 'basemap-france-1280x800.png') });
    const regions = await drawnNames(page, ['region-label']);
    // Région names give way to the cities where they would collide: some of them, never none.
    expect(regions.length).toBeGreaterThanOrEqual(4);
    const towns = await drawnNames(page, COMMUNES);
    expect(towns).toEqual(expect.arrayContaining(['Paris', 'Lyon']));
    expect(towns.length).toBeLessThan(80);
    await page.close();
  });

  it('at Strasbourg, zoom 10, Germany across the Rhine is land and the région outline is drawn, not sea', async () => {
    const page = await open('?vue=10/48.58/7.75&reseaux=', DESKTOP);
    const map = (await page.locator('.map').boundingBox())!;
    const png = await page.screenshot({ path: join(SCREENSHOTS, 'basemap-strasbourg-z10-1280x800.png') });
    const { x } = await page.evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.projectLonLat(7.85, 48.58));
    // East of the Rhine (Kehl): the neighbouring land's colour, and no sea anywhere on this inland view.
    const east = { x: Math.round(map.x + x), y: Math.round(map.y), width: Math.round(map.width - x), height: Math.round(map.height) };
    expect(countColour(png, [0xe4, 0xe1, 0xda], 4, east)).toBeGreaterThan(east.width * east.height * 0.5);
    const whole = { x: Math.round(map.x), y: Math.round(map.y), width: Math.round(map.width), height: Math.round(map.height) };
    expect(countColour(png, [0xd4, 0xe4, 0xef], 4, whole)).toBe(0);
    // The Grand Est région's outline follows the Rhine: a 3-pixel line across the whole height.
    expect(countColour(png, [0x4b, 0x51, 0x60], 12, whole)).toBeGreaterThan(map.height);
    await page.close();
  });

  it('the neutral theme and the embed draw the same names', async () => {
    const page = await open('?vue=12/46.171/1.871&theme=neutral&embed=1', DESKTOP);
    await page.screenshot({ path: join(SCREENSHOTS, 'basemap-gueret-neutral-embed-1280x800.png') });
    expect(await drawnNames(page, COMMUNES)).toContain('Guéret');
    await page.close();
  });
});
