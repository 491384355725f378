// <carte-tiers-lieux> on another site's page, under that site's strict CSP: drawn, isolated both ways, scrolling the
// page, driven by its attribute, accessible in both themes, and usable when WebGL goes away.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elementIdle, launchBrowser, SCREENSHOTS, serveStatic } from './browser.ts';
import { buildElementSnippet } from '../../src/app/snippet.ts';
import { NETWORK_IDS } from '../../src/domain/networks.ts';
import { CROSS_SITE_MESSAGE } from '../../src/app/load.ts';
import { countColour } from './pixels.ts';
import { branding } from './branding.ts';
import type { MapDebug } from '../../src/map/debug.ts';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const FS_BLUE: [number, number, number] = [0, 114, 178];
let browser: Browser;
let hostUrl: string;
let plainHostUrl: string;
let mapUrl: string;
const servers: { close(): void }[] = [];

/** A host page with its own intrusive styles and a page script that records the element's events. */
function writeHostPage(dir: string, name: string, mapUrl: string, attributes: string) {
  writeFileSync(
    join(dir, name),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Site d'une collectivité</title>
     <link rel="stylesheet" href="host.css"></head><body>
     <h1>Les lieux de notre territoire</h1>
     <p class="note" id="host-note">Une note du site hôte.</p>
     <button type="button" class="fr-btn" id="host-button">Un bouton du site hôte</button>
     <carte-tiers-lieux ${attributes}></carte-tiers-lieux>
     <div class="tall">Suite de la page hôte.</div>
     <script src="host.js"></script>
     <script type="module" src="${mapUrl}carte-tiers-lieux.js"></script>
     </body></html>`,
  );
}

beforeAll(async () => {
  // Module scripts, data and styles from another site need CORS: the map's site sends it (README).
  const map = await serveStatic('dist', { prefix: '/carte/', headers: { 'access-control-allow-origin': '*' } });
  mapUrl = map.url;
  const mapOrigin = new URL(map.url).origin;
  const dir = mkdtempSync(join(tmpdir(), 'element-host-'));
  writeFileSync(
    join(dir, 'host.css'),
    `body { font-family: Georgia, serif; color: rgb(74, 20, 140); letter-spacing: 3px; }
     .note, .panel { border: 2px solid rgb(74, 20, 140); } .fr-btn, button { background: rgb(255, 213, 79); }
     carte-tiers-lieux { display: block; height: 520px; width: 760px; } .tall { height: 2000px; }`,
  );
  writeFileSync(join(dir, 'host.js'), `window.events = []; addEventListener('departement-selected', function (e) { window.events.push(e.detail); });`);
  writeHostPage(dir, 'neutral.html', map.url, 'networks="france-services,fabriques" departement="23" theme="neutral"');
  writeHostPage(dir, 'dsfr.html', map.url, '');
  writeFileSync(
    join(dir, 'two.html'),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Deux cartes</title><link rel="stylesheet" href="host.css"></head><body>
     <carte-tiers-lieux id="first" departement="23" theme="neutral"></carte-tiers-lieux>
     <carte-tiers-lieux id="second" departement="2A" theme="neutral"></carte-tiers-lieux>
     <script type="module" src="${map.url}carte-tiers-lieux.js"></script></body></html>`,
  );
  // The policy a host site needs, as the README gives it: only the map's site besides its own.
  const csp = [
    "default-src 'self'", `script-src 'self' ${mapOrigin}`, "style-src 'self'", `connect-src ${mapOrigin}`,
    `img-src 'self' data: blob: ${mapOrigin}`, `font-src ${mapOrigin}`,
    // Module workers fetch their whole module graph as workers: the map's scripts, through MapLibre's and our blob.
    `worker-src blob: ${mapOrigin}`,
  ].join('; ');
  const host = await serveStatic(dir, { headers: { 'content-security-policy': csp } });
  hostUrl = host.url;
  // The map's site without any CORS header, and one that sends it for its scripts and styles but not its data.
  const noCors = await serveStatic('dist', { prefix: '/carte/' });
  const dataNoCors = await serveStatic('dist', { prefix: '/carte/', headers: (path): Record<string, string> => (path.includes('/data/') ? {} : { 'access-control-allow-origin': '*' }) });
  const snippet = (scriptUrl: string) => buildElementSnippet(scriptUrl, { networks: [...NETWORK_IDS], departement: '23', filtersLocked: false, panelOpen: false, theme: 'neutral', autoHeight: false, widthPx: 800, heightPx: 400 });
  for (const [name, url] of [['no-cors.html', noCors.url], ['data-no-cors.html', dataNoCors.url]] as const) {
    writeFileSync(
      join(dir, name),
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Site d'une collectivité</title></head><body>
       <h1>Les lieux de notre territoire</h1>${snippet(`${url}carte-tiers-lieux.js`)}<p>Suite de la page hôte.</p></body></html>`,
    );
  }
  // These host pages have no CSP: the point is the map's server.
  const plainHost = await serveStatic(dir);
  plainHostUrl = plainHost.url;
  servers.push(map.server, host.server, noCors.server, dataNoCors.server, plainHost.server);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const s of servers) s.close();
});

async function open(name: string): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  page.on('pageerror', (e) => violations.push(e.message));
  await page.goto(hostUrl + name);
  await page.locator('carte-tiers-lieux[data-places-ready="1"]').waitFor({ timeout: 60_000 });
  return { page, violations };
}

const zoom = (page: Page) => page.evaluate(() => (document.querySelector('carte-tiers-lieux') as unknown as { debug: MapDebug }).debug.view().zoom);

describe('the custom element on another site', () => {
  it('draws the chosen networks and département under the host’s strict CSP, with no violation', async () => {
    const { page, violations } = await open('neutral.html');
    await page.locator('carte-tiers-lieux').getByRole('button', { name: 'Chiffres : Creuse (23)' }).waitFor();
    await elementIdle(page);
    const box = (await page.locator('carte-tiers-lieux').boundingBox())!;
    const shot = await page.screenshot({ path: join(SCREENSHOTS, 'element-neutral-1000x700.png') });
    expect(countColour(shot, FS_BLUE, 20, { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) })).toBeGreaterThan(50);
    await page.locator('carte-tiers-lieux').getByRole('button', { name: 'Filtres' }).click();
    expect(await page.locator('carte-tiers-lieux').getByRole('checkbox', { name: /^France Services/ }).isChecked()).toBe(true);
    expect(await page.locator('carte-tiers-lieux').getByRole('checkbox', { name: /^Manufactures de proximité/ }).isChecked()).toBe(false);
    // « More room » leads to the map's own site, not to a page of the host's.
    const full = await page.locator('carte-tiers-lieux').getByRole('link', { name: /Ouvrir la carte en grand/ }).getAttribute('href');
    expect(full).toBe(`${mapUrl}?theme=neutral&reseaux=france-services,fabriques&departement=23`);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('keeps its styles in, and the host page’s out', async () => {
    const { page } = await open('neutral.html');
    const styles = await page.evaluate(() => {
      const shadow = document.querySelector('carte-tiers-lieux')!.shadowRoot!;
      const inMap = (selector: string) => getComputedStyle(shadow.querySelector(selector)!);
      return {
        hostNote: getComputedStyle(document.getElementById('host-note')!).borderTopColor,
        hostButton: getComputedStyle(document.getElementById('host-button')!).backgroundColor,
        hostButtonFont: getComputedStyle(document.getElementById('host-button')!).fontSize,
        mapFont: inMap('.app').fontFamily,
        mapSpacing: inMap('.app').letterSpacing,
        mapText: inMap('.app').color,
        mapButton: inMap('.toolbar .fr-btn[aria-pressed="true"]').backgroundColor,
        mapPanelBorder: inMap('.panel').borderTopWidth,
      };
    });
    // The host's rules stay on the host's elements…
    expect(styles.hostNote).toBe('rgb(74, 20, 140)');
    expect(styles.hostButton).toBe('rgb(255, 213, 79)');
    // …and the map's on the map's: its font, colour and buttons, not the host's serif, purple, spacing or yellow.
    expect(styles.mapFont).toMatch(/^system-ui/);
    expect(styles.mapSpacing).toBe('normal');
    expect(styles.mapText).toBe('rgb(31, 35, 40)');
    expect(styles.mapButton).toBe('rgb(11, 85, 99)');
    expect(styles.mapPanelBorder).not.toBe('2px');
    await page.close();
  });

  it('the mouse wheel over the map scrolls the host page, not the map', async () => {
    const { page } = await open('neutral.html');
    const before = await zoom(page);
    const box = (await page.locator('carte-tiers-lieux').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    // A zoom by the wheel would have started by now; the map settles before its zoom is read.
    await elementIdle(page);
    expect(await zoom(page)).toBe(before);
    await page.close();
  });

  it('follows its departement attribute and tells the page with a DOM event', async () => {
    const { page } = await open('neutral.html');
    await page.locator('carte-tiers-lieux').getByRole('button', { name: 'Chiffres : Creuse (23)' }).waitFor();
    await page.evaluate(() => document.querySelector('carte-tiers-lieux')!.setAttribute('departement', '2A'));
    await expect.poll(() => page.locator('carte-tiers-lieux .departement-panel h2').innerText().catch(() => '')).toBe('Corse-du-Sud (2A)');
    await expect.poll(() => page.evaluate(() => (window as unknown as { events: { code: string }[] }).events.map((e) => e.code))).toContain('2A');
    await page.close();
  });

  for (const theme of ['neutral', 'dsfr'] as const) {
    it(`in the ${theme} theme, passes axe with no serious or critical violation and shows ${theme === 'dsfr' ? 'the State design' : 'nothing of the State'}`, async () => {
      const { page } = await open(`${theme}.html`);
      // axe is evaluated, not injected as a script tag: the host's CSP forbids inline scripts.
      await page.evaluate(AXE);
      const serious = async () => {
        const result = (await page.evaluate(`axe.run(document.querySelector('carte-tiers-lieux'))`)) as { violations: { id: string; impact: string }[] };
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      };
      expect(await serious()).toEqual([]);
      await page.locator('carte-tiers-lieux').getByRole('button', { name: 'Filtres' }).click();
      expect(await serious()).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `element-${theme}-filters-1000x700.png`) });
      const b = await branding(page, 'carte-tiers-lieux');
      if (theme === 'neutral') {
        expect(b.marianneFaces).toBe(0);
        expect(b.stateColoured).toEqual([]);
        expect(b.fontFamilies.filter((f) => /Marianne/.test(f))).toEqual([]);
      } else {
        await expect.poll(() => page.evaluate(() => [...document.fonts].some((f) => f.family === 'Marianne' && f.status === 'loaded'))).toBe(true);
        expect(b.fontFamilies.some((f) => /^Marianne/.test(f))).toBe(true);
        expect(b.stateColoured.length).toBeGreaterThan(0);
      }
      await page.close();
    });
  }

  it('two maps on one page work side by side and share one stylesheet download', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
    const stylesheets: string[] = [];
    page.on('request', (r) => /theme-[a-z]+-.*\.css/.test(r.url()) && stylesheets.push(r.url()));
    await page.goto(`${hostUrl}two.html`);
    await page.locator('#first[data-places-ready="1"]').waitFor({ timeout: 60_000 });
    await page.locator('#second[data-places-ready="1"]').waitFor({ timeout: 60_000 });
    await page.locator('#first').getByRole('button', { name: 'Chiffres : Creuse (23)' }).waitFor();
    await page.locator('#second').getByRole('button', { name: 'Chiffres : Corse-du-Sud (2A)' }).waitFor();
    expect(stylesheets).toHaveLength(1);
    await page.close();
  });

  it('when the WebGL context is lost, shows the list with a message instead of a blank frame', async () => {
    const { page } = await open('neutral.html');
    await page.evaluate(() => (document.querySelector('carte-tiers-lieux') as unknown as { debug: MapDebug }).debug.loseContext());
    const element = page.locator('carte-tiers-lieux');
    await expect.poll(() => element.getByRole('alert').first().innerText().catch(() => '')).toContain('contexte graphique perdu');
    expect(await element.locator('li[role=option]').count()).toBeGreaterThan(10);
    // The list still works: a place opens its card.
    await element.getByRole('listbox').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => element.locator('.place-card h2').count()).toBe(1);
    await page.close();
  });

  it('when the map’s server sends no CORS header, the element still says why in its box, with a link to the map', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    const refused = page.waitForEvent('requestfailed', { predicate: (r) => r.url().endsWith('carte-tiers-lieux.js') });
    await page.goto(`${plainHostUrl}no-cors.html`);
    // The browser refuses the module script: no code of the map runs, the element stays undefined.
    await refused;
    expect(await page.evaluate(() => customElements.get('carte-tiers-lieux'))).toBeUndefined();
    const element = page.locator('carte-tiers-lieux');
    expect(await element.innerText()).toContain('le serveur de la carte doit autoriser ce site (CORS)');
    const box = (await element.boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.height).toBeGreaterThan(20);
    expect(await element.getByRole('link', { name: 'Ouvrir la carte sur son site' }).getAttribute('href')).toMatch(/\/carte\/\?departement=23&theme=neutral$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'integrator-element-no-cors.png') });
    await page.close();
  });

  it('when the script loads but the data is refused for want of CORS, the element says so itself, visibly', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(`${plainHostUrl}data-no-cors.html`);
    const element = page.locator('carte-tiers-lieux');
    await expect.poll(() => element.getByRole('alert').innerText().catch(() => ''), { timeout: 30_000 }).toBe(CROSS_SITE_MESSAGE);
    // The fallback text of the snippet is covered by the element's own message.
    expect(await element.getByText('Chargement de la carte des tiers-lieux').isVisible()).toBe(false);
    const box = (await element.getByRole('alert').boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.height).toBeGreaterThan(10);
    await page.screenshot({ path: join(SCREENSHOTS, 'integrator-element-data-no-cors.png') });
    await page.close();
  });
});
