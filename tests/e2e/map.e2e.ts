// The map as a person sees it: places drawn, filters, URL state, place card, list view, screenshots.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeDetails } from '../../src/domain/details-file.ts';
import { parseDayHours } from '../../src/domain/hours.ts';
import { decodePlaces } from '../../src/domain/places-file.ts';
import { mapIdle, SCREENSHOTS, useSite, waitForMap } from './browser.ts';
import { countColour } from './pixels.ts';
import type { MapDebug } from '../../src/map/debug.ts';

const FS_BLUE: [number, number, number] = [0, 114, 178];
const FABRIQUE_ORANGE: [number, number, number] = [230, 159, 0];
const { places } = decodePlaces(JSON.parse(readFileSync('dist/data/places.json', 'utf8')));
const countOf = (network: string) => places.filter((p) => p.network === network).length;

const site = useSite({ prefix: '/carte/' });

async function open(search = '', viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await site.browser.newPage({ viewport });
  const failures: string[] = [];
  page.on('pageerror', (e) => failures.push(e.message));
  // Offline: any request that leaves 127.0.0.1 fails the test.
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
    failures.push(`external request ${route.request().url()}`);
    return route.abort();
  });
  await page.goto(site.url + search);
  await waitForMap(page);
  await page.waitForSelector('html[data-places-ready="1"]');
  await mapIdle(page);
  expect(failures).toEqual([]);
  return page;
}

