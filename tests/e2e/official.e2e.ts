// An elected official's pass (issue 16): ranks, one national total, neighbours, gap communes on the map, framing clear of
// the panel, exports in view, the print view, colours without markers, and 200 % zoom.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MapDebug } from '../../src/map/debug.ts';
import { mapIdle, openMapPage, SCREENSHOTS, useSite } from './browser.ts';
import { countColour } from './pixels.ts';

interface Figures { count: number; per100k: number; beyond10km: number | null; beyond20km: number | null }
interface Dep { code: string; name: string; regionName: string; bbox: [number, number, number, number]; neighbours: string[]; networks: Record<string, Figures>; all: Figures }
const file = JSON.parse(readFileSync('dist/data/departements.json', 'utf8')) as { departements: Dep[]; exportDates: Record<string, string> };
const deps = file.departements;
const byCode = new Map(deps.map((d) => [d.code, d]));
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

const site = useSite();

async function open(search = '', viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await openMapPage(site, search, viewport);
  if (search.includes('departement=')) {
    await page.locator('.departement-panel h2').waitFor();
    // The map has gone to the département (its view is written in the URL when it stops).
    if (!search.includes('vue=')) await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('vue=');
  }
  await mapIdle(page);
  return page;
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** Where the map draws a point, in page pixels. */
async function onPage(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.map').boundingBox())!;
  const p = await page.evaluate(([x, y]) => (window as unknown as { __carte: MapDebug }).__carte.projectLonLat(x!, y!), [lon, lat]);
  return { x: box.x + p.x, y: box.y + p.y };
}

/** The button is on screen and nothing covers its centre. */
async function inView(page: Page, name: string): Promise<boolean> {
  const button = page.getByRole('button', { name });
  const box = await button.boundingBox();
  const viewport = page.viewportSize()!;
  if (!box || box.y < 0 || box.y + box.height > viewport.height || box.x + box.width > viewport.width) return false;
  return button.evaluate((el, [x, y]) => el.contains(document.elementFromPoint(x!, y!)), [box.x + box.width / 2, box.y + box.height / 2]);
}

const shown = (share: number) => Math.round(share * 1000) / 10;

describe('an elected official', () => {
  it('reads ranks on rates and shares only, ties as « ex aequo », one national total, the région and the neighbours, with the exports in view', async () => {
    const page = await open('?departement=23');
    const panel = page.locator('.departement-panel');
    const fs = panel.locator('table.coverage-figures tr', { hasText: 'France Services' });
    // No rank on the count of places; a rank on the rate.
    expect(await fs.locator('td').nth(0).locator('.rank').count()).toBe(0);
    expect(await fs.locator('td').nth(1).locator('.rank').innerText()).toMatch(/^rang \d+\/101/);
    // Départements that show the same share beyond 20 km share the rank, and the panel says with how many.
    const creuse = byCode.get('23')!;
    const value = shown(creuse.networks['france-services']!.beyond20km!);
    const tied = deps.filter((d) => d.networks['france-services']!.beyond20km !== null && shown(d.networks['france-services']!.beyond20km!) === value).length;
    expect(tied).toBeGreaterThan(1);
    expect(await fs.locator('td').nth(3).locator('.rank').innerText()).toContain(`ex aequo (${tied} départements)`);
    // One national total: the filters' count, with the places in Saint-Martin explained.
    const filterCount = (await page.locator('label[for="reseau-france-services"] .count').innerText()).trim();
    expect(await fs.locator('td').nth(0).locator('.national').innerText()).toBe(`France : ${filterCount}*`);
    expect(await panel.locator('#hors-departement').innerText()).toContain('Saint-Martin');
    // The région and each neighbour, computed by the build from the contours.
    const compare = panel.locator('table.compare');
    expect(await compare.locator('tbody tr').first().innerText()).toContain('Creuse (23)');
    expect(await compare.innerText()).toContain('Région Nouvelle-Aquitaine');
    const neighbours = await compare.locator('tbody th button').allInnerTexts();
    expect(neighbours).toEqual(['Allier (03)', 'Cher (18)', 'Corrèze (19)', 'Indre (36)', 'Puy-de-Dôme (63)', 'Haute-Vienne (87)']);
    // Export and print stay visible at the bottom of the panel, even scrolled to its top.
    for (const name of ['Exporter les chiffres (CSV)', 'Exporter la liste des lieux (CSV)', 'Imprimer']) expect(await inView(page, name)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'official-panel-creuse-1280x800.png') });
    expect(await seriousViolations(page)).toEqual([]);
    // The coverage CSV has the ranks and the neighbours; the places CSV has what the cards say.
    const [figures] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter les chiffres (CSV)' }).click()]);
    const csv = readFileSync(await figures.path(), 'utf8').split('\r\n');
    expect(csv[0]).toContain('rang_plus_20km;ex_aequo_plus_20km');
    expect(csv.filter((l) => l.startsWith('voisin;'))).toHaveLength(6);
    const [list] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter la liste des lieux (CSV)' }).click()]);
    const rows = readFileSync(await list.path(), 'utf8').split('\r\n');
    expect(rows[0]).toContain('adresse;code_postal;commune;code_commune;departement;telephone;courriel;site_web;horaires;date_labellisation');
    const fsRow = rows.find((r) => r.startsWith('fs-'))!;
    expect(fsRow).toMatch(/;0\d(?: ?\d\d){4};/);
    expect(fsRow).toMatch(/Lundi : /);
    // A neighbour opens its own panel.
    await compare.getByRole('button', { name: 'Allier (03)' }).click();
    await expect.poll(() => panel.locator('h2').innerText()).toBe('Allier (03)');
    await page.close();
  });

  it('hides the networks filtered out from the panel (no « 0 · France : 0 · rang 1/101 »), and « Creuse » in the search offers the département', async () => {
    const page = await open('?departement=2A&reseaux=france-services');
    const rows = await page.locator('.departement-panel table.coverage-figures tbody th').allInnerTexts();
    expect(rows.map((r) => r.split('\n')[0]!.trim())).toEqual(['France Services', 'Tous les réseaux']);
    await page.getByPlaceholder('Commune ou code postal').fill('Creuse');
    const option = page.getByRole('option', { name: 'Département 23 – Creuse' });
    await option.click();
    await expect.poll(() => page.locator('.departement-panel h2').innerText()).toBe('Creuse (23)');
    await page.close();
  });

  it('frames the département clear of the panel: the east of Corse-du-Sud is not behind it, nor its south on a phone', async () => {
    const page = await open('?departement=2A');
    const [w, s, e, n] = byCode.get('2A')!.bbox;
    const panel = (await page.locator('.departement-panel').boundingBox())!;
    const map = (await page.locator('.map').boundingBox())!;
    const east = await onPage(page, e, (s + n) / 2);
    const west = await onPage(page, w, (s + n) / 2);
    expect(east.x).toBeLessThan(panel.x);
    expect(west.x).toBeGreaterThan(map.x);
    await page.screenshot({ path: join(SCREENSHOTS, 'official-corse-du-sud-1280x800.png') });
    await page.close();
    // On a phone the panel covers the bottom: the département is fitted above it.
    const phone = await open('?departement=2A', { width: 360, height: 640 });
    const top = (await phone.locator('.departement-panel').boundingBox())!.y;
    expect((await onPage(phone, (w + e) / 2, s)).y).toBeLessThan(top);
    expect((await onPage(phone, (w + e) / 2, n)).y).toBeGreaterThan((await phone.locator('.map').boundingBox())!.y);
    await phone.screenshot({ path: join(SCREENSHOTS, 'official-corse-du-sud-360x640.png') });
    await phone.close();
  });

  it('draws the gap communes on the map, numbered; a click shows the commune with its nearest places; they are in a CSV; Guyane warns about its vast communes', async () => {
    const page = await open('?departement=973');
    const panel = page.locator('.departement-panel');
    expect(await panel.locator('.caveat').innerText()).toMatch(/Communes très étendues.*Maripasoula/s);
    const names = (await panel.locator('.gaps li button').allInnerTexts()).map((t) => t.trim());
    expect(names.length).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.renderedNames(['gap-communes']))).toEqual(expect.arrayContaining(names));
    await page.screenshot({ path: join(SCREENSHOTS, 'official-gaps-1280x800.png') });
    const [gaps] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter les communes éloignées (CSV)' }).click()]);
    const lines = readFileSync(await gaps.path(), 'utf8').replace('\ufeff', '').trim().split('\r\n');
    expect(lines).toHaveLength(names.length + 1);
    const [, code, name, , , lon, lat] = lines[1]!.split(';');
    expect(name).toBe(names[0]);
    // A click on its circle: the commune becomes the origin of the nearest places, and the map goes there.
    const point = await onPage(page, Number(lon!.replace(',', '.')), Number(lat!.replace(',', '.')));
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain(`commune=${code}`);
    await expect.poll(() => page.locator('.nearest').innerText().catch(() => ''), { timeout: 10_000 }).toContain(name!);
    await page.close();
  });

  it('shows the colours without markers (keyboard toggle kept in the URL), with a legend title that names its unit once', async () => {
    const page = await open('?indicateur=per100k', { width: 1920, height: 1080 });
    const legend = page.locator('.choropleth-legend figcaption');
    expect((await legend.innerText()).split('\n')[0]).toBe('Lieux pour 100 000 habitants');
    const fsBlue: [number, number, number] = [0, 114, 178];
    const before = countColour(await page.screenshot(), fsBlue, 14);
    await page.locator('#marqueurs').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toContain('marqueurs=0');
    expect(await legend.innerText()).toContain('lieux masqués');
    await mapIdle(page);
    const after = countColour(await page.screenshot(), fsBlue, 14);
    expect(before).toBeGreaterThan(2000);
    expect(after).toBeLessThan(before * 0.1);
    await page.screenshot({ path: join(SCREENSHOTS, 'official-choropleth-only-1920x1080.png') });
    await page.close();
    // Markers on the darkest class keep a white halo: the screenshot shows them over the Creuse.
    const dark = await open('?indicateur=per100k&vue=8.5/46.09/2.02', { width: 1920, height: 1080 });
    const shot = await dark.screenshot({ path: join(SCREENSHOTS, 'official-choropleth-markers-1920x1080.png') });
    expect(countColour(shot, fsBlue, 14)).toBeGreaterThan(100);
    await dark.close();
  });

  it('sorts the table with Corsica after 19, searches it, and shows each région and neighbours', async () => {
    const page = await open('?tableau=1');
    const table = page.locator('.coverage-table');
    const codes = await table.locator('tbody tr td:first-child').allInnerTexts();
    expect(codes.slice(codes.indexOf('19'), codes.indexOf('19') + 4)).toEqual(['19', '2A', '2B', '21']);
    await page.getByLabel('Chercher un département ou une région').fill('aquitaine');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(deps.filter((d) => d.regionName === 'Nouvelle-Aquitaine').length);
    const creuse = table.locator('tbody tr:has(td:first-child:text-is("23"))');
    expect(await creuse.innerText()).toContain('Allier (03)');
    await page.screenshot({ path: join(SCREENSHOTS, 'official-table-1280x800.png') });
    await page.getByLabel('Chercher un département ou une région').fill('');
    const perRate = (d: Dep) => Math.round(d.all.per100k * 10) / 10;
    const tiedCount = deps.filter((d) => deps.some((x) => x !== d && perRate(x) === perRate(d))).length;
    expect(await table.getByText('ex aequo', { exact: false }).count()).toBe(tiedCount);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('prints the département centred, without screen controls, with the data dates and the filters', async () => {
    const page = await open('?departement=23&reseaux=france-services,fabriques');
    await page.emulateMedia({ media: 'print' });
    await mapIdle(page);
    const summary = page.locator('.print-summary');
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.innerText()).toContain(`Données : France Services : export du`);
    expect(await summary.innerText()).toContain('Filtres : réseaux : France Services, Fabriques de territoire.');
    for (const hidden of ['.panel', '.toolbar', '.maplibregl-ctrl-top-right', '.departement-panel .exports', '.site-header']) expect(await page.locator(hidden).first().isVisible()).toBe(false);
    const [w, s, e, n] = byCode.get('23')!.bbox;
    const map = (await page.locator('.map').boundingBox())!;
    const centre = await onPage(page, (w + e) / 2, (s + n) / 2);
    expect(Math.abs(centre.x - (map.x + map.width / 2))).toBeLessThan(map.width * 0.1);
    await page.screenshot({ path: join(SCREENSHOTS, 'official-print.png'), fullPage: true });
    await page.close();
  });

  it('at 200 % zoom (640×400), the header and the toolbar shrink and the map keeps at least half the height', async () => {
    const page = await open('?departement=23', { width: 640, height: 400 });
    const map = (await page.locator('.map').boundingBox())!;
    expect(map.height).toBeGreaterThanOrEqual(200);
    // The first screen fits the window (the footer follows below, as on every page).
    expect((await page.locator('.screen').boundingBox())!.height).toBeLessThanOrEqual(400);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    await page.screenshot({ path: join(SCREENSHOTS, 'official-200pct-640x400.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
