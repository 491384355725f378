// Off the main thread: coverage figures and gaps for the places the filters keep (35,000 communes).
import { decodeCommunes, type Commune } from '../domain/communes-file.ts';
import { computeCoverage, type PlacePoint } from '../domain/coverage.ts';
import { communeGaps } from '../domain/gaps.ts';
import { NETWORK_IDS, type NetworkId } from '../domain/networks.ts';

export interface CoverageRequest {
  id: number;
  dataUrl: string;
  departements: { code: string; name: string }[];
  places: PlacePoint[];
  /** Networks counted in « all » (partial lists are left out). */
  inAll: NetworkId[];
  /** Recompute the per-département figures (only when filters are active). */
  figures: boolean;
  gapsFor: string | null;
}

export type CoverageResponse =
  | ({ id: number; ok: true; gaps: ReturnType<typeof communeGaps> | null } & Partial<ReturnType<typeof computeCoverage>>)
  | { id: number; ok: false; message: string };

let communes: Promise<Commune[]> | null = null;

self.onmessage = async (event: MessageEvent<CoverageRequest>) => {
  const r = event.data;
  try {
    communes ??= fetch(`${r.dataUrl}communes.json`).then(async (res) => {
      if (!res.ok) throw new Error(`communes.json introuvable (${res.status})`);
      return decodeCommunes(await res.json());
    });
    const all = await communes;
    const figures = r.figures ? computeCoverage(r.departements, all, r.places, NETWORK_IDS, r.inAll) : {};
    const gaps = r.gapsFor ? communeGaps(all, r.places, r.gapsFor) : null;
    (self as unknown as Worker).postMessage({ id: r.id, ok: true, gaps, ...figures } satisfies CoverageResponse);
  } catch (error) {
    (self as unknown as Worker).postMessage({ id: r.id, ok: false, message: (error as Error).message } satisfies CoverageResponse);
  }
};
