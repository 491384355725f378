// « Situation au » and the chart of places labelled per year: set with the keyboard, the legend, the list, the chart,
// the national figures and the map agree; axe on the France view; screenshots over-time-1280x800.png and -390x844.png.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodePlaces } from '../../src/domain/places-file.ts';
import { mapIdle, SCREENSHOTS, useSite, waitForMap } from './browser.ts';
import { countColour } from './pixels.ts';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const FS_BLUE: [number, number, number] = [0, 114, 178];
const { places } = decodePlaces(JSON.parse(readFileSync('dist/data/places.json', 'utf8')));
const labelledBy = (network: string, year: number) => places.filter((p) => p.network === network && p.labelYear !== null && p.labelYear <= year).length;
const fr = (n: number) => new Intl.NumberFormat('fr-FR').format(n);
/** « 1 852 » (narrow no-break spaces) -> 1852. */
const num = (text: string) => Number(text.replace(/\D/g, ''));

const site = useSite();

async function open(search: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await site.browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url + search);
  await page.waitForSelector('html[data-places-ready="1"]');
  expect(errors).toEqual([]);
  return page;
}

const legendCount = async (page: Page, network: string) => num(await page.locator(`label[for="reseau-${network}"] .count`).innerText());
const lastBar = (page: Page) => page.locator('.france-view svg.chart rect.bar').last();

/** « Situation au » with the keyboard only: focus the select, arrows down until the year. */
async function chooseYearWithKeyboard(page: Page, year: number) {
  await page.focus('#situation-au');
  for (let i = 0; i < 30 && (await page.inputValue('#situation-au')) !== String(year); i++) await page.keyboard.press('ArrowDown');
  expect(await page.inputValue('#situation-au')).toBe(String(year));
}

describe('« Situation au » and the places labelled per year', () => {
  it('at the end of 2021 the legend, the national figures, the chart’s last bar and the list agree, and the link says au=2021', async () => {
    const page = await open('?vue=france&reseaux=france-services');
    await page.waitForSelector('.france-view svg.chart');
    const today = await legendCount(page, 'france-services');
    expect(today).toBe(labelledBy('france-services', 9999));
    expect(Number(await lastBar(page).getAttribute('data-cumulative'))).toBe(today);

    await chooseYearWithKeyboard(page, 2021);
    await expect.poll(() => page.url()).toContain('au=2021');
    const at2021 = labelledBy('france-services', 2021);
    expect(at2021).toBeLessThan(today);
    await expect.poll(() => legendCount(page, 'france-services')).toBe(at2021);
    expect(await lastBar(page).getAttribute('data-year')).toBe('2021');
    expect(Number(await lastBar(page).getAttribute('data-cumulative'))).toBe(at2021);
    expect(await page.locator('.france-view svg.chart').getAttribute('data-last-cumulative')).toBe(String(at2021));
    // The table under the chart gives the same numbers (its text alternative).
    expect(num(await page.locator('.france-view .chart-data tbody tr').last().locator('td').last().textContent() ?? '')).toBe(at2021);
    // The national figures are recomputed under the date (in the worker).
    await expect.poll(() => page.textContent('.national-figures tr[data-row="lieux"] td[data-scope="france-services"]'), { timeout: 30_000 }).toBe(fr(at2021));

    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    expect(await page.textContent('#liste-titre')).toBe(`${fr(at2021)} lieux`);
    expect(new URL(page.url()).searchParams.get('au')).toBe('2021');
    await page.close();
  });

  it('moving to 2020 takes the places labelled later off the map', async () => {
    const page = await open('?reseaux=france-services');
    await waitForMap(page);
    await mapIdle(page);
    const box = (await page.locator('.map').boundingBox())!;
    const region = { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
    const before = countColour(await page.screenshot(), FS_BLUE, 20, region);
    await chooseYearWithKeyboard(page, 2020);
    await mapIdle(page);
    const after = countColour(await page.screenshot(), FS_BLUE, 20, region);
    // 2,843 places today, about a third of them labelled by the end of 2020.
    expect(after).toBeLessThan(before * 0.8);
    expect(after).toBeGreaterThan(0);
    await page.close();
  });

  it('a département’s chart ends at the chosen year with as many places as its figures count', async () => {
    const page = await open('?reseaux=france-services&departement=23&au=2020');
    const chart = page.locator('.departement-panel svg.chart');
    await expect.poll(() => chart.getAttribute('data-last-year'), { timeout: 30_000 }).toBe('2020');
    const creuse = places.filter((p) => p.network === 'france-services' && p.departementCode === '23' && p.labelYear !== null && p.labelYear <= 2020).length;
    expect(creuse).toBeGreaterThan(0);
    expect(Number(await chart.getAttribute('data-last-cumulative'))).toBe(creuse);
    await expect.poll(() => page.locator('.departement-panel table.coverage-figures tbody tr').first().locator('td strong').first().textContent(), { timeout: 30_000 }).toBe(fr(creuse));
    await page.locator('.departement-panel h3', { hasText: 'Au fil du temps' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'over-time-departement-1280x800.png') });
    await page.close();
  });

  it('says which networks have no date: hidden under « Situation au », and a chart that says « non disponible »', async () => {
    const page = await open('?vue=france&au=2021');
    await page.waitForSelector('.france-view svg.chart');
    const note = page.locator('.france-view .undated-note');
    const undated = places.filter((p) => p.labelYear === null).length;
    expect(Number(await note.getAttribute('data-undated'))).toBe(undated);
    expect(await note.innerText()).toContain('Fabriques de territoire');
    expect(await legendCount(page, 'fabriques')).toBe(0);
    await page.selectOption('#graphique-france-reseau', 'fabriques');
    expect(await page.locator('.france-view .chart-unavailable').innerText()).toContain('Date de labellisation non disponible');
    await page.close();
  });

  it('an unreadable date in the link is ignored, and the page says so', async () => {
    const page = await open('?au=demain');
    await expect.poll(() => page.locator('.link-notice').innerText().catch(() => '')).toBe('Le lien contenait une valeur inconnue, ignorée : au=demain.');
    expect(await page.inputValue('#situation-au')).toBe('');
    await page.close();
  });

  it('passes axe on the France view under « Situation au », and is readable at 1280×800 and 390×844', async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      const page = await open('?vue=france&au=2021', viewport);
      await page.waitForSelector('.france-view svg.chart');
      await page.addScriptTag({ content: AXE });
      const result = (await page.evaluate(`axe.run(document.querySelector('.france-view'), { resultTypes: ['violations'] })`)) as { violations: { id: string; impact: string }[] };
      expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
      await page.locator('#france-temps').scrollIntoViewIfNeeded();
      await page.evaluate(() => document.querySelector('#france-temps')!.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(SCREENSHOTS, `over-time-${viewport.width}x${viewport.height}.png`) });
      await page.close();
    }
  });
});
