// Automated accessibility checks (axe-core) and a keyboard-only path through the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, useSite, waitForMap } from './browser.ts';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const site = useSite();

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as {
    violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
  };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

async function open(search = '', viewport = { width: 1280, height: 800 }) {
  const page = await site.browser.newPage({ viewport });
  await page.goto(site.url + search);
  await waitForMap(page);
  await page.waitForSelector('html[data-places-ready="1"]');
  return page;
}

describe('accessibility', () => {
  it('the map page, the list view and an open card have no serious or critical axe violation', async () => {
    const page = await open();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Liste' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('li[role=option]').first().click();
    await page.locator('.place-card h2').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('a keyboard user reaches the content with the skip link, sees where the focus is and closes a card with Escape', async () => {
    const page = await open('?liste=1');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
    await page.getByRole('listbox').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const name = await page.locator('[role=option].active .place-name').innerText();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.place-card h2').innerText().catch(() => '')).toBe(name);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fiche-titre');
    await page.screenshot({ path: join(SCREENSHOTS, 'card-keyboard-1280x800.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.place-card').count()).toBe(0);
    await page.close();
  });

  it('the standalone page looks like a State service: the marque and the Marianne font, served from this site', async () => {
    const page = await open();
    expect(await page.locator('.site-header .fr-logo').innerText()).toMatch(/République\s+Française/i);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^Marianne/);
    await expect.poll(() => page.evaluate(() => [...document.fonts].some((f) => f.family.includes('Marianne') && f.status === 'loaded'))).toBe(true);
    expect(await page.locator('.fr-btn').count()).toBeGreaterThan(5);
    await page.close();
  });

  it('the list view at 360×640 has no horizontal overflow', async () => {
    const page = await open('?liste=1', { width: 360, height: 640 });
    await page.screenshot({ path: join(SCREENSHOTS, 'list-mobile-360x640.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
