// A quiet console: a standard session (load, pan, zoom to a commune, open a card, open a département)
// raises no console error, no page error, no failed request and no HTTP error.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodePlaces } from '../../src/domain/places-file.ts';
import { useSite, waitForMap } from './browser.ts';
import type { MapDebug } from '../../src/map/debug.ts';

const { places } = decodePlaces(JSON.parse(readFileSync('dist/data/places.json', 'utf8')));
const site = useSite();

/** Everything a developer would see in red in the console, collected from the page's first request. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()} (${m.location().url})`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A tile the map no longer needs (it moved on) is cancelled: that is no failure, and the console shows nothing.
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  return problems;
}

async function settle(page: Page) {
  await page.waitForFunction(() => (window as unknown as { __carte: MapDebug }).__carte.loaded(), null, { timeout: 30_000 });
  await page.waitForTimeout(400);
}

describe('a quiet console', () => {
  it('a standard session raises no console error and no failed request', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems = watch(page);
    // The national view asks for sea tiles around France: none may be a 404.
    await page.goto(site.url);
    await waitForMap(page);
    await page.waitForSelector('html[data-places-ready="1"]');
    await settle(page);
    const box = (await page.locator('.map').boundingBox())!;
    // Pan west, over the Atlantic, by dragging.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 300, box.y + box.height / 2 + 80, { steps: 10 });
    await page.mouse.up();
    await settle(page);
    // Zoom to a commune through the search box.
    await page.getByRole('combobox', { name: 'Trouver un lieu près de chez moi' }).fill('gueret');
    await page.locator('#suggestions-communes [role=option]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('commune=23096');
    await page.waitForTimeout(1500);
    await settle(page);
    // Open a place's card by clicking it.
    const target = places.filter((p) => p.departementCode === '23' && !p.approximate).sort((a, b) => Math.hypot(a.lon - 1.87, a.lat - 46.17) - Math.hypot(b.lon - 1.87, b.lat - 46.17))[0]!;
    await page.evaluate(([lon, lat]) => (window as unknown as { __carte: MapDebug }).__carte.jumpTo(lon!, lat!, 13), [target.lon, target.lat]);
    await settle(page);
    const { x, y } = await page.evaluate((id) => (window as unknown as { __carte: { project(id: string): { x: number; y: number } } }).__carte.project(id), target.id);
    await page.mouse.click(box.x + x, box.y + y);
    await expect.poll(() => page.locator('.place-card h2').innerText().catch(() => '')).toBe(target.name);
    // Open a département by its name.
    await page.getByLabel('Département', { exact: true }).fill('creuse');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.departement-panel h2').innerText().catch(() => '')).toBe('Creuse (23)');
    await page.waitForTimeout(1000);
    await settle(page);
    expect(problems).toEqual([]);
    await page.close();
  });
});
