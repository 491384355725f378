// The row pipeline over all input files: read -> map columns -> validate -> enrich -> dedupe, with a ledger per file.
import { createHash } from 'node:crypto';
import type { NetworkId } from '../../src/domain/networks.ts';
import type { Place, PlaceDetails } from '../../src/domain/place.ts';
import { dedupe } from './dedupe.ts';
import { enrich, type EnrichedPlace } from './enrich.ts';
import type { RejectCode, RowIssue, WarningCode } from './issues.ts';
import { candidateMapper, columnMapping, nameColumns, networkSource, type Candidate } from './networks.ts';
import { readCsvRows, type CsvRow, type Encoding } from './read.ts';
import type { Reference } from './reference.ts';
import { validate } from './validate.ts';

export interface InputFile {
  network: NetworkId;
  /** As shown in the report (relative to the input folder when possible). */
  path: string;
  bytes: Uint8Array;
}

export interface LineIssue {
  line: number;
  message: string;
}

export interface InputLedger {
  network: NetworkId;
  file: string;
  /** Set when the file could not be read at all; rows is then 0. */
  error: string | null;
  encoding: Encoding | null;
  delimiter: string | null;
  columns: Record<string, string>;
  /** Physical lines of the file, and where its header was found (title rows or "sep=" above it are not records). */
  lines: number;
  headerLine: number | null;
  preamble: { line: number; text: string }[];
  mixedLineEndings: boolean;
  /** Records: rows read, broken ones included. Lines differ when values span lines or lines are blank. */
  rows: number;
  blankLines: number;
  repairedCells: number;
  placesWritten: number;
  rejected: number;
  mergedDuplicates: number;
  /** Places written without a year of labelling: « Situation au » leaves them out, the chart counts them apart. */
  placesWithoutDate: number;
  rejects: Partial<Record<RejectCode, LineIssue[]>>;
  warnings: Partial<Record<WarningCode, LineIssue[]>>;
}

export interface ProcessResult {
  places: Place[];
  details: Map<string, PlaceDetails>;
  ledgers: InputLedger[];
}

const ID_PREFIX: Record<NetworkId, string> = {
  'france-services': 'fs',
  fabriques: 'fab',
  'micro-folies': 'mf',
  'campus-connectes': 'cc',
  manufactures: 'mp',
};

/** Rows are checked as they are read and broken lines are found apart: issues are listed in line order. */
function sortIssues(ledger: InputLedger) {
  for (const issues of [...Object.values(ledger.rejects), ...Object.values(ledger.warnings)]) issues?.sort((a, b) => a.line - b.line);
}

function record<C extends string>(into: Partial<Record<C, LineIssue[]>>, line: number, issue: RowIssue<C>) {
  (into[issue.code] ??= []).push({ line, message: issue.message });
}

function emptyLedger(input: InputFile): InputLedger {
  return {
    network: input.network, file: input.path, error: null, encoding: null, delimiter: null, columns: {},
    lines: 0, headerLine: null, preamble: [], mixedLineEndings: false, rows: 0, blankLines: 0, repairedCells: 0, placesWritten: 0, rejected: 0, mergedDuplicates: 0, placesWithoutDate: 0, rejects: {}, warnings: {},
  };
}

function stableId(p: EnrichedPlace, taken: Set<string>): string {
  const prefix = ID_PREFIX[p.place.network];
  const own = p.sourceId?.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^(fabt|manuprox)-/, '');
  const base = own
    ? `${prefix}-${own}`
    : `${prefix}-${createHash('sha1').update(`${p.place.name}|${p.place.communeCode}`).digest('hex').slice(0, 8)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function processInputs(inputs: InputFile[], ref: Reference): ProcessResult {
  const ledgers = new Map<string, InputLedger>();
  const enriched: EnrichedPlace[] = [];
  for (const input of inputs) {
    const ledger = emptyLedger(input);
    ledgers.set(input.path, ledger);
    const source = networkSource(input.network);
    let toCandidate: ((row: CsvRow) => Candidate) | null = null;
    let rows = 0;
    // Each row goes through the stages as soon as it is read: a large export is never held whole as rows.
    const read = readCsvRows(
      input.bytes,
      {
        isHeader: (headers) => columnMapping(source, headers).name !== undefined,
        expectedHeader: `expected a name column such as ${nameColumns(source).slice(0, 3).join(', ')}`,
      },
      (row, headers) => {
        rows++;
        toCandidate ??= candidateMapper(source, input.path, headers);
        const candidate = toCandidate(row);
        const result = validate(candidate, ref);
        for (const w of result.warnings) record(ledger.warnings, candidate.line, w);
        if (!result.ok) {
          record(ledger.rejects, candidate.line, result.reject);
          ledger.rejected++;
          return;
        }
        const { enriched: place, warnings } = enrich(result.place, ref);
        for (const w of warnings) record(ledger.warnings, candidate.line, w);
        enriched.push(place);
      },
    );
    if (!read.ok) {
      ledger.error = read.reason;
      continue;
    }
    const { table } = read;
    Object.assign(ledger, {
      encoding: table.encoding, delimiter: table.delimiter, lines: table.lines, headerLine: table.headerLine, preamble: table.preamble,
      mixedLineEndings: table.mixedLineEndings, rows: rows + table.broken.length, blankLines: table.blankLines, repairedCells: table.repairedCells,
    });
    ledger.columns = columnMapping(source, table.headers);
    for (const b of table.broken) {
      record(ledger.rejects, b.line, { code: b.code, message: b.message });
      ledger.rejected++;
    }
    sortIssues(ledger);
  }
  const { places: unique, merges } = dedupe(enriched);
  for (const m of merges) {
    const ledger = ledgers.get(m.merged.file)!;
    ledger.mergedDuplicates++;
    const where = m.kept.file === m.merged.file ? `line ${m.kept.line}` : `${m.kept.file} line ${m.kept.line}`;
    const apart = m.metres === null ? '' : ` (${m.metres} m apart)`;
    record(ledger.warnings, m.merged.line, { code: 'duplicate-merged', message: `"${m.name}" duplicates ${where}${apart}; merged into it` });
  }
  const taken = new Set<string>();
  const places: Place[] = [];
  const details = new Map<string, PlaceDetails>();
  for (const p of unique) {
    const id = stableId(p, taken);
    places.push({ id, ...p.place });
    details.set(id, p.details);
    const ledger = ledgers.get(p.file)!;
    ledger.placesWritten++;
    if (p.place.labelYear === null) ledger.placesWithoutDate++;
  }
  return { places, details, ledgers: [...ledgers.values()] };
}
