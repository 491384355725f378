// Automated accessibility checks (axe-core) and a keyboard-only path through the page.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, seriousViolations, useSite, waitForMap } from './browser.ts';
import { changedPixels } from './pixels.ts';
import type { MapDebug } from '../../src/map/debug.ts';

const site = useSite();

async function open(search = '', viewport = { width: 1280, height: 800 }, reducedMotion: 'reduce' | 'no-preference' = 'no-preference') {
  const page = await site.browser.newPage({ viewport, reducedMotion });
  await page.goto(site.url + search);
  await waitForMap(page);
  await page.waitForSelector('html[data-places-ready="1"]');
  return page;
}

interface Stop {
  tag: string;
  name: string;
  /** Pixels that change around the element when it gets the focus. */
  changed: number;
}

/** Tabs through the page; for each stop, compares its surroundings focused and not focused. */
async function tabThrough(page: Page, maxStops: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  const seen = new Set<unknown>();
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement as (HTMLElement & { labels?: NodeListOf<HTMLLabelElement> }) | null;
      if (!el || el === document.body) return null;
      (window as unknown as { __focused: Element }).__focused = el;
      const r = el.getBoundingClientRect();
      const name = el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '';
      return { tag: el.tagName.toLowerCase(), name: name.trim().replace(/\s+/g, ' ').slice(0, 50), key: `${el.tagName}|${el.id}|${name}|${r.x}|${r.y}`, box: { x: r.x, y: r.y, width: r.width, height: r.height } };
    });
    if (!f || seen.has(f.key)) break;
    seen.add(f.key);
    const viewport = page.viewportSize()!;
    const x = Math.max(0, Math.floor(f.box.x - 6));
    const y = Math.max(0, Math.floor(f.box.y - 6));
    const clip = { x, y, width: Math.min(viewport.width - x, Math.ceil(f.box.width + 12)), height: Math.min(viewport.height - y, Math.ceil(f.box.height + 12)) };
    const focusedShot = await page.screenshot({ clip });
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    const blurredShot = await page.screenshot({ clip });
    await page.evaluate(() => (window as unknown as { __focused: HTMLElement }).__focused.focus());
    stops.push({ tag: f.tag, name: f.name, changed: changedPixels(focusedShot, blurredShot) });
  }
  return stops;
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
    const option = await page.locator('[role=option].active').getAttribute('id');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.place-card h2').innerText().catch(() => '')).toBe(name);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fiche-titre');
    await page.screenshot({ path: join(SCREENSHOTS, 'card-keyboard-1280x800.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.place-card').count()).toBe(0);
    // Back to the list, on the item that opened the card.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-activedescendant'))).toBe(option);
    await page.close();
  });

  it('a keyboard user tabs through the page in reading order and always sees where the focus is', async () => {
    const page = await open('?departement=23');
    await page.locator('.departement-panel h2').waitFor();
    await page.mouse.move(1, 1);
    const stops = await tabThrough(page, 90);
    const at = (name: string | RegExp, tag?: string) => stops.findIndex((s) => (typeof name === 'string' ? s.name === name : name.test(s.name)) && (!tag || s.tag === tag));
    // Skip links first, then the header, the search, the view buttons, the map and its controls, the figures, the filters.
    const order = [
      at('Aller au contenu'), at('Intégrer la carte sur votre site'), at('Trouver un lieu près de chez moi'), at('Carte', 'button'),
      at('Métropole'), at('Afficher en plein écran'), at('Zoomer'), at('Fermer la fiche du département'), at(/^France Services/),
      at('Colorer les départements'),
    ];
    expect(order.every((i) => i >= 0), JSON.stringify(stops.map((s) => s.name))).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Every stop shows a focus ring (DSFR draws the checkboxes' on their label: pixels, not styles, are checked).
    expect(stops.filter((s) => s.changed < 20).map((s) => `${s.tag} ${s.name}`)).toEqual([]);
    expect(stops.length).toBeGreaterThan(30);
    await page.close();
  });

  it('Escape closes the filter panel and the département figures, and the focus goes back where it makes sense', async () => {
    const phone = await open('', { width: 360, height: 640 });
    await phone.getByRole('button', { name: 'Filtres' }).click();
    expect(await phone.evaluate(() => document.activeElement?.id)).toBe('panneau');
    await phone.keyboard.press('Tab');
    await phone.keyboard.press('Escape');
    await expect.poll(() => phone.locator('#panneau').isVisible()).toBe(false);
    // The focus comes back once the page behind is no longer inert (an effect after the drawer closes).
    await expect.poll(() => phone.evaluate(() => document.activeElement?.textContent)).toBe('Filtres');
    await phone.close();

    const page = await open('?departement=23');
    await page.getByRole('button', { name: 'Exporter les chiffres (CSV)' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.departement-panel').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
    await page.close();
  });

  it('the map’s controls are reached with the keyboard, named in French, and work from the keyboard', async () => {
    const page = await open();
    const controls = await page.locator('.maplibregl-ctrl button, .maplibregl-ctrl summary').evaluateAll((els) =>
      els.map((el) => ({ label: el.getAttribute('aria-label') ?? el.getAttribute('title'), tabbable: (el as HTMLElement).tabIndex >= 0 })),
    );
    expect(controls).toEqual([
      { label: 'Afficher en plein écran', tabbable: true },
      { label: 'Zoomer', tabbable: true },
      { label: 'Dézoomer', tabbable: true },
      { label: 'Afficher ou masquer les sources', tabbable: true },
    ]);
    const zoom = () => page.evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.view().zoom);
    const before = await zoom();
    await page.getByRole('button', { name: 'Zoomer', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(zoom).toBeGreaterThan(before + 0.5);
    // The map itself takes the focus and moves with the arrow keys.
    await page.locator('.maplibregl-canvas').focus();
    const centre = () => page.evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.view().lon);
    const west = await centre();
    await page.keyboard.press('ArrowRight');
    await expect.poll(centre).toBeGreaterThan(west);
    expect(await page.locator('.maplibregl-canvas').getAttribute('aria-label')).toBe('Carte');
    await page.close();
  });

  it('with reduced motion asked for, the map jumps instead of flying; otherwise it moves smoothly', async () => {
    for (const [motion, moving] of [['reduce', false], ['no-preference', true]] as const) {
      const page = await open('', { width: 1280, height: 800 }, motion);
      await page.getByRole('button', { name: 'La Réunion' }).click();
      const state = await page.evaluate(() => {
        const map = (window as unknown as { __carte: MapDebug }).__carte;
        return { moving: map.isMoving(), lat: map.view().lat };
      });
      expect(state.moving).toBe(moving);
      if (!moving) expect(state.lat).toBeLessThan(-20);
      await page.close();
    }
  });

  it('with the département figures and the nearest places open, the page has no serious or critical axe violation', async () => {
    const page = await open('?departement=23&commune=23096');
    await page.locator('.departement-panel .gaps li').first().waitFor();
    await page.locator('.nearest-list li').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
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
