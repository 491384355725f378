// The first map as the benches measure it: when the map first goes idle, and the bytes (gzipped) fetched before.
import type { Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';

/** Opens `url` and waits for the map's first idle; `gzBefore` sums the gzipped size of what was requested before it. */
export async function loadUntilIdle(page: Page, url: string): Promise<{ idleMs: number; gzBefore: (pattern: RegExp) => number }> {
  const gzByUrl = new Map<string, number>();
  page.on('response', async (r) => {
    const body = await r.body().catch(() => null);
    if (body) gzByUrl.set(r.url(), gzipSync(body).length);
  });
  await page.goto(url);
  await page.waitForSelector('html[data-map-idle="1"]', { timeout: 120_000 });
  const idleMs = Number(await page.getAttribute('html', 'data-map-idle-ms'));
  // Only what the page requested before the map's first idle counts (the page's own clock).
  const before: string[] = await page.evaluate(`performance.getEntriesByType('resource').filter((e) => e.startTime < ${idleMs}).map((e) => e.name)`);
  return { idleMs, gzBefore: (pattern) => before.filter((u) => pattern.test(u)).reduce((s, u) => s + (gzByUrl.get(u) ?? 0), 0) };
}
