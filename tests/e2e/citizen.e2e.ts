// A citizen on a phone and on a keyboard: the bottom sheet of results and card, errors beside their button, France
// Services first, arrondissements, a position outside France, focus coming back where it left, the modal drawer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distance } from 'geokdbush';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodePlaces } from '../../src/domain/places-file.ts';
import { decodeSearchIndex } from '../../src/domain/search-index-file.ts';
import type { MapDebug } from '../../src/map/debug.ts';
import { mapIdle, SCREENSHOTS, seriousViolations, useSite, waitForMap } from './browser.ts';

const site = useSite();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

async function open(search: string, viewport = DESKTOP, context?: BrowserContext): Promise<Page> {
  const page = await (context ?? site.browser).newPage({ viewport } as never);
  await page.goto(site.url + search);
  await waitForMap(page);
  await page.waitForSelector('html[data-places-ready="1"]');
  return page;
}

async function shot(page: Page, name: string) {
  await mapIdle(page);
  await page.screenshot({ path: join(SCREENSHOTS, name) });
}

/** Distinct colours the map's canvas holds in a band of CSS pixels [top, bottom) of the map: more than a few means it drew. */
function canvasColours(page: Page, top: number, bottom: number): Promise<number> {
  return page.evaluate(([top, bottom]: [number, number]) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
    const scale = canvas.width / canvas.getBoundingClientRect().width;
    const copy = document.createElement('canvas');
    [copy.width, copy.height] = [canvas.width, canvas.height];
    const context = copy.getContext('2d')!;
    context.drawImage(canvas, 0, 0);
    const { data } = context.getImageData(0, Math.round(top * scale), canvas.width, Math.max(1, Math.round((bottom - top) * scale)));
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 16) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return colours.size;
  }, [top, bottom] as [number, number]);
}

const visible = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.getClientRects().length > 0).catch(() => false);
const activeInfo = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return { id: a?.id ?? '', inPanel: !!a?.closest('#panneau'), resultId: a?.closest('li[data-id]')?.getAttribute('data-id') ?? null, activedescendant: a?.getAttribute('aria-activedescendant') ?? null, text: a?.textContent?.trim() ?? '' };
  });

