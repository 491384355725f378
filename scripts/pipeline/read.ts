// Bytes -> rows: format and encoding sniffing, line endings, header finding, broken quotes, line numbers.
import Papa from 'papaparse';
import { stripAccents } from '../../src/domain/fold.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface CsvRow {
  /** 1-based physical line where the record starts. */
  line: number;
  /** Values keyed by normalised header. */
  cells: Record<string, string>;
}

/** A record that could not be read as one row: it is reported with its line, never merged into another. */
export interface BrokenRecord {
  line: number;
  code: 'quote-unclosed' | 'quote-invalid' | 'too-many-fields';
  message: string;
}

export interface CsvTable {
  encoding: Encoding;
  delimiter: string;
  /** Headers as found in the file, and as normalised (same order). */
  rawHeaders: string[];
  headers: string[];
  /** Physical line of the header (after title rows or Excel's "sep=" line). */
  headerLine: number;
  /** Lines above the header: titles, "sep=;", notes. Not records. */
  preamble: { line: number; text: string }[];
  /** Physical lines in the file (a final line break ends the last line, it does not start one). */
  lines: number;
  rows: CsvRow[];
  broken: BrokenRecord[];
  /** Lines with no value at all: not records, counted so that line numbers stay explainable. */
  blankLines: number;
  /** Cells whose double-encoded UTF-8 ("Ã©") was repaired. */
  repairedCells: number;
  /** The file mixed CRLF, LF or CR line endings (normalised before parsing). */
  mixedLineEndings: boolean;
}

export type ReadResult = { ok: true; table: CsvTable } | { ok: false; reason: string };

export interface ReadOptions {
  /** Tells a header from a title row or a record; without it the first non-empty line is the header. */
  isHeader?: (normalisedHeaders: string[]) => boolean;
  /** Said when no line is a header, e.g. "expected a name column such as lib_fs or nom". */
  expectedHeader?: string;
}

const DELIMITERS = [',', ';', '\t', '|'] as const;
/** How far down a header may sit below title rows. */
const HEADER_SEARCH_LINES = 30;

/** Recognises files that are not text at all, from their first bytes: they get a message saying what to do. */
export function binaryFormat(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
  if (head.startsWith('PK\u0003\u0004')) {
    const sample = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 65536)));
    if (sample.includes('application/vnd.oasis.opendocument.spreadsheet')) {
      return 'is an OpenDocument spreadsheet (.ods): open it in LibreOffice and save it as « Texte CSV » (UTF-8), then build again';
    }
    if (sample.includes('xl/')) return 'is an Excel workbook (.xlsx): open it and save the sheet as « CSV UTF-8 (délimité par des virgules) », then build again';
    return 'is a ZIP archive, not a CSV file: extract the CSV export from it and name that file';
  }
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0')) return 'is an old Excel workbook (.xls): open it and save the sheet as « CSV UTF-8 », then build again';
  if (head.startsWith('%PDF')) return 'is a PDF document, not a CSV export';
  return null;
}

