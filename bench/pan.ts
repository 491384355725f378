// Frame durations while the map pans a few pixels per frame: what the pan benches measure, in one place.
import type { Page } from 'playwright-core';

/** Pans by `stepPx` each frame (back and forth) for `frames` frames; the frame durations in ms, sorted, the first 5 left out. */
export async function panFrameTimes(page: Page, stepPx: number, frames: number): Promise<number[]> {
  // A string, not a function: the TypeScript runner would wrap named functions with helpers the page lacks.
  const times: number[] = await page.evaluate(`new Promise((done) => {
    const map = window.__carte;
    const out = [];
    let last = performance.now();
    let i = 0;
    const step = () => {
      const now = performance.now();
      out.push(now - last);
      last = now;
      map.panBy(i % 120 < 60 ? ${stepPx} : -${stepPx}, 0);
      if (++i < ${frames}) requestAnimationFrame(step);
      else done(out.slice(5));
    };
    requestAnimationFrame(step);
  })`);
  return [...times].sort((a, b) => a - b);
}
