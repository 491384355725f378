// Text from CSV files is data: a markup name runs nothing anywhere. The built site works under a strict CSP.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodePlaces, encodePlaces } from '../../src/domain/places-file.ts';
import { mapIdle, useSite, waitForMap } from './browser.ts';
import { countColour } from './pixels.ts';
import type { MapDebug } from '../../src/map/debug.ts';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'";
const EVIL = '<img src=x onerror="window.__pwned=1">';

const site = useSite({ headers: { 'content-security-policy': CSP } });

async function open(search: string, placesBody?: string): Promise<{ page: Page; violations: string[] }> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const violations: string[] = [];
  await page.exposeFunction('__reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __reportViolation(v: string): void }).__reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  if (placesBody) await page.route('**/data/places.json', (route) => route.fulfill({ body: placesBody, contentType: 'application/json' }));
  await page.goto(site.url + search);
  await waitForMap(page);
  await page.waitForSelector('html[data-places-ready="1"]');
  await mapIdle(page);
  return { page, violations };
}

describe('security', () => {
  for (const theme of ['dsfr', 'neutral']) {
    it(`the built site draws the map and its places under a strict Content-Security-Policy, with no violation (${theme} theme)`, async () => {
      const { page, violations } = await open(`?departement=23&indicateur=per100k&theme=${theme}`);
      await page.locator('.departement-panel h2').waitFor();
      const shot = await page.screenshot();
      expect(countColour(shot, [0, 114, 178], 20)).toBeGreaterThan(200);
      // The coverage worker and MapLibre's worker both start under worker-src 'self'.
      await page.locator('.departement-panel .gaps li').first().waitFor();
      expect(violations).toEqual([]);
      await page.close();
    });
  }

  it('a place named with markup shows as text in the list, the card, the tooltip and the export, and runs nothing', async () => {
    const raw = JSON.parse(readFileSync('dist/data/places.json', 'utf8'));
    const { places, meta } = decodePlaces(raw);
    const target = places.find((p) => p.communeCode === '23096')!;
    const body = JSON.stringify(encodePlaces(places.map((p) => (p.id === target.id ? { ...p, name: EVIL } : p)), { inputHash: raw.inputHash }, meta));
    const { page } = await open(`?lieu=${target.id}&departement=23&reseaux=${target.network}`, body);
    await expect.poll(() => page.locator('.place-card h2').innerText().catch(() => '')).toBe(EVIL);
    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    const option = page.locator('li[role=option]', { hasText: 'onerror' });
    await page.getByLabel('Trier par').selectOption('departement');
    while (!(await option.count()) && (await page.getByRole('button', { name: /Afficher \d+ lieux de plus/ }).count())) {
      await page.getByRole('button', { name: /Afficher \d+ lieux de plus/ }).click();
    }
    expect(await page.locator('.place-list').innerText()).toContain(EVIL);
    expect(await option.count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Carte', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter la liste des lieux (CSV)' }).click()]);
    expect(readFileSync(await download.path(), 'utf8')).toContain(EVIL.replace(/"/g, '""'));
    await page.getByRole('button', { name: 'Fermer la fiche du lieu' }).click();
    await page.getByRole('button', { name: 'Fermer la fiche du département' }).click();
    await mapIdle(page);
    const box = (await page.locator('.map').boundingBox())!;
    const { x, y } = await page.evaluate((id) => (window as unknown as { __carte: MapDebug }).__carte.project(id), target.id);
    await page.mouse.move(box.x + x, box.y + y);
    await expect.poll(() => page.locator('.tooltip').innerText().catch(() => '')).toBe(EVIL);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src=x]').count()).toBe(0);
    await page.close();
  });
});
