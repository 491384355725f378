// The map inside a host page's iframe (another origin), and the page that builds the snippet.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { launchBrowser, SCREENSHOTS, serveStatic } from './browser.ts';
import { countColour } from './pixels.ts';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
let browser: Browser;
let mapUrl: string;
let hostUrl: string;
const servers: { close(): void }[] = [];

beforeAll(async () => {
  const map = await serveStatic('dist', { prefix: '/carte/' });
  mapUrl = map.url;
  const hostDir = mkdtempSync(join(tmpdir(), 'host-'));
  writeFileSync(
    join(hostDir, 'index.html'),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Site d'une collectivité</title></head><body>
     <h1>Les lieux de notre territoire</h1><p>Texte de la page hôte.</p>
     <iframe src="${mapUrl}?embed=1&departement=23&verrou=1" title="Carte des tiers-lieux labellisés" width="600" height="450" style="border:0"></iframe>
     <div style="height:2000px">Suite de la page hôte.</div>
     </body></html>`,
  );
  const host = await serveStatic(hostDir, { prefix: '/' });
  hostUrl = host.url;
  servers.push(map.server, host.server);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const s of servers) s.close();
});

describe('embedding', () => {
  it('draws the map in a 600×450 iframe of another site, compact, with the département and locked filters', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 700 } });
    await page.goto(hostUrl);
    const frame = page.frameLocator('iframe');
    await frame.locator('html[data-places-ready="1"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => frame.locator('.departement-panel h2').innerText().catch(() => '')).toBe('Creuse (23)');
    await page.waitForTimeout(1500);
    const iframe = (await page.locator('iframe').boundingBox())!;
    const shot = await page.screenshot({ path: join(SCREENSHOTS, 'embed-iframe-600x450.png') });
    expect(countColour(shot, [0, 114, 178], 20, { x: Math.round(iframe.x), y: Math.round(iframe.y), width: 600, height: 450 })).toBeGreaterThan(50);
    const overflow = await frame.locator('html').evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    // The side panel is closed in embed mode; when opened, the filters are shown but locked.
    expect(await frame.locator('.panel').isVisible()).toBe(false);
    await frame.getByRole('button', { name: 'Filtres' }).click();
    expect(await frame.getByRole('checkbox', { name: /^France Services/ }).isDisabled()).toBe(true);
    await page.close();
  });

  it('the mouse wheel over the embedded map scrolls the host page, not the map, and says how to zoom in French', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 700 } });
    await page.goto(hostUrl);
    const frame = page.frameLocator('iframe');
    await frame.locator('html[data-places-ready="1"]').waitFor({ timeout: 60_000 });
    const zoom = () => frame.locator('html').evaluate(() => (window as unknown as { __carte: { map: { getZoom(): number } } }).__carte.map.getZoom());
    const before = await zoom();
    const box = (await page.locator('iframe').boundingBox())!;
    // Over the map, above the département panel (which scrolls on its own).
    await page.mouse.move(box.x + 300, box.y + 130);
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    expect(await zoom()).toBe(before);
    expect(await frame.locator('.maplibregl-cooperative-gesture-screen').innerText()).toMatch(/Utilisez (Ctrl|⌘) \+ molette pour zoomer la carte/);
    await page.close();
  });

  it('the embed has no serious or critical axe violation', async () => {
    const page = await browser.newPage({ viewport: { width: 600, height: 450 } });
    await page.goto(`${mapUrl}?embed=1`);
    await page.waitForSelector('html[data-places-ready="1"]');
    await page.addScriptTag({ content: AXE });
    const result = (await page.evaluate(`axe.run(document)`)) as { violations: { id: string; impact: string }[] };
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.close();
  });

  it('the builder page makes a snippet from the choices', async () => {
    const page = await browser.newPage();
    await page.goto(`${mapUrl}integrer.html`);
    await page.getByLabel('Micro-Folies').uncheck();
    await page.getByLabel(/Département affiché/).fill('2a');
    await page.getByLabel('Empêcher les visiteurs de changer les filtres').check();
    const code = await page.getByLabel('Code HTML de la carte').inputValue();
    expect(code).toContain(`src="${mapUrl}?embed=1&amp;reseaux=france-services,fabriques,campus-connectes,manufactures&amp;departement=2A&amp;verrou=1"`);
    expect(code).toContain('title="Carte des tiers-lieux labellisés"');
    await page.close();
  });
});
