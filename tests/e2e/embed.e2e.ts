// The map inside host pages' iframes (other origins): compact interface, host scroll, postMessage with allowed
// origins only, automatic height with the snippet's own host lines, and the page that builds the snippet.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_SCRIPT } from '../../src/app/snippet.ts';
import { allowedHostOrigin, frameIdle, launchBrowser, mapIdle, SCREENSHOTS, serveStatic } from './browser.ts';
import { countColour } from './pixels.ts';
import { branding } from './branding.ts';
import type { MapDebug } from '../../src/map/debug.ts';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
let browser: Browser;
let mapUrl: string;
/** A host page on the allowed origin, and the same page on an origin that is not allowed. */
let allowedHost: string;
let otherHost: string;
const servers: { close(): void }[] = [];

/** A host page that embeds the map, records every message it receives, and optionally has the snippet's host lines. */
function writeHostPage(dir: string, name: string, iframeSrc: string, { heightPx = 450, hostScript = false } = {}) {
  writeFileSync(
    join(dir, name),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Site d'une collectivité</title></head><body>
     <h1>Les lieux de notre territoire</h1><p>Texte de la page hôte.</p>
     <iframe src="${iframeSrc}" title="Carte des tiers-lieux labellisés" width="600" height="${heightPx}" style="border:0" data-carte-tiers-lieux></iframe>
     ${hostScript ? HOST_SCRIPT : ''}
     <div style="height:2000px">Suite de la page hôte.</div>
     <script>window.received = []; addEventListener('message', function (e) { window.received.push(e.data); });</script>
     </body></html>`,
  );
}

beforeAll(async () => {
  const map = await serveStatic('dist', { prefix: '/carte/' });
  mapUrl = map.url;
  const hostDir = mkdtempSync(join(tmpdir(), 'host-'));
  writeHostPage(hostDir, 'index.html', `${mapUrl}?embed=1&departement=23&verrou=1`);
  writeHostPage(hostDir, 'auto.html', `${mapUrl}?embed=1`, { hostScript: true });
  writeHostPage(hostDir, 'events.html', `${mapUrl}?embed=1`);
  const allowed = await serveStatic(hostDir, { port: allowedHostOrigin().port });
  const other = await serveStatic(hostDir);
  allowedHost = allowed.url;
  otherHost = other.url;
  servers.push(map.server, allowed.server, other.server);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const s of servers) s.close();
});

async function openHost(url: string, viewport = { width: 800, height: 700 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(url);
  await page.frameLocator('iframe').locator('html[data-places-ready="1"]').waitFor({ timeout: 60_000 });
  return page;
}

/** What a host page's script does: posts a message to the map in its iframe, addressed to the map's origin. */
const postToMap = (page: Page, message: unknown) =>
  page.evaluate(([m, origin]) => document.querySelector('iframe')!.contentWindow!.postMessage(m, origin as string), [message, new URL(mapUrl).origin] as const);

const received = (page: Page) => page.evaluate(() => (window as unknown as { received: { source?: string; type: string }[] }).received.filter((m) => m.source === 'carte-tiers-lieux'));

/** The frame's height in the host page, in CSS pixels. */
const iframeHeight = async (page: Page) => Math.round((await page.locator('iframe').boundingBox())!.height);

/**
 * Opens the list in a frame with automatic height: the frame grows with it and ends with no scroll inside. The list
 * may still grow as it lays out (fonts, late rows): each growth sends a new height, so the test waits for the frame
 * to settle, not for its first growth.
 */
async function expectListGrowsFrame(page: Page, frame: FrameLocator) {
  await frame.getByRole('button', { name: 'Liste' }).click();
  await expect.poll(() => iframeHeight(page), { timeout: 10_000 }).toBeGreaterThan(1500);
  const innerOverflow = () => frame.locator('html').evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  await expect.poll(innerOverflow, { timeout: 10_000 }).toBeLessThanOrEqual(1);
}

describe('embedding in an iframe', () => {
  it('draws the map in a 600×450 iframe of another site, compact, with the département and locked filters', async () => {
    const page = await openHost(allowedHost);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('button', { name: 'Chiffres : Creuse (23)' }).waitFor();
    await frameIdle(frame);
    const iframe = (await page.locator('iframe').boundingBox())!;
    const shot = await page.screenshot({ path: join(SCREENSHOTS, 'embed-iframe-600x450.png') });
    expect(countColour(shot, [0, 114, 178], 20, { x: Math.round(iframe.x), y: Math.round(iframe.y), width: 600, height: 450 })).toBeGreaterThan(50);
    const overflow = await frame.locator('html').evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    // The side panel is closed in embed mode; when opened, the filters are shown but locked.
    expect(await frame.locator('.panel').isVisible()).toBe(false);
    await frame.getByRole('button', { name: 'Filtres' }).click();
    expect(await frame.getByRole('checkbox', { name: /^France Services/ }).isDisabled()).toBe(true);
    // Without the host lines, the iframe keeps the height the host page gave it, whatever the content.
    await frame.getByRole('button', { name: 'Fermer les filtres' }).click();
    await frame.getByRole('button', { name: 'Liste' }).click();
    // The list is drawn before the frame's height is read.
    await frame.locator('li[role=option]').first().waitFor();
    await frame.locator('html').evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(iframe.height).toBe(450);
    expect((await page.locator('iframe').boundingBox())!.height).toBe(450);
    await page.close();
  });

  it('the mouse wheel over the embedded map scrolls the host page, not the map, and says how to zoom in French', async () => {
    const page = await openHost(allowedHost);
    const frame = page.frameLocator('iframe');
    const zoom = () => frame.locator('html').evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.view().zoom);
    const before = await zoom();
    const box = (await page.locator('iframe').boundingBox())!;
    // Over the map, above the département summary.
    await page.mouse.move(box.x + 300, box.y + 200);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    // A zoom by the wheel would have started by now; the map settles before its zoom is read.
    await frameIdle(frame);
    expect(await zoom()).toBe(before);
    expect(await frame.locator('.maplibregl-cooperative-gesture-screen').innerText()).toMatch(/Utilisez (Ctrl|⌘) \+ molette pour zoomer la carte/);
    await page.close();
  });

  it('with the snippet’s host lines, the iframe height follows the content, with no scrollbar inside the frame', async () => {
    const page = await openHost(`${allowedHost}auto.html`);
    const frame = page.frameLocator('iframe');
    await frame.locator('html.auto-height').waitFor();
    // On the map, the frame keeps the height the host page gave it.
    await expect.poll(() => iframeHeight(page)).toBeGreaterThanOrEqual(440);
    expect(await iframeHeight(page)).toBeLessThanOrEqual(470);
    // The list of places grows the frame instead of scrolling inside it.
    await expectListGrowsFrame(page, frame);
    await page.screenshot({ path: join(SCREENSHOTS, 'embed-auto-height-list.png') });
    // Back to the map, back to the first height.
    await frame.getByRole('button', { name: 'Carte' }).click();
    await expect.poll(() => iframeHeight(page), { timeout: 10_000 }).toBeLessThanOrEqual(470);
    expect((await received(page)).map((m) => m.type)).toContain('height');
    await page.close();
  });

  it('a host page on the allow-list selects a département by postMessage and hears of selections', async () => {
    const page = await openHost(`${allowedHost}events.html`);
    const frame = page.frameLocator('iframe');
    await postToMap(page, { type: 'select-departement', code: '2A' });
    await expect.poll(() => frame.locator('.departement-panel h2').innerText().catch(() => '')).toBe('Corse-du-Sud (2A)');
    await expect.poll(async () => (await received(page)).some((m) => m.type === 'departement-selected' && (m as { code?: string }).code === '2A')).toBe(true);
    expect((await received(page)).map((m) => m.type)).toContain('ready');
    await page.close();
  });

  it('a host page that is not on the allow-list can neither drive the map nor read it', async () => {
    const page = await openHost(`${otherHost}events.html`);
    const frame = page.frameLocator('iframe');
    // The frame has received the message (its own listener runs after the map's) and rendered since.
    await frame.locator('html').evaluate(() => {
      (window as unknown as { delivered: Promise<unknown> }).delivered = new Promise((done) => addEventListener('message', (e) => {
        if ((e.data as { type?: string } | null)?.type === 'select-departement') requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
      }));
    });
    await postToMap(page, { type: 'select-departement', code: '2A' });
    await frame.locator('html').evaluate(() => (window as unknown as { delivered: Promise<unknown> }).delivered);
    await frameIdle(frame);
    expect(await frame.locator('.departement-panel').count()).toBe(0);
    // It hears that the map is there (a message with nothing in it), and nothing of what the visitor selects.
    await frame.getByRole('button', { name: 'Liste' }).click();
    await frame.locator('li[role=option]').first().click();
    await expect.poll(() => frame.locator('.place-card h2').count()).toBe(1);
    expect((await received(page)).map((m) => m.type)).toEqual(['ready']);
    await page.close();
  });

  it('automatic height works on a site that is not on the allow-list, whose commands stay ignored', async () => {
    const page = await openHost(`${otherHost}auto.html`);
    const frame = page.frameLocator('iframe');
    await frame.locator('html.auto-height').waitFor();
    await expectListGrowsFrame(page, frame);
    // A command from this host reaches the frame (its own listener runs after the map's) and changes nothing.
    await frame.locator('html').evaluate(() => {
      (window as unknown as { delivered: Promise<unknown> }).delivered = new Promise((done) => addEventListener('message', (e) => {
        if ((e.data as { type?: string } | null)?.type === 'select-departement') requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
      }));
    });
    await postToMap(page, { type: 'select-departement', code: '2A' });
    await frame.locator('html').evaluate(() => (window as unknown as { delivered: Promise<unknown> }).delivered);
    expect(await frame.locator('.departement-panel').count()).toBe(0);
    expect(await frame.getByRole('heading', { name: /Corse-du-Sud/ }).count()).toBe(0);
    expect([...new Set((await received(page)).map((m) => m.type))].sort()).toEqual(['height', 'ready']);
    await page.screenshot({ path: join(SCREENSHOTS, 'integrator-auto-height-other-origin.png') });
    await page.close();
  });

  it('a Creuse embed frames the Creuse and lists its places, without overseas shortcuts; its figures open when asked (360×640)', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
    await page.goto(`${mapUrl}?embed=1&departement=23`);
    await page.waitForSelector('html[data-places-ready="1"]');
    const figures = page.getByRole('button', { name: 'Chiffres : Creuse (23)' });
    await figures.waitFor();
    await mapIdle(page);
    // The map is on the Creuse (bbox 1.37–2.61 E, 45.66–46.46 N), the statistics closed, no overseas buttons.
    const view = await page.evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.view());
    expect(view.lon).toBeGreaterThan(1.37);
    expect(view.lon).toBeLessThan(2.61);
    expect(view.lat).toBeGreaterThan(45.66);
    expect(view.lat).toBeLessThan(46.46);
    expect(view.zoom).toBeGreaterThan(7);
    expect(await page.locator('.departement-panel').count()).toBe(0);
    // Without its figures, the département's gap communes (numbered in the figures' list) are not drawn.
    const gapNames = () => page.evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.renderedNames(['gap-communes']));
    expect(await gapNames()).toEqual([]);
    expect(await page.getByRole('navigation', { name: 'Aller à un territoire' }).count()).toBe(0);
    expect(await page.locator('.visible-count').innerText()).toMatch(/^\d+ lieux \(Creuse\)$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(SCREENSHOTS, 'integrator-embed-360x640.png') });
    // The list is the Creuse's: its title says so, and every place is in the Creuse (23).
    await page.getByRole('button', { name: 'Liste' }).click();
    await expect.poll(() => page.locator('#liste-titre').innerText()).toMatch(/^\d+ lieux dans la Creuse$/);
    const metas = await page.locator('li[role=option] .place-meta').allInnerTexts();
    expect(metas.length).toBeGreaterThan(5);
    expect(metas[0]).toMatch(/\(23\)$/);
    expect(metas.filter((m) => !m.endsWith('(23)'))).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'integrator-embed-list-360x640.png') });
    // The figures open on request and close back to the button, the département still framing the list.
    await page.getByRole('button', { name: 'Carte' }).click();
    await figures.click();
    await expect.poll(() => page.locator('.departement-panel h2').innerText().catch(() => '')).toBe('Creuse (23)');
    await expect.poll(gapNames).not.toEqual([]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('departement-titre');
    await page.getByRole('button', { name: 'Fermer la fiche du département' }).click();
    await figures.waitFor();
    expect(page.url()).toContain('departement=23');
    await page.close();
  });

  it('panneau=1 opens the figures at once; an overseas embed keeps its shortcuts, in one list that fits 360 px', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
    await page.goto(`${mapUrl}?embed=1&departement=23&panneau=1`);
    await page.waitForSelector('html[data-places-ready="1"]');
    await expect.poll(() => page.locator('.departement-panel h2').innerText().catch(() => '')).toBe('Creuse (23)');
    await page.goto(`${mapUrl}?embed=1&departement=974`);
    await page.waitForSelector('html[data-places-ready="1"]');
    const shortcuts = page.getByRole('combobox', { name: 'Aller à un territoire' });
    await shortcuts.waitFor();
    const box = (await shortcuts.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360 - 48);
    await shortcuts.selectOption({ label: 'Guadeloupe' });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.view().lon), { timeout: 10_000 }).toBeLessThan(-60);
    await page.close();
  });

  for (const theme of ['dsfr', 'neutral'] as const) {
    it(`the embed in the ${theme} theme has no serious or critical axe violation, filters open or not`, async () => {
      const page = await browser.newPage({ viewport: { width: 600, height: 450 } });
      await page.goto(`${mapUrl}?embed=1&theme=${theme}&departement=23`);
      await page.waitForSelector('html[data-places-ready="1"]');
      await page.getByRole('button', { name: 'Chiffres : Creuse (23)' }).click();
      await page.locator('.departement-panel h2').waitFor();
      await page.addScriptTag({ content: AXE });
      const serious = async () => {
        const result = (await page.evaluate(`axe.run(document)`)) as { violations: { id: string; impact: string }[] };
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      };
      expect(await serious()).toEqual([]);
      await page.getByRole('button', { name: 'Filtres' }).click();
      expect(await serious()).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `embed-${theme}-filters-600x450.png`) });
      await page.close();
    });
  }

  it('the neutral theme shows nothing of the State: no marque, no Marianne, no State colours, no DSFR file', async () => {
    const page = await browser.newPage({ viewport: { width: 600, height: 450 } });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${mapUrl}?embed=1&theme=neutral&departement=23`);
    await page.waitForSelector('html[data-places-ready="1"]');
    await page.getByRole('button', { name: 'Filtres' }).click();
    await page.screenshot({ path: join(SCREENSHOTS, 'embed-neutral-600x450.png') });
    const b = await branding(page);
    expect(b.marque).toBe(0);
    expect(b.marianneFaces).toBe(0);
    expect(b.fontFamilies.filter((f) => /Marianne/i.test(f))).toEqual([]);
    expect(b.stateColoured).toEqual([]);
    expect(requested.filter((u) => /Marianne|theme-dsfr|dsfr/i.test(u))).toEqual([]);
    // The same page in the State theme does carry them: the checks above can fail.
    await page.goto(`${mapUrl}?embed=1&departement=23`);
    await page.waitForSelector('html[data-places-ready="1"]');
    const state = await branding(page);
    expect(state.fontFamilies.some((f) => /Marianne/.test(f))).toBe(true);
    expect(state.stateColoured.length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('the snippet builder page', () => {
  it('makes the iframe and element code from the choices', async () => {
    const page = await browser.newPage();
    await page.goto(`${mapUrl}integrer.html`);
    await page.locator('label[for="r-micro-folies"]').click();
    await page.getByLabel(/Département affiché/).fill('2a');
    await page.locator('label[for="verrou"]').click();
    await page.locator('label[for="theme-neutral"]').click();
    await page.locator('label[for="auto"]').click();
    const code = await page.getByLabel('Code HTML de la carte').inputValue();
    expect(code).toContain(`src="${mapUrl}?embed=1&amp;reseaux=france-services,fabriques,campus-connectes,manufactures&amp;departement=2A&amp;verrou=1&amp;theme=neutral"`);
    expect(code).toContain('title="Carte des tiers-lieux labellisés"');
    expect(code).toContain(HOST_SCRIPT);
    const element = await page.getByLabel(/code HTML de l’élément/).inputValue();
    expect(element).toContain(`<script type="module" src="${mapUrl}carte-tiers-lieux.js"></script>`);
    expect(element).toContain('<carte-tiers-lieux networks="france-services,fabriques,campus-connectes,manufactures" departement="2A" theme="neutral" filters="locked"');
    expect(await page.getByText('le cadre s’agrandit avec son contenu, sur n’importe quel site').count()).toBe(1);
    expect(await page.getByText(`réservé aux sites autorisés (${allowedHostOrigin().origin}).`).count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'builder-1280x720.png'), fullPage: true });
    await page.close();
  });

  it('says at once that « 999 » is no département and writes no code with it; reads « creuse »; flags a network without data', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // This build has every network: a places.json whose Manufactures export was missing shows the case.
    const raw = JSON.parse(readFileSync('dist/data/places.json', 'utf8')) as { networks: { id: string; present: boolean; count: number }[] };
    raw.networks = raw.networks.map((n) => (n.id === 'manufactures' ? { ...n, present: false, count: 0 } : n));
    await page.route('**/data/places.json', (route) => route.fulfill({ body: JSON.stringify(raw), contentType: 'application/json' }));
    await page.goto(`${mapUrl}integrer.html`);
    const manufactures = page.getByRole('checkbox', { name: /^Manufactures de proximité/ });
    await manufactures.waitFor();
    expect(await manufactures.isChecked()).toBe(false);
    expect(await page.locator('label[for="r-manufactures"]').innerText()).toContain('données non disponibles');
    expect(await page.getByRole('checkbox', { name: /^France Services/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Code HTML de la carte').inputValue()).toContain('?embed=1&amp;reseaux=france-services,fabriques,micro-folies,campus-connectes"');
    const field = page.getByLabel(/Département affiché/);
    await field.fill('999');
    const message = page.locator('#departement-message');
    await expect.poll(() => message.innerText()).toContain('« 999 » n’est pas un département');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toBe('departement-message');
    expect(await message.getAttribute('aria-live')).toBe('polite');
    expect(await page.getByLabel('Code HTML de la carte').count()).toBe(0);
    expect(await page.locator('iframe.preview').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'integrator-builder-1280x800.png') });
    await page.addScriptTag({ content: AXE });
    const result = (await page.evaluate(`axe.run(document)`)) as { violations: { id: string; impact: string }[] };
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    for (const [typed, code] of [['creuse', '23'], ['Côtes-d’Armor', '22']] as const) {
      await field.fill(typed);
      await expect.poll(() => message.innerText()).toMatch(new RegExp(`\\(${code}\\)$`));
      expect(await field.getAttribute('aria-invalid')).toBe('false');
      expect(await page.getByLabel('Code HTML de la carte').inputValue()).toContain(`departement=${code}`);
      expect(await page.getByLabel(/code HTML de l’élément/).inputValue()).toContain(`departement="${code}"`);
    }
    await page.close();
  });
});
