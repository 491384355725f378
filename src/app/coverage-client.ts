// Talks to the coverage worker: one request at a time matters, older answers are dropped.
import type { PlacePoint } from '../domain/coverage.ts';
import type { CoverageRequest, CoverageResponse } from './coverage-worker.ts';
import coverageWorkerUrl from './coverage-worker.ts?worker&url';
import { startModuleWorker } from './start-worker.ts';

export interface CoverageService {
  compute(req: Omit<CoverageRequest, 'id' | 'dataUrl'>): Promise<Extract<CoverageResponse, { ok: true }>>;
  /** Stops the worker (the app is unmounted). */
  dispose(): void;
}

export function coverageService(dataUrl: string): CoverageService {
  let worker: Worker | null = null;
  let next = 0;
  const pending = new Map<number, { ok: (r: Extract<CoverageResponse, { ok: true }>) => void; fail: (e: Error) => void }>();
  return {
    compute(req) {
      try {
        worker ??= startModuleWorker(coverageWorkerUrl);
      } catch (error) {
        return Promise.reject(new Error(`the coverage worker did not start: ${(error as Error).message}`));
      }
      // A worker that cannot load its script, or throws outside a request, answers nothing: every wait ends in an error.
      worker.onerror = (event) => {
        event.preventDefault();
        for (const p of pending.values()) p.fail(new Error(`the coverage worker failed: ${event.message || 'its script did not load'}`));
        pending.clear();
        worker?.terminate();
        worker = null;
      };
      worker.onmessage = (event: MessageEvent<CoverageResponse>) => {
        const r = event.data;
        const p = pending.get(r.id);
        pending.delete(r.id);
        if (!p) return;
        if (r.ok) p.ok(r);
        else p.fail(new Error(r.message));
      };
      const id = ++next;
      const places: PlacePoint[] = req.places.map(({ network, communeCode, departementCode, lon, lat }) => ({ network, communeCode, departementCode, lon, lat }));
      return new Promise((ok, fail) => {
        pending.set(id, { ok, fail });
        worker!.postMessage({ ...req, places, id, dataUrl } satisfies CoverageRequest);
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}
