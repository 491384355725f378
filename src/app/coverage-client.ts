// Talks to the coverage worker: one request at a time matters, older answers are dropped.
import type { PlacePoint } from '../domain/coverage.ts';
import type { CoverageRequest, CoverageResponse } from './coverage-worker.ts';
import coverageWorkerUrl from './coverage-worker.ts?worker&url';
import { startModuleWorker } from './start-worker.ts';

export interface CoverageService {
  compute(req: Omit<CoverageRequest, 'id' | 'dataUrl'>): Promise<Extract<CoverageResponse, { ok: true }>>;
}

export function coverageService(dataUrl: string): CoverageService {
  let worker: Worker | null = null;
  let next = 0;
  const pending = new Map<number, { ok: (r: Extract<CoverageResponse, { ok: true }>) => void; fail: (e: Error) => void }>();
  return {
    compute(req) {
      worker ??= startModuleWorker(coverageWorkerUrl);
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
  };
}
