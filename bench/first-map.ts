// The first map as the benches measure it: when the map first goes idle, the bytes (gzipped) fetched before, and
// the CPU time the browser spent on it (page and GPU process), which a machine busy with other work disturbs far
// less than the wall-clock time.
import type { Page, Response } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export interface FirstMap {
  idleMs: number;
  /** CPU time of the page's renderer process (all its threads, MapLibre's workers included) up to the first idle. */
  pageCpuMs: number;
  /** CPU time of the browser's GPU process (software WebGL: SwiftShader draws there) during the load; null if unknown. */
  gpuCpuMs: number | null;
  gzBefore: (pattern: RegExp) => number;
}

/** Opens `url` and waits for the map's first idle. The page should be the browser's only busy page. */
export async function loadUntilIdle(page: Page, url: string): Promise<FirstMap> {
  // Responses are only collected during the load, and read and gzipped after the first idle: doing it as they came
  // made this process (which also serves the files) slower to serve the next ones, the more so the more requests.
  const responses: Response[] = [];
  page.on('response', (r) => void responses.push(r));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const gpu = gpuProcessPid();
  const gpuBefore = gpu ? processCpuMs(gpu) : 0;
  await page.goto(url);
  await page.waitForSelector('html[data-map-idle="1"]', { timeout: 120_000 });
  const gpuCpuMs = gpu ? processCpuMs(gpu) - gpuBefore : null;
  const { metrics } = await cdp.send('Performance.getMetrics');
  const pageCpuMs = 1000 * (metrics.find((m) => m.name === 'ProcessTime')?.value ?? NaN);
  await cdp.detach();
  const idleMs = Number(await page.getAttribute('html', 'data-map-idle-ms'));
  // Only what was requested before the map's first idle counts, MapLibre's worker's tiles included (the page's
  // resource timings do not list a worker's requests): request start times against the page's time origin.
  const idleAt: number = await page.evaluate(`performance.timeOrigin + ${idleMs}`);
  const gzByUrl = new Map<string, number>();
  for (const r of responses) {
    if (r.request().timing().startTime >= idleAt) continue;
    const body = await r.body().catch(() => null);
    if (body) gzByUrl.set(r.url(), gzipSync(body).length);
  }
  return { idleMs, pageCpuMs, gpuCpuMs, gzBefore: (pattern) => [...gzByUrl].filter(([u]) => pattern.test(u)).reduce((s, [, gz]) => s + gz, 0) };
}

function parentPid(pid: number): number {
  try {
    // Fields after the command name: state, ppid, …
    return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
  } catch {
    return 0;
  }
}

/** User + system CPU time of a process, from /proc (Linux), in ms. */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The GPU process of the Chromium this process launched (other Chromiums on the machine are not ours). */
function gpuProcessPid(): number | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!cmdline.includes('--type=gpu-process')) continue;
    for (let pid = Number(entry), depth = 0; pid > 1 && depth < 6; depth++) {
      pid = parentPid(pid);
      if (pid === process.pid) return Number(entry);
    }
  }
  return null;
}
