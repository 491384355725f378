// A département's coverage as an elected official uses it: URL, search, choropleth, table, exports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodePlaces } from '../../src/domain/places-file.ts';
import { mapIdle, openMapPage, SCREENSHOTS, useSite } from './browser.ts';
import { countColour } from './pixels.ts';

const departements = JSON.parse(readFileSync('dist/data/departements.json', 'utf8')) as {
  departements: { code: string; name: string; population: number; networks: Record<string, { count: number; per100k: number; beyond20km: number | null }> }[];
};
const { places } = decodePlaces(JSON.parse(readFileSync('dist/data/places.json', 'utf8')));
const creuse = departements.departements.find((d) => d.code === '23')!;
const fr = (n: number) => new Intl.NumberFormat('fr-FR').format(n);
const fr1 = (n: number) => new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);

const site = useSite();

const open = (search = '', viewport?: { width: number; height: number }): Promise<Page> => openMapPage(site, search, viewport);

async function expectCreuseFigures(page: Page) {
  const panel = page.locator('.departement-panel');
  await expect.poll(() => panel.locator('h2').innerText().catch(() => '')).toBe('Creuse (23)');
  expect(await panel.innerText()).toContain(`${fr(creuse.population)} habitants`);
  const fsRow = panel.locator('tr', { hasText: 'France Services' });
  const cells = await fsRow.locator('td strong').allInnerTexts();
  expect(cells[0]).toBe(String(creuse.networks['france-services']!.count));
  expect(cells[1]).toBe(fr1(creuse.networks['france-services']!.per100k));
  expect(cells[3]).toBe(`${fr1(creuse.networks['france-services']!.beyond20km! * 100)} %`);
}

describe('coverage of a département', () => {
  it('opened from the URL, shows the figures of departements.json and where the gaps are', async () => {
    const page = await open('?departement=23');
    await expectCreuseFigures(page);
    await expect.poll(() => page.locator('.departement-panel .gaps li, .departement-panel p:has-text("Aucune commune")').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'departement-desktop-1280x800.png') });
    await page.close();
  });

  it('found by typing its name shows the same figures', async () => {
    const page = await open();
    await page.getByLabel('Département', { exact: true }).fill('creuse');
    await page.keyboard.press('Enter');
    await expectCreuseFigures(page);
    await expect.poll(() => page.url()).toContain('departement=23');
    await page.close();
  });

  it('switching the indicator changes the legend and the colours of the map', async () => {
    const page = await open('?indicateur=per100k');
    const legend = page.locator('.choropleth-legend');
    await legend.waitFor();
    expect(await legend.innerText()).toContain('Lieux pour 100 000 habitants');
    await mapIdle(page);
    // The darkest class (#253494) drawn at 80 % opacity over the land colour (#fbfbf9).
    const darkest: [number, number, number] = [80, 92, 168];
    const before = countColour(await page.screenshot(), darkest, 12);
    await page.getByLabel('Colorer les départements').selectOption('beyond20km');
    await expect.poll(() => legend.innerText()).toContain('Population à plus de 20 km');
    expect(await legend.innerText()).toMatch(/\d+,\d %/);
    await mapIdle(page);
    const after = countColour(await page.screenshot(), darkest, 12);
    expect(before).toBeGreaterThan(1000);
    expect(Math.abs(after - before)).toBeGreaterThan(before * 0.1);
    await page.close();
  });

  it('exports the list of places as CSV with a BOM, the expected header and one row per place', async () => {
    const page = await open('?departement=23');
    await page.locator('.departement-panel h2').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter la liste des lieux (CSV)' }).click()]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\ufeffid;reseau;nom;adresse;code_postal;commune;code_commune;departement;telephone;')).toBe(true);
    const rows = text.trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(places.filter((p) => p.departementCode === '23').length);
    expect(download.suggestedFilename()).toBe('lieux-23.csv');
    const [figures] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter les chiffres (CSV)' }).click()]);
    expect(readFileSync(await figures.path(), 'utf8')).toContain('departement;23;Creuse;Nouvelle-Aquitaine;France Services;');
    await page.close();
  });

  it('keyboard users reach the table of départements and sort it', async () => {
    const page = await open('?tableau=1');
    const header = page.getByRole('button', { name: /^Pour 100 000 hab\./ });
    await header.focus();
    await page.keyboard.press('Enter');
    const th = page.locator('th', { has: header });
    await expect.poll(() => th.getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('.coverage-table tbody tr').count()).toBe(101);
    const firstCode = await page.locator('.coverage-table tbody tr').first().locator('td').first().innerText();
    const top = departements.departements.reduce((a, b) => (((b as unknown as { all: { per100k: number } }).all.per100k > (a as unknown as { all: { per100k: number } }).all.per100k) ? b : a));
    expect(firstCode).toBe(top.code);
    await page.keyboard.press('Enter');
    await expect.poll(() => th.getAttribute('aria-sort')).toBe('ascending');
    await page.close();
  });

  it('clicking a département on the map opens its panel', async () => {
    // Zoomed on the Creuse, away from its places: a click on empty land selects the département.
    const page = await open('?vue=8/46.09/2.02&reseaux=aucun');
    const box = (await page.locator('.map').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.locator('.departement-panel h2').innerText().catch(() => '')).toBe('Creuse (23)');
    await page.close();
  });

  it('with filters on, the panel says so and its counts follow them (computed off the main thread)', async () => {
    const page = await open('?departement=13&qpv=in');
    const panel = page.locator('.departement-panel');
    await expect.poll(() => panel.innerText().catch(() => '')).toContain('Filtres appliqués : communes comprenant un QPV');
    const expected = places.filter((p) => p.departementCode === '13' && p.network === 'france-services' && p.qpvCommune === true).length;
    const all = departements.departements.find((d) => d.code === '13')!.networks['france-services']!.count;
    expect(expected).toBeLessThan(all);
    await expect.poll(() => panel.locator('tr', { hasText: 'France Services' }).locator('td strong').first().innerText()).toBe(String(expected));
    await page.close();
  });

  it('prints the map and the panel, without the controls', async () => {
    const page = await open('?departement=23&indicateur=per100k');
    await page.locator('.departement-panel h2').waitFor();
    await page.emulateMedia({ media: 'print' });
    await mapIdle(page);
    expect(await page.locator('.panel').isVisible()).toBe(false);
    expect(await page.locator('.departement-panel').isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'print-departement.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(20_000);
    await page.close();
  });

  it('the panel is readable on a 360×640 phone', async () => {
    const page = await open('?departement=2A', { width: 360, height: 640 });
    await page.locator('.departement-panel h2').waitFor();
    expect(await page.locator('.departement-panel h2').innerText()).toBe('Corse-du-Sud (2A)');
    await page.screenshot({ path: join(SCREENSHOTS, 'departement-mobile-360x640.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    await page.close();
  });
});