/** UTF-16 without a byte-order mark: ASCII-heavy text has a zero in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 2048);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, order: 'utf-16le' | 'utf-16be'): string {
  if (order === 'utf-16le') return new TextDecoder('utf-16le').decode(bytes);
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i < swapped.length; i += 2) [swapped[i], swapped[i + 1]] = [bytes[i + 1]!, bytes[i]!];
  return new TextDecoder('utf-16le').decode(swapped);
}

export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: decodeUtf16(bytes, utf16), encoding: utf16 };
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

/** The delimiter that a line uses most, outside quotes, over the first lines (title rows have few or none). */
export function sniffDelimiter(text: string): string {
  let best: string = ',';
  let bestCount = 0;
  for (const line of text.split(/\r\n|\r|\n/, HEADER_SEARCH_LINES)) {
    const counts = new Map<string, number>();
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && (DELIMITERS as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    for (const d of DELIMITERS) {
      const n = counts.get(d) ?? 0;
      if (n > bestCount) [best, bestCount] = [d, n];
    }
  }
  return best;
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

interface RawRecord {
  line: number;
  values: string[];
}

/** Offsets where each physical line starts, in text whose line breaks are all "\n". */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Papa reads an unclosed quote to the end of the file as one field. A record with a quote error is reported
 * on its own line, and reading resumes at the next physical line, so one bad quote never swallows later rows.
 */
function parseRecords(text: string, delimiter: string, starts: number[], onRecord: (record: RawRecord) => void): BrokenRecord[] {
  const broken: BrokenRecord[] = [];
  let lineIndex = 0;
  while (lineIndex < starts.length) {
    const base = starts[lineIndex]!;
    let resumeAt: number | null = null;
    let cursor = 0;
    Papa.parse<string[]>(text.slice(base), {
      delimiter,
      newline: '\n',
      header: false,
      skipEmptyLines: false,
      step: (result, handle) => {
        // Papa's cursor may stop before the line break that ends the previous record.
        let start = base + cursor;
        while (text[start] === '\n') start++;
        const startLine = lineOfOffset(starts, Math.min(start, text.length));
        const quoteError = result.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
        if (quoteError) {
          const unclosed = result.errors.some((e) => e.code === 'MissingQuotes');
          broken.push({
            line: startLine + 1,
            code: unclosed ? 'quote-unclosed' : 'quote-invalid',
            message: unclosed
              ? 'a quote opens in this line and never closes: the line was not read (close or remove the quote)'
              : 'a quoted value has text after its closing quote: the line was not read (double the inner quotes: "")',
          });
          resumeAt = startLine + 1;
          handle.abort();
          return;
        }
        onRecord({ line: startLine + 1, values: result.data });
        cursor = result.meta.cursor;
      },
    });
    if (resumeAt === null) break;
    lineIndex = resumeAt;
  }
  return broken;
}

function lineOfOffset(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const isBlank = (values: string[]) => values.every((v) => v.trim() === '');

/** Decoded text with one line-break convention ("\n"), so that Papa never takes "\r\n" for the record separator and "\n" for text; null for binary content. The text as decoded is not kept. */
function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding; mixedLineEndings: boolean } | null {
  const { text, encoding } = decodeBytes(bytes);
  if (/\u0000/.test(text.slice(0, 4096))) return null;
  const kinds = [/\r\n/.test(text), /\r(?!\n)/.test(text), /(?<!\r)\n/.test(text)].filter(Boolean).length;
  return { text: text.replace(/\r\n?/g, '\n'), encoding, mixedLineEndings: kinds > 1 };
}

export function readCsv(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  const rows: CsvRow[] = [];
  const result = readCsvRows(bytes, options, (row) => rows.push(row));
  return result.ok ? { ok: true, table: { ...result.table, rows } } : result;
}

/**
 * Like readCsv, handing each row to `onRow` as soon as it is read (its headers with it): a large export is
 * never held whole as rows, only as the text it came from.
 */
export function readCsvRows(
  bytes: Uint8Array, options: ReadOptions, onRow: (row: CsvRow, headers: string[]) => void,
): { ok: true; table: Omit<CsvTable, 'rows'> } | { ok: false; reason: string } {
  if (bytes.length === 0) return { ok: false, reason: 'empty file (0 bytes)' };
  const binary = binaryFormat(bytes);
  if (binary) return { ok: false, reason: binary };
  const decoded = decodeText(bytes);
  if (!decoded) return { ok: false, reason: 'is a binary file, not a CSV export' };
  const { encoding, mixedLineEndings } = decoded;
  let { text } = decoded;
  if (text.trim() === '') return { ok: false, reason: 'empty file (only blank characters)' };
  // A final line break ends the last line; it does not start a new one.
  if (text.endsWith('\n')) text = text.slice(0, -1);
  const starts = lineStarts(text);
  const preamble: CsvTable['preamble'] = [];
  let delimiter = sniffDelimiter(text);
  // Excel's "sep=;" first line names the delimiter.
  const sep = /^sep=(.)\s*$/i.exec(text.slice(0, starts[1] ?? text.length).replace(/\n$/, ''));
  if (sep) {
    delimiter = sep[1]!;
    preamble.push({ line: 1, text: sep[0] });
  }
  const isHeader = options.isHeader ?? (() => true);
  let header: { line: number; raw: string[]; names: string[] } | null = null;
  const above: RawRecord[] = [];
  let blankLines = 0;
  let repairedCells = 0;
  const tooMany: BrokenRecord[] = [];
  // Exports repeat values (hours, communes, types) across rows: each short value is held once.
  const pool = new Map<string, string>();
  const intern = (value: string) => {
    if (value.length > 64) return value;
    const known = pool.get(value);
    if (known !== undefined) return known;
    pool.set(value, value);
    return value;
  };
  const take = (record: RawRecord, headers: string[]) => {
    if (isBlank(record.values)) {
      blankLines++;
      return;
    }
    // Values beyond the header shift every column after the stray delimiter: the row is not trusted.
    if (record.values.slice(headers.length).some((v) => v.trim() !== '')) {
      tooMany.push({
        line: record.line,
        code: 'too-many-fields',
        message: `${record.values.length} values for ${headers.length} columns (a "${delimiter === '\t' ? 'tab' : delimiter}" inside an unquoted value?): the line was not read`,
      });
      return;
    }
    const cells: Record<string, string> = {};
    headers.forEach((h, i) => {
      const value = record.values[i] ?? '';
      const repaired = repairDoubleEncoding(value);
      if (repaired !== null) repairedCells++;
      cells[h] = intern(repaired ?? value);
    });
    onRow({ line: record.line, cells }, headers);
  };
  const broken = parseRecords(text, delimiter, starts, (record) => {
    if (sep && record.line === 1) return;
    if (header) return take(record, header.names);
    // The header is the first line, within the first ones, that the caller recognises; lines above it are titles.
    if (above.length >= HEADER_SEARCH_LINES) return;
    const raw = record.values.map((h) => h.trim());
    const names = uniqueHeaders(raw);
    if (!isBlank(record.values) && isHeader(names)) header = { line: record.line, raw, names };
    else above.push(record);
  });
  if (!header) {
    return { ok: false, reason: `no recognised header${options.expectedHeader ? `: ${options.expectedHeader}` : ''} in the first ${HEADER_SEARCH_LINES} lines` };
  }
  const { line: headerLine, raw: rawHeaders, names: headers } = header;
  for (const r of above) if (!isBlank(r.values)) preamble.push({ line: r.line, text: r.values.filter(Boolean).join(' ').slice(0, 120) });
  // Quote errors above the header belong to title rows: they are not records either.
  const brokenRecords = [...broken.filter((b) => b.line > headerLine), ...tooMany].sort((a, b) => a.line - b.line);
  return {
    ok: true,
    table: { encoding, delimiter, rawHeaders, headers, headerLine, preamble, lines: starts.length, broken: brokenRecords, blankLines, repairedCells, mixedLineEndings },
  };
}
