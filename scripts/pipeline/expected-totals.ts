// The expected size of each network, from a small CSV beside the exports: says which lists are partial.
import { foldForMatch } from '../../src/domain/fold.ts';
import { NETWORKS, type NetworkId } from '../../src/domain/networks.ts';
import type { ExpectedTotal } from '../../src/domain/places-file.ts';
import type { CsvRow } from './read.ts';

/** File name the build looks for in the input folder, and in the project's data/ folder by default. */
export const EXPECTED_TOTALS_FILE = 'totaux-attendus.csv';

export interface ExpectedTotals {
  totals: Map<NetworkId, ExpectedTotal>;
  /** Lines that could not be used, said in the report. */
  issues: { line: number; message: string }[];
}

function networkOf(raw: string): NetworkId | null {
  const folded = foldForMatch(raw);
  return NETWORKS.find((n) => n.id === raw.trim() || foldForMatch(n.label) === folded || foldForMatch(n.singular) === folded)?.id ?? null;
}

/**
 * Rows `reseau;total_attendu;date;source`: a network id or label, a total (« 89 », « environ 500 »), when it
 * was counted, and who says so. An empty total means the export is the whole network.
 */
export function parseExpectedTotals(rows: CsvRow[]): ExpectedTotals {
  const totals = new Map<NetworkId, ExpectedTotal>();
  const issues: ExpectedTotals['issues'] = [];
  for (const { line, cells } of rows) {
    const network = networkOf(cells.reseau ?? '');
    const rawTotal = (cells.total_attendu ?? '').trim();
    if (!network) {
      issues.push({ line, message: `network "${cells.reseau ?? ''}" is unknown (expected one of ${NETWORKS.map((n) => n.id).join(', ')})` });
      continue;
    }
    if (rawTotal === '') continue;
    const m = /^(environ|env\.|~|≈|about)?\s*([\d\s\u202f.]+)$/i.exec(rawTotal);
    const total = m ? Number(m[2]!.replace(/[\s\u202f.]/g, '')) : NaN;
    const source = (cells.source ?? '').trim();
    if (!Number.isInteger(total) || total <= 0) {
      issues.push({ line, message: `total "${rawTotal}" is not a number of places` });
      continue;
    }
    if (source === '') {
      issues.push({ line, message: `the total of ${network} has no source: say who counted ${total}` });
      continue;
    }
    totals.set(network, { total, approximate: Boolean(m![1]), asOf: (cells.date ?? '').trim() || null, source });
  }
  return { totals, issues };
}
