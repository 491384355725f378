// « La France » view: the Fabriques figures the State quotes, a filter that changes them, axe, and two screenshots.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, waitForMap } from './browser.ts';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const site = useSite();

async function open(search: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await site.browser.newPage({ viewport });
  await page.goto(site.url + search);
  await page.waitForSelector('html[data-places-ready="1"]');
  await page.waitForSelector('.national-figures');
  return page;
}

const cell = (page: Page, row: string, scope: string) => page.textContent(`.national-figures tr[data-row="${row}"] td[data-scope="${scope}"]`);

describe('« La France » view', () => {
  it('shows the State’s figures for the Fabriques with no filter, and each definition opens with a click', async () => {
    const page = await open('?vue=france');
    expect(await cell(page, 'lieux', 'fabriques')).toBe('382');
    expect(await cell(page, 'commune_avec_qpv', 'fabriques')).toMatch(/^51 % \(195 sur 382\)$/);
    expect(await cell(page, 'hors_metropoles_et_cu', 'fabriques')).toMatch(/^76 %/);
    expect(await cell(page, 'taille_lt2k', 'fabriques')).toMatch(/^22 %/);
    expect(await cell(page, 'departements_2', 'fabriques')).toMatch(/^95 % \(96 sur 101\)$/);
    const definition = page.locator('.national-figures tr[data-row="hors_metropoles"] details');
    expect(await definition.locator('p').isVisible()).toBe(false);
    await definition.locator('summary').click();
    expect(await definition.locator('p').isVisible()).toBe(true);
    await page.close();
  });

  it('recomputes the figures under a filter (in the worker): communes without QPV', async () => {
    const page = await open('?vue=france&qpv=out');
    await page.waitForSelector('.france-view .note');
    await page.waitForFunction(() => document.querySelector('.national-figures tr[data-row="lieux"] td[data-scope="fabriques"]')?.textContent === '187');
    expect(await cell(page, 'commune_avec_qpv', 'fabriques')).toMatch(/^0 %/);
    await page.close();
  });

  it('passes axe and is readable at 1280×800 and 390×844 (docs/screenshot-france-*.png)', async () => {
    for (const [viewport, file] of [[{ width: 1280, height: 800 }, 'desktop'], [{ width: 390, height: 844 }, 'phone']] as const) {
      const page = await open('?vue=france', viewport);
      await page.addScriptTag({ content: AXE });
      const result = (await page.evaluate(`axe.run(document.querySelector('.france-view'), { resultTypes: ['violations'] })`)) as { violations: { id: string; impact: string }[] };
      expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(overflow).toBe(false);
      await page.screenshot({ path: `docs/screenshot-france-${file}.png` });
      await page.close();
    }
  });
});
