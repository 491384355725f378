// A citizen finding the nearest place: commune search by keyboard, ?commune= links, geolocation granted or refused.
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mapIdle, SCREENSHOTS, useSite, waitForMap } from './browser.ts';
import type { MapDebug } from '../../src/map/debug.ts';

const site = useSite();

async function open(search = '', context?: BrowserContext): Promise<Page> {
  const page = await (context ?? site.browser).newPage({ viewport: { width: 1280, height: 800 } } as never);
  await page.goto(site.url + search);
  await waitForMap(page);
  await page.waitForSelector('html[data-places-ready="1"]');
  return page;
}

async function distances(page: Page): Promise<number[]> {
  const texts = await page.locator('.nearest-list .distance').allInnerTexts();
  return texts.map((t) => Number(t.replace(' km', '').replace(',', '.')));
}

function centre(page: Page) {
  return page.evaluate(() => {
    const v = (window as unknown as { __carte: MapDebug }).__carte.view();
    return { lng: v.lon, lat: v.lat };
  });
}

describe('nearest places', () => {
  it('typing a commune and choosing it with the keyboard lists places by distance and centres the map there', async () => {
    const page = await open();
    const box = page.getByRole('combobox', { name: 'Trouver un lieu près de chez moi' });
    await box.fill('gueret');
    await expect.poll(() => page.locator('#suggestions-communes [role=option]').first().innerText().catch(() => '')).toBe('Guéret (23)');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe('suggestion-0');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#proches-titre').innerText().catch(() => '')).toBe('Lieux les plus proches de Guéret');
    const d = await distances(page);
    expect(d.length).toBe(10);
    expect(d).toEqual([...d].sort((a, b) => a - b));
    // The URL follows the state in an effect, after the panel has drawn.
    await expect.poll(() => page.url()).toContain('commune=23096');
    await mapIdle(page);
    const c = await centre(page);
    expect(Math.abs(c.lng - 1.87)).toBeLessThan(0.6);
    expect(Math.abs(c.lat - 46.17)).toBeLessThan(0.6);
    await page.screenshot({ path: join(SCREENSHOTS, 'nearest-desktop-1280x800.png') });
    await page.close();
  });

  it('Escape closes the suggestions and keeps the text', async () => {
    const page = await open();
    const box = page.getByRole('combobox', { name: 'Trouver un lieu près de chez moi' });
    await box.fill('st eti');
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.inputValue()).toBe('st eti');
    await page.close();
  });

  it('a town hall link ?commune=23096 opens the list of Guéret, and a radius limits it', async () => {
    const page = await open('?commune=23096');
    await expect.poll(() => page.locator('#proches-titre').innerText().catch(() => '')).toBe('Lieux les plus proches de Guéret');
    // France Services by default: the nearest is about 10 km from Guéret’s centre, so the radius is 20 km.
    await page.getByLabel('Rayon').selectOption('20');
    await expect.poll(async () => (await distances(page)).every((km) => km <= 20)).toBe(true);
    expect((await distances(page)).length).toBeGreaterThan(0);
    // Hovering a result's place on the map highlights it in the list.
    await mapIdle(page);
    const item = page.locator('.nearest-list li').first();
    const id = (await item.getAttribute('data-id'))!;
    const box = (await page.locator('.map').boundingBox())!;
    const { x, y } = await page.evaluate((pid) => (window as unknown as { __carte: MapDebug }).__carte.project(pid), id);
    await page.mouse.move(box.x + x, box.y + y);
    await expect.poll(() => item.getAttribute('class')).toContain('hovered');
    await page.locator('.nearest-list .result').first().click();
    await page.locator('.place-card h2').waitFor();
    expect(await page.locator('.place-card').getByRole('link', { name: /Itinéraire/ }).getAttribute('href')).toMatch(/^https:\/\/www\.openstreetmap\.org\/directions/);
    await page.close();
  });

  it('"Autour de moi" uses the position the browser gives', async () => {
    const context = await site.browser.newContext({ geolocation: { latitude: 45.19, longitude: 5.72 }, permissions: ['geolocation'] });
    const page = await open('', context);
    await page.getByRole('button', { name: 'Autour de moi' }).click();
    await expect.poll(() => page.locator('#proches-titre').innerText().catch(() => '')).toBe('Lieux les plus proches de votre position');
    const d = await distances(page);
    expect(d[0]).toBeLessThan(10);
    expect(page.url()).not.toContain('commune=');
    // Inside France: no « hors du territoire couvert » (London's case is in citizen.e2e.ts).
    expect(await page.locator('.outside-territory').count()).toBe(0);
    await context.close();
  });

  it('a refused geolocation says so and suggests the search', async () => {
    const context = await site.browser.newContext({ permissions: [] });
    const page = await open('', context);
    await page.getByRole('button', { name: 'Autour de moi' }).click();
    await expect.poll(() => page.getByRole('alert').first().innerText().catch(() => '')).toContain('Vous avez refusé la localisation');
    await context.close();
  });
});
