// Bytes -> rows: encoding and delimiter sniffing, mojibake repair, header normalisation, line numbers.
import Papa from 'papaparse';
import { stripAccents } from '../../src/domain/fold.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1252';

export interface CsvRow {
  /** 1-based physical line where the record starts (the header is line 1). */
  line: number;
  /** Values keyed by normalised header. */
  cells: Record<string, string>;
}

export interface CsvTable {
  encoding: Encoding;
  delimiter: string;
  /** Headers as found in the file, and as normalised (same order). */
  rawHeaders: string[];
  headers: string[];
  rows: CsvRow[];
  /** Lines with no value at all: not records, counted so that line numbers stay explainable. */
  blankLines: number;
  /** Cells whose double-encoded UTF-8 ("Ã©") was repaired. */
  repairedCells: number;
}

export type ReadResult = { ok: true; table: CsvTable } | { ok: false; reason: string };

const DELIMITERS = [',', ';', '\t', '|'] as const;

export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: spreadsheet exports on Windows are Windows-1252 (a superset of Latin-1).
    return { text: decodeCp1252(bytes), encoding: 'windows-1252' };
  }
}

// Windows-1252 characters in 0x80–0x9F, so that "Ã©" style text can be turned back into bytes.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const MOJIBAKE = /[ÂÃÅÆ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/;

function toCp1252Bytes(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code;
    else {
      const high = CP1252_HIGH.indexOf(text[i]!);
      if (high < 0) return null;
      bytes[i] = 0x80 + high;
    }
  }
  return bytes;
}

/** Node's TextDecoder reads 0x80–0x9F as control characters, losing "€", "œ", "’": decode them ourselves. */
function decodeCp1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return text;
}

/** Repairs UTF-8 that was decoded as Windows-1252 and encoded again ("PrÃ©fecture"); null when the text is fine. */
export function repairDoubleEncoding(text: string): string | null {
  if (!MOJIBAKE.test(text)) return null;
  let current = text;
  // Twice-repaired text exists (exports re-saved several times); stop when nothing changes.
  for (let pass = 0; pass < 3 && MOJIBAKE.test(current); pass++) {
    const bytes = toCp1252Bytes(current);
    if (!bytes) break;
    try {
      current = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      break;
    }
  }
  return current === text ? null : current;
}

export function normaliseHeader(header: string): string {
  return stripAccents(header)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Counts delimiter candidates in the header line, outside quotes. */
export function sniffDelimiter(text: string): string {
  let best: string = ',';
  let bestCount = 0;
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  for (const d of DELIMITERS) {
    const n = counts.get(d) ?? 0;
    if (n > bestCount) [best, bestCount] = [d, n];
  }
  return best;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function uniqueHeaders(raw: string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    const base = normaliseHeader(h) || `colonne_${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  });
}

export function readCsv(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file (0 bytes)' };
  const { text, encoding } = decodeBytes(bytes);
  if (text.trim() === '') return { ok: false, reason: 'empty file (only blank characters)' };
  const delimiter = sniffDelimiter(text);
  const starts = lineStarts(text);
  const records: { line: number; values: string[] }[] = [];
  let previousCursor = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      // Skip the line breaks Papa leaves before the next record, so the line is the record's first.
      let start = previousCursor;
      while (text[start] === '\n' || text[start] === '\r') start++;
      records.push({ line: lineOf(starts, Math.min(start, text.length - 1)), values: result.data });
      previousCursor = result.meta.cursor;
    },
  });
  const headerRecord = records.shift();
  if (!headerRecord) return { ok: false, reason: 'empty file (no header line)' };
  const rawHeaders = headerRecord.values.map((h) => h.trim());
  const headers = uniqueHeaders(rawHeaders);
  let blankLines = 0;
  let repairedCells = 0;
  const rows: CsvRow[] = [];
  // Papa reads the newline that ends the file as one more, empty record: it is not a line of the file.
  const last = records.at(-1);
  if (last && last.values.length === 1 && last.values[0] === '' && /[\r\n]$/.test(text)) records.pop();
  for (const record of records) {
    if (record.values.every((v) => v.trim() === '')) {
      blankLines++;
      continue;
    }
    const cells: Record<string, string> = {};
    headers.forEach((h, i) => {
      const value = record.values[i] ?? '';
      const repaired = repairDoubleEncoding(value);
      if (repaired !== null) repairedCells++;
      cells[h] = repaired ?? value;
    });
    // Values beyond the header are kept under positional names rather than lost.
    for (let i = headers.length; i < record.values.length; i++) {
      if (record.values[i]!.trim() !== '') cells[`colonne_${i + 1}`] = record.values[i]!;
    }
    rows.push({ line: record.line, cells });
  }
  return { ok: true, table: { encoding, delimiter, rawHeaders, headers, rows, blankLines, repairedCells } };
}