describe('a citizen on a phone', () => {
  it('results open in a bottom sheet of their own, ranks inside it, the filter drawer closed', async () => {
    const page = await open('?commune=23096', PHONE);
    await page.locator('.nearest-sheet .nearest-list .result').first().waitFor();
    expect(await visible(page, '#panneau')).toBe(false);
    const sheet = (await page.locator('.nearest-sheet').boundingBox())!;
    expect(sheet.width).toBeGreaterThanOrEqual(PHONE.width - 1);
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(PHONE.height + 1);
    // Every rank number is drawn inside the sheet, none clipped at its left edge.
    const ranks = await page.locator('.nearest-sheet .rank').evaluateAll((els) => els.map((e) => ({ left: e.getBoundingClientRect().left, text: e.textContent })));
    expect(ranks.map((r) => r.text)).toEqual(ranks.map((_, i) => String(i + 1)));
    expect(Math.min(...ranks.map((r) => r.left))).toBeGreaterThanOrEqual(sheet.x + 4);
    await mapIdle(page);
    await shot(page, 'citizen-results-390x844.png');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('a result’s card takes the same sheet, with one close button, and the map keeps its marker above the sheet; Escape goes back to that result', async () => {
    const page = await open('?commune=75056', PHONE);
    const second = page.locator('.nearest-sheet .nearest-list li').nth(1);
    await second.waitFor();
    const id = (await second.getAttribute('data-id'))!;
    await second.locator('.result').click();
    await page.locator('.place-card h2').waitFor();
    await mapIdle(page);
    expect(await visible(page, '.nearest-sheet')).toBe(false);
    const closes = await page.locator('.map-wrap button[aria-label^="Fermer"]').evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.getAttribute('aria-label')));
    expect(closes).toEqual(['Fermer la fiche du lieu']);
    const map = (await page.locator('.map').boundingBox())!;
    const card = (await page.locator('.place-card').boundingBox())!;
    const marker = await page.evaluate((pid) => (window as unknown as { __carte: MapDebug }).__carte.project(pid), id);
    expect(marker.x).toBeGreaterThan(0);
    expect(marker.x).toBeLessThan(map.width);
    expect(marker.y).toBeGreaterThan(0);
    expect(map.y + marker.y).toBeLessThan(card.y - 8);
    // The map above the sheet is drawn (the base map's outlines and names), not left blank.
    expect(await canvasColours(page, 0, card.y - map.y)).toBeGreaterThan(20);
    await shot(page, 'citizen-sheet-390x844.png');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => visible(page, '.nearest-sheet')).toBe(true);
    expect(await page.locator('.place-card').count()).toBe(0);
    expect((await activeInfo(page)).resultId).toBe(id);
    await page.close();
  });

  it('a refused geolocation says so under « Autour de moi », announced, with the drawer closed', async () => {
    const context = await site.browser.newContext({ permissions: [], viewport: PHONE });
    const page = await open('', PHONE, context);
    const button = page.getByRole('button', { name: 'Autour de moi' });
    await button.click();
    const message = page.locator('.search-message');
    await expect.poll(() => message.innerText()).toContain('Vous avez refusé la localisation');
    expect(await message.getAttribute('role')).toBe('alert');
    const b = (await button.boundingBox())!;
    const m = (await message.boundingBox())!;
    expect(m.width).toBeGreaterThan(100);
    expect(m.y).toBeGreaterThanOrEqual(b.y + b.height - 1);
    expect(m.y).toBeLessThan(b.y + b.height + 40);
    expect(await visible(page, '#panneau')).toBe(false);
    await shot(page, 'citizen-geoloc-error-390x844.png');
    await context.close();
  });

  it('a position in London says it is outside the covered territory (Grenoble does not: nearest.e2e.ts)', async () => {
    const context = await site.browser.newContext({ geolocation: { latitude: 51.507, longitude: -0.128 }, permissions: ['geolocation'], viewport: PHONE });
    const page = await open('', PHONE, context);
    await page.getByRole('button', { name: 'Autour de moi' }).click();
    await page.locator('.nearest-sheet .nearest-list').waitFor();
    expect(await page.locator('.outside-territory').innerText()).toMatch(/^Votre position semble hors du territoire couvert : la commune française la plus proche est à \d+ km/);
    await context.close();
  });

  it('at 200 % zoom (640×400 CSS pixels) the sheet and the card fit without a horizontal scroll', async () => {
    const page = await site.browser.newPage({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    await page.goto(`${site.url}?commune=23096`);
    await waitForMap(page);
    await page.locator('.nearest-sheet .nearest-list .result').first().click();
    await page.locator('.place-card h2').waitFor();
    await mapIdle(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    const card = (await page.locator('.place-card').boundingBox())!;
    expect(card.x).toBeGreaterThanOrEqual(0);
    expect(card.x + card.width).toBeLessThanOrEqual(640);
    await shot(page, 'citizen-200pct.png');
    await page.close();
  });
});

describe('nearest places a citizen can walk into', () => {
  it('Paris lists France Services by default; other networks at a commune centre say « position approximative » and « ≈ N km »', async () => {
    const page = await open('?commune=75056');
    await page.locator('.nearest-list .result').first().waitFor();
    expect(await page.locator('#proches-reseau').inputValue()).toBe('france-services');
    const metas = await page.locator('.nearest-list .place-meta').allInnerTexts();
    expect(metas.length).toBe(10);
    expect(metas.every((m) => m.startsWith('France Services'))).toBe(true);
    await page.locator('#proches-reseau').selectOption('all');
    await expect.poll(() => page.locator('.nearest-list .place-meta').allInnerTexts().then((t) => t.some((m) => !m.startsWith('France Services')))).toBe(true);
    const rows = await page.locator('.nearest-list .result').evaluateAll((els) =>
      els.map((e) => ({ distance: e.querySelector('.distance')!.textContent!, meta: e.querySelector('.place-meta')!.textContent! })),
    );
    const approximate = rows.filter((r) => r.meta.includes('position approximative'));
    expect(approximate.length).toBeGreaterThan(0);
    expect(approximate.every((r) => /^≈ \d+ km$/.test(r.distance))).toBe(true);
    expect(rows.filter((r) => !r.meta.includes('position approximative')).every((r) => !r.distance.startsWith('≈'))).toBe(true);
    await mapIdle(page);
    await shot(page, 'citizen-nearest-paris-1280x800.png');
    await page.close();
  });

  it('« Paris 11 », « Marseille 3e » and « 75011 » find the arrondissement, and distances are measured from its centre', async () => {
    const page = await open('');
    const box = page.getByRole('combobox', { name: 'Trouver un lieu près de chez moi' });
    const firstSuggestion = () => page.locator('#suggestions-communes [role=option]').first().innerText().catch(() => '');
    for (const [query, expected] of [['Marseille 3e', 'Marseille 3e Arrondissement (13)'], ['75011', 'Paris 11e Arrondissement (75) – 75011'], ['Paris 11', 'Paris 11e Arrondissement (75)']] as [string, string][]) {
      await box.fill(query);
      await expect.poll(firstSuggestion).toBe(expected);
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#proches-titre').innerText().catch(() => '')).toBe('Lieux les plus proches de Paris 11e Arrondissement');
    await expect.poll(() => page.url()).toContain('commune=75111');
    // The first distance is the one from the arrondissement's centre in the search index to that place.
    const { entries } = decodeSearchIndex(JSON.parse(readFileSync('dist/data/search-index.json', 'utf8')));
    const { places } = decodePlaces(JSON.parse(readFileSync('dist/data/places.json', 'utf8')));
    const origin = entries.find((e) => e.code === '75111')!;
    const first = page.locator('.nearest-list li').first();
    const firstId = await first.getAttribute('data-id');
    const place = places.find((p) => p.id === firstId)!;
    const shown = Number((await first.locator('.distance').innerText()).replace(' km', '').replace(',', '.'));
    expect(shown).toBeCloseTo(distance(origin.lon, origin.lat, place.lon, place.lat), 1);
    const paris = entries.find((e) => e.code === '75056')!;
    expect(distance(origin.lon, origin.lat, paris.lon, paris.lat)).toBeGreaterThan(1);
    await page.close();
  });
});

describe('keyboard', () => {
  it('Escape on a card opened from the list goes back to the list, on the item that opened it', async () => {
    const page = await open('');
    await page.getByRole('button', { name: 'Liste' }).click();
    const list = page.getByRole('listbox', { name: 'Lieux affichés' });
    await list.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    const option = (await list.getAttribute('aria-activedescendant'))!;
    await page.keyboard.press('Enter');
    await page.locator('.place-card h2').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('button', { name: 'Liste' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => activeInfo(page)).toMatchObject({ activedescendant: option });
    await page.close();
  });

  it('the phone’s filter drawer keeps the focus inside while open, and Escape closes it back to « Filtres »', async () => {
    const page = await open('', PHONE);
    const toggle = page.getByRole('button', { name: 'Filtres' });
    await toggle.click();
    await expect.poll(() => visible(page, '#panneau')).toBe(true);
    expect(await page.locator('#contenu').evaluate((el) => (el as HTMLElement).inert)).toBe(true);
    const stops = await page.locator('#panneau').evaluate((el) => [...el.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]), select:not([disabled])')].filter((e) => e.getClientRects().length > 0).length);
    for (let i = 0; i < stops + 3; i++) {
      await page.keyboard.press('Tab');
      expect((await activeInfo(page)).inPanel).toBe(true);
    }
    await page.locator('#panneau .panel-close').focus();
    await page.keyboard.press('Shift+Tab');
    expect((await activeInfo(page)).inPanel).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => visible(page, '#panneau')).toBe(false);
    expect((await activeInfo(page)).text).toBe('Filtres');
    expect(await page.locator('#contenu').evaluate((el) => (el as HTMLElement).inert)).toBe(false);
    await page.close();
  });
});
