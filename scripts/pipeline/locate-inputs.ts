// Which files of an input folder feed which network or reference: pure, over a list of paths.
import type { NetworkId } from '../../src/domain/networks.ts';
import { NETWORK_SOURCES } from './networks.ts';

export interface ReferencePaths {
  communeContours: string[];
  departementContours: string | null;
  /** Région contours: outlines and name positions of the offline base map. */
  regionContours: string | null;
  densityGrid: string | null;
  qpv: string | null;
  postalCentroids: string | null;
}

function base(path: string): string {
  return path.split(/[\\/]/).pop()!.toLowerCase();
}

/** Network exports found among the paths, by file name. A file feeds at most one network. */
export function findNetworkFiles(paths: string[]): Map<NetworkId, string[]> {
  const found = new Map<NetworkId, string[]>();
  for (const path of [...paths].sort()) {
    const source = NETWORK_SOURCES.find((s) => s.filePattern.test(base(path)));
    if (source) found.set(source.id, [...(found.get(source.id) ?? []), path]);
  }
  return found;
}

export function findReferenceFiles(paths: string[]): ReferencePaths {
  const sorted = [...paths].sort();
  const first = (pattern: RegExp) => sorted.find((p) => pattern.test(base(p))) ?? null;
  return {
    communeContours: sorted.filter((p) => /^communes-.*\.geojson$/.test(base(p)) && /communes-20\d\d/.test(p)),
    departementContours: first(/^departements-anct\.geojson$/) ?? first(/^departements.*\.geojson$/),
    regionContours: first(/^regions.*\.geojson$/),
    densityGrid: first(/grille.*densite.*\.csv$/),
    // QPV contours take precedence over the commune-level list when both are present.
    qpv: first(/^qp.*(contour|polygon|wgs84).*\.geojson$/) ?? first(/qpv.*\.geojson$/),
    postalCentroids: first(/(laposte|hexasmal).*\.csv$/),
  };
}