/** The map's area on the screen: pixels are counted there, not on the legend's markers. */
async function mapClip(page: Page) {
  const box = (await page.locator('.map').boundingBox())!;
  return { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
}

function legendCount(page: Page, label: string) {
  return page.locator('fieldset', { hasText: 'Réseaux' }).locator('li', { hasText: label }).locator('.count').innerText();
}

const fr = (n: number) => new Intl.NumberFormat('fr-FR').format(n);

describe('the map', () => {
  it('draws every network present in the data, with no request leaving the machine', async () => {
    const page = await open();
    const shot = await page.screenshot({ path: join(SCREENSHOTS, 'map-desktop-1280x800.png') });
    expect(countColour(shot, FS_BLUE, 20, await mapClip(page))).toBeGreaterThan(5000);
    expect(countColour(shot, FABRIQUE_ORANGE, 20, await mapClip(page))).toBeGreaterThan(200);
    expect(await legendCount(page, 'France Services')).toBe(fr(countOf('france-services')));
    await page.close();
  });

  it('switching France Services off removes its count from the legend and its markers from the map', async () => {
    const page = await open();
    const before = countColour(await page.screenshot(), FS_BLUE, 20, await mapClip(page));
    // The DSFR draws the box on the label: a person clicks the label.
    await page.locator('label[for="reseau-france-services"]').click();
    expect(await page.getByLabel('France Services').isChecked()).toBe(false);
    await mapIdle(page);
    const after = countColour(await page.screenshot(), FS_BLUE, 20, await mapClip(page));
    expect(after).toBeLessThan(before / 20);
    expect(page.url()).toContain('reseaux=');
    expect(await legendCount(page, 'France Services')).toBe(`0 / ${fr(countOf('france-services'))}`);
    // The legend keeps showing how many places the network has under the other filters.
    expect(await page.locator('.visible-count').innerText()).toContain(`${fr(places.length - countOf('france-services'))} lieux`);
    await page.close();
  });

  it('applies a filter given in the URL and keeps it in the form', async () => {
    const inQpv = places.filter((p) => p.qpvCommune === true);
    const page = await open('?qpv=in&densite=1');
    const kept = inQpv.filter((p) => p.densityClass === 1).length;
    expect(await page.getByLabel('Commune comprenant un QPV').isChecked()).toBe(true);
    expect(await page.locator('.visible-count').innerText()).toContain(`${fr(kept)} lieux`);
    await page.close();
  });

  it('clicking a place opens its card, and the link reproduces the selection', async () => {
    const target = places.find((p) => p.network === 'france-services' && p.communeCode === '23096') ?? places[0]!;
    const page = await open(`?vue=13/${target.lat}/${target.lon}`);
    const box = await page.locator('.map').boundingBox();
    const { x, y } = await page.evaluate((id) => (window as unknown as { __carte: MapDebug }).__carte.project(id), target.id);
    await page.mouse.click(box!.x + x, box!.y + y);
    await expect.poll(() => page.locator('.place-card h2').innerText().catch(() => '')).toBe(target.name);
    await page.locator('.place-card').getByText('Horaires d’ouverture').or(page.locator('.place-card dt').first()).first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'card-desktop-1280x800.png') });
    const link = page.url();
    expect(link).toContain(`lieu=${target.id}`);
    const copy = await open(new URL(link).search);
    expect(await copy.locator('.place-card h2').innerText()).toBe(target.name);
    await page.goBack();
    await expect.poll(() => page.locator('.place-card').count()).toBe(0);
    await copy.close();
    await page.close();
  });

  it('a link with an unknown network keeps every network and says in one line what it ignored', async () => {
    const page = await open('?reseaux=foo');
    await expect.poll(() => page.locator('.link-notice').innerText().catch(() => '')).toBe('Le lien contenait une valeur inconnue, ignorée : reseaux=foo.');
    expect(await page.getByLabel('France Services').isChecked()).toBe(true);
    expect(await page.locator('.visible-count').innerText()).toContain(`${fr(places.length)} lieux`);
    await page.screenshot({ path: join(SCREENSHOTS, 'link-unknown-network-1280x800.png') });
    await page.close();
  });

  it('the keyboard reaches the views (Carte, Liste…) right after the search, before the filters', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Autour de moi' }).focus();
    const reached: string[] = [];
    for (let i = 0; i < 40 && !reached.includes('Liste'); i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.closest('.panel') ? 'filtre' : (el?.innerText ?? '').trim();
      }));
    }
    expect(reached).toContain('Liste');
    expect(reached.slice(0, reached.indexOf('Liste'))).not.toContain('filtre');
    await page.close();
  });

  it('a card says whether the place is open now, on the place’s clock, and tells a closed day from one not given', async () => {
    const details = decodeDetails(JSON.parse(readFileSync('dist/data/place-details/23.json', 'utf8')));
    // A France Services of the Creuse open on Monday at 10:00 and saying nothing of Sunday.
    const target = places.find((p) => {
      const week = details[p.id]?.hours;
      const monday = week && parseDayHours(week[0] ?? null).periods.find((q) => q.open <= '10:00' && '10:00' < q.close);
      return p.departementCode === '23' && monday && !week[6];
    })!;
    const close = parseDayHours(details[target.id]!.hours![0]!).periods.find((q) => q.open <= '10:00' && '10:00' < q.close)!.close;
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    // Monday 7 December 2026, 10:00 in Paris (09:00 UTC): the visitor's own time zone must not matter.
    await page.clock.setFixedTime(new Date('2026-12-07T09:00:00Z'));
    await page.goto(`${site.url}?lieu=${target.id}`);
    await expect.poll(() => page.locator('.place-card .open-now').innerText().catch(() => '')).toBe(`Ouvert maintenant, jusqu’à ${close.replace(':', ' h ')}`);
    expect(await page.locator('.place-card .hours tr', { hasText: 'Dimanche' }).locator('td').innerText()).toBe('non renseigné');
    await page.screenshot({ path: join(SCREENSHOTS, 'card-open-now-1280x800.png') });
    await page.close();
  });

  it('a partial list says so in the legend and the list, and a transcribed place shows the page it comes from', async () => {
    const { meta } = decodePlaces(JSON.parse(readFileSync('dist/data/places.json', 'utf8')));
    const mf = meta.networks.find((n) => n.id === 'micro-folies')!;
    const page = await open('?reseaux=micro-folies');
    await expect.poll(() => page.locator('#reseau-micro-folies-partiel').innerText()).toBe(`${fr(mf.count)} lieux recensés sur environ ${fr(mf.expected!.total)} (liste partielle)`);
    expect(await page.locator('#reseau-france-services-partiel').count()).toBe(0);
    await page.getByRole('button', { name: 'Liste' }).click();
    await expect.poll(() => page.locator('.place-list .partial-lists').innerText()).toContain('Micro-Folies : ');
    const melun = places.find((p) => p.name === 'Micro-Folie de Melun')!;
    const card = await open(`?lieu=${melun.id}`);
    const source = card.locator('.place-card dt', { hasText: 'Source' });
    await source.waitFor();
    expect(await card.locator('.place-card dt:has-text("Source") + dd a').getAttribute('href')).toMatch(/^https:\/\//);
    await card.screenshot({ path: join(SCREENSHOTS, 'card-transcribed-1280x800.png') });
    await card.close();
    await page.close();
  });

  it('in the neutral theme, a partial list’s note sits under its network, not over its name and count', async () => {
    const page = await open('?theme=neutral');
    const label = (await page.locator('label[for="reseau-micro-folies"]').boundingBox())!;
    const note = (await page.locator('#reseau-micro-folies-partiel').boundingBox())!;
    expect(note.y).toBeGreaterThanOrEqual(label.y + label.height - 1);
    await page.close();
  });

  it('a collectivité with places has its shortcut, and its places are drawn there', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Polynésie française' }).click();
    await waitForMap(page);
    await expect.poll(async () => countColour(await page.screenshot({ clip: await mapClip(page) }), [0, 158, 115]), { timeout: 20_000 }).toBeGreaterThan(20);
    await page.close();
  });

  it('the list view lists as many places as the legend counts, and Enter shows one on the map', async () => {
    const page = await open('?reseaux=fabriques,manufactures');
    expect(await legendCount(page, 'France Services')).toMatch(/^0 \/ /);
    const legendTotal = [await legendCount(page, 'Fabriques de territoire'), await legendCount(page, 'Manufactures de proximité')]
      .map((s) => Number(s.replace(/\s/g, '')))
      .reduce((a, b) => a + b, 0);
    await page.getByRole('button', { name: 'Liste' }).click();
    await expect.poll(() => page.locator('#liste-titre').innerText()).toBe(`${fr(legendTotal)} lieux`);
    let rows = await page.locator('li[role=option]').count();
    while (await page.getByRole('button', { name: /Afficher \d+ lieux de plus/ }).count()) {
      await page.getByRole('button', { name: /Afficher \d+ lieux de plus/ }).click();
      rows = await page.locator('li[role=option]').count();
    }
    expect(rows).toBe(legendTotal);
    await page.getByRole('listbox').focus();
    await page.keyboard.press('ArrowDown');
    const name = await page.locator('[role=option].active .place-name').innerText();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.place-card h2').innerText().catch(() => '')).toBe(name);
    expect(await page.locator('.map-wrap').isVisible()).toBe(true);
    await page.close();
  });

  it('when the WebGL context is lost, the page shows the list with a message, never a blank frame', async () => {
    const page = await open();
    await page.evaluate(() => (window as unknown as { __carte: MapDebug }).__carte.loseContext());
    await expect.poll(() => page.getByRole('alert').first().innerText().catch(() => '')).toContain('contexte graphique perdu');
    expect(await page.locator('li[role=option]').count()).toBeGreaterThan(10);
    await page.screenshot({ path: join(SCREENSHOTS, 'context-lost-1280x800.png') });
    await page.close();
  });

  it('a malformed link still shows the map, and the console says what was ignored', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const warnings: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}?embed=2&theme=rose&reseaux=foo,france-services&vue=abc&qpv=peut-etre&verrou=<b>&departement=99`);
    await page.waitForSelector('html[data-places-ready="1"]');
    const shot = await page.screenshot();
    expect(countColour(shot, FS_BLUE, 20, await mapClip(page))).toBeGreaterThan(500);
    expect(errors).toEqual([]);
    for (const name of ['embed=2', 'theme=rose', 'reseaux', 'qpv=peut-etre', 'verrou=<b>']) expect(warnings.join('\n')).toContain(name);
    await expect.poll(() => page.getByRole('alert').first().innerText().catch(() => '')).toContain('Département « 99 » inconnu');
    await page.close();
  });

  it('is usable on a 360×640 phone: the filters open from a button', async () => {
    const page = await open('', { width: 360, height: 640 });
    await page.screenshot({ path: join(SCREENSHOTS, 'map-mobile-360x640.png') });
    const shot = await page.screenshot();
    expect(countColour(shot, FS_BLUE, 20)).toBeGreaterThan(500);
    await page.getByRole('button', { name: 'Filtres' }).click();
    await expect.poll(() => page.getByLabel('Fabriques de territoire').isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'filters-mobile-360x640.png') });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await page.close();
  });
});
