// Which files of an input folder feed which network or reference: pure, over a list of paths.
import type { NetworkId } from '../../src/domain/networks.ts';
import { EXPECTED_TOTALS_FILE } from './expected-totals.ts';
import { NETWORK_SOURCES } from './networks.ts';

export interface ReferencePaths {
  communeContours: string[];
  departementContours: string | null;
  /** Région contours: outlines and name positions of the offline base map. */
  regionContours: string | null;
  densityGrid: string | null;
  qpv: string | null;
  postalCentroids: string | null;
  /** A totaux-attendus.csv beside the exports (the build otherwise takes the project's own, in data/). */
  expectedTotals: string | null;
}

/** A file the build saw and did not use, with the reason: it goes into the report. */
export interface IgnoredFile {
  path: string;
  network: NetworkId | null;
  reason: string;
}

export interface NetworkFiles {
  /** The one export per network that the build reads. */
  chosen: Map<NetworkId, string>;
  ignored: IgnoredFile[];
  /** Networks with several exports and no rule to pick one: the user names one with --<network> FILE. */
  ambiguous: { network: NetworkId; paths: string[] }[];
}

function base(path: string): string {
  return path.split(/[\\/]/).pop()!.toLowerCase();
}

/** Companions of an export that document it (notes, read-me, sources): never read as rows. */
const NOT_AN_EXPORT = /(\.|[-_ ])(notes?|readme|lisez[-_ ]?moi|sources?|documentation|dictionnaire|metadonnees|schema)\.(csv|txt|tsv)$|^(readme|lisez[-_ ]?moi)/;
const EXPORT_EXTENSION = /\.(csv|txt|tsv)$/;
/** Spreadsheets named like an export: read only when there is nothing else, to say clearly how to export them. */
const SPREADSHEET_EXTENSION = /\.(xlsx|xlsm|xls|ods)$/;

/** The date a file name carries (2024-08-01, 20240801, 2024-01, 202401), as a sortable "YYYYMMDD". */
export function dateInName(path: string): string | null {
  const name = base(path);
  const full = /(?<!\d)(20\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(name);
  if (full) return `${full[1]}${full[2]}${full[3]}`;
  const month = /(?<!\d)(20\d\d)[-_.]?(0[1-9]|1[0-2])(?!\d)/.exec(name);
  if (month) return `${month[1]}${month[2]}00`;
  const year = /(?<!\d)(20\d\d)(?!\d)/.exec(name);
  return year ? `${year[1]}0000` : null;
}

function networkOf(path: string): NetworkId | null {
  const name = base(path).replace(SPREADSHEET_EXTENSION, '.csv');
  return NETWORK_SOURCES.find((s) => s.filePattern.test(name))?.id ?? null;
}

/**
 * One export per network, by a rule a user can predict: CSV before spreadsheets, then the newest date in the
 * file name. Two candidates with no date, or the same date, are ambiguous: the build asks which one to read.
 */
export function findNetworkFiles(paths: string[]): NetworkFiles {
  const candidates = new Map<NetworkId, string[]>();
  const ignored: IgnoredFile[] = [];
  for (const path of [...paths].sort()) {
    const network = networkOf(path);
    if (!network) continue;
    const name = base(path);
    if (NOT_AN_EXPORT.test(name)) {
      ignored.push({ path, network, reason: 'documents an export (notes, read-me): not read as rows' });
      continue;
    }
    if (!EXPORT_EXTENSION.test(name) && !SPREADSHEET_EXTENSION.test(name)) continue;
    candidates.set(network, [...(candidates.get(network) ?? []), path]);
  }
  const chosen = new Map<NetworkId, string>();
  const ambiguous: NetworkFiles['ambiguous'] = [];
  for (const [network, paths] of candidates) {
    const csv = paths.filter((p) => EXPORT_EXTENSION.test(base(p)));
    for (const p of paths.filter((p) => csv.length > 0 && !csv.includes(p))) ignored.push({ path: p, network, reason: 'a spreadsheet beside a CSV export of the same network: the CSV is read' });
    const pool = csv.length > 0 ? csv : paths;
    if (pool.length === 1) {
      chosen.set(network, pool[0]!);
      continue;
    }
    const dated = pool.map((p) => ({ path: p, date: dateInName(p) })).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    const [newest, next] = dated;
    if (!newest!.date || newest!.date === next!.date) {
      ambiguous.push({ network, paths: pool });
      continue;
    }
    chosen.set(network, newest!.path);
    for (const older of dated.slice(1)) ignored.push({ path: older.path, network, reason: `older export (the date in its name is before that of ${base(newest!.path)})` });
  }
  return { chosen, ignored, ambiguous };
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
    expectedTotals: sorted.find((p) => base(p) === EXPECTED_TOTALS_FILE) ?? null,
  };
}
