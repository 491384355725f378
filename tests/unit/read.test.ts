import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseHeader, readCsv, repairDoubleEncoding, sniffDelimiter, type CsvTable } from '../../scripts/pipeline/read.ts';

const bytes = (name: string) => readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url));
/** Headers of a network export: a name column tells the header from title rows and records. */
const NAMED = { isHeader: (h: string[]) => h.includes('nom'), expectedHeader: 'expected a name column such as lib_fs or nom' };

function table(name: string, options = {}): CsvTable {
  const result = readCsv(bytes(name), options);
  if (!result.ok) throw new Error(result.reason);
  return result.table;
}

describe('reading CSV exports', () => {
  it('reads a Windows-1252 file with ; delimiters without mangling accents, € or œ', () => {
    const t = table('latin1-semicolon.csv');
    expect([t.encoding, t.delimiter]).toEqual(['windows-1252', ';']);
    expect(t.rows.map((r) => r.cells.commune)).toEqual(['Guéret', "L'Abergement-Clémenciat"]);
    expect(t.rows[0]!.cells.nom).toBe('Préfecture de la Creuse');
    expect(t.rows[0]!.cells.tarif).toBe('5 €');
    expect(t.rows[1]!.cells.nom).toBe('Cœur de ville');
  });

  it('drops the BOM so that the first header is not polluted, and normalises headers', () => {
    const t = table('utf8-bom-semicolon.csv');
    expect(t.encoding).toBe('utf-8-bom');
    expect(t.headers).toEqual(['id', 'nom_de_la_structure', 'code_insee']);
    expect(t.rows[0]!.cells.id).toBe('fab-1');
  });

  it('repairs double-encoded UTF-8 cell by cell, counts the repairs and leaves correct text untouched', () => {
    const t = table('double-encoded.csv');
    expect(t.rows.map((r) => [r.cells.nom, r.cells.commune])).toEqual([
      ['Préfecture de la Crèuse', 'Guéret'],
      ['Cœur de ville', 'Évreux'],
      ['Café déjà correct', 'Guéret'],
    ]);
    expect(t.repairedCells).toBe(4);
    expect(repairDoubleEncoding('Guéret')).toBeNull();
  });

  it('gives the physical line where a multi-line record starts', () => {
    const t = table('multiline-quoted.csv');
    expect(t.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(t.rows[0]!.cells.commentaire).toBe('première ligne\nseconde ligne');
  });

  it('reports an empty file instead of throwing, and a header-only file yields zero rows', () => {
    expect(readCsv(readFileSync(new URL('../fixtures/csv/empty.csv', import.meta.url)))).toEqual({ ok: false, reason: 'empty file (0 bytes)' });
    const t = table('header-only.csv');
    expect(t.rows).toEqual([]);
    expect(t.blankLines).toBe(0);
  });

  it('detects tab delimiters from the header line', () => {
    const t = table('tab-delimited.csv');
    expect(t.delimiter).toBe('\t');
    expect(t.rows[0]!.cells.code_insee).toBe('23096');
    expect(sniffDelimiter('"a;b",c,d\n')).toBe(',');
  });

  it('reports a row with more values than columns by its line instead of shifting its columns', () => {
    const t = table('extra-columns.csv');
    expect(t.rows).toEqual([]);
    expect(t.broken).toEqual([{ line: 2, code: 'too-many-fields', message: expect.stringContaining('3 values for 2 columns') }]);
  });

  it('reads every record of a file that mixes CRLF, LF and CR line endings, with their lines', () => {
    const t = table('mixed-line-endings.csv');
    expect(t.mixedLineEndings).toBe(true);
    expect(t.rows.map((r) => [r.line, r.cells.nom, r.cells.code_insee])).toEqual([
      [2, 'Lieu 1', '23096'], [3, 'Lieu 2', '23001'], [4, 'Lieu 3', '23002'], [5, 'Lieu 4', '23003'], [6, 'Lieu 5', '23004'],
    ]);
    expect(t.lines).toBe(6);
    expect(table('latin1-semicolon.csv').mixedLineEndings).toBe(false);
  });

  it('an unclosed quote costs its own line only: it is reported, and the lines after it are read', () => {
    const t = table('unclosed-quote.csv');
    expect(t.broken).toEqual([{ line: 3, code: 'quote-unclosed', message: expect.stringContaining('never closes') }]);
    expect(t.rows.map((r) => [r.line, r.cells.nom])).toEqual([[2, 'Lieu 1'], [4, 'Lieu 3'], [5, 'Lieu 4']]);
    expect(t.rows[2]!.cells.commune).toBe('Anzême');
  });

  it('a quote that opens mid-value stays text, and text after a closing quote is reported by line', () => {
    const t = table('invalid-quote.csv');
    expect(t.broken).toEqual([{ line: 2, code: 'quote-invalid', message: expect.stringContaining('closing quote') }]);
    expect(t.rows.map((r) => [r.line, r.cells.nom])).toEqual([[3, 'Lieu 2'], [4, 'Lieu 3, la halle']]);
    const midValue = readCsv(new TextEncoder().encode('nom;code\nMaison "Le lien;23096\nLieu 2;23001\n'));
    expect(midValue.ok && midValue.table.rows.map((r) => r.cells.nom)).toEqual(['Maison "Le lien', 'Lieu 2']);
  });

  it('a file without a header line is refused with the columns it should have, not read from its second record', () => {
    expect(readCsv(bytes('no-header.csv'), NAMED)).toEqual({ ok: false, reason: 'no recognised header: expected a name column such as lib_fs or nom in the first 30 lines' });
  });

  it('finds the header below title rows, and counts those rows as preamble, not records', () => {
    const t = table('title-rows.csv', NAMED);
    expect(t.headerLine).toBe(4);
    expect(t.preamble.map((p) => p.line)).toEqual([1, 2]);
    expect(t.rows.map((r) => [r.line, r.cells.nom, r.cells.code_insee])).toEqual([[5, 'Lieu 1', '23096'], [6, 'Lieu 2', '23001']]);
    expect(t.delimiter).toBe(';');
  });

  it("takes the delimiter from Excel's sep= first line", () => {
    const t = table('excel-sep.csv', NAMED);
    expect([t.delimiter, t.headerLine]).toEqual([',', 2]);
    expect(t.preamble).toEqual([{ line: 1, text: 'sep=,' }]);
    expect(t.rows.map((r) => r.cells.commentaire)).toEqual(['a; b', 'c']);
  });

  it('reads UTF-16 little- and big-endian, with or without a byte-order mark', () => {
    for (const [file, encoding] of [['utf16le-bom.csv', 'utf-16le'], ['utf16le-no-bom.csv', 'utf-16le'], ['utf16be-bom.csv', 'utf-16be']] as const) {
      const t = table(file, NAMED);
      expect(t.encoding, file).toBe(encoding);
      expect(t.delimiter, file).toBe('\t');
      expect(t.rows.map((r) => [r.cells.nom, r.cells.commune]), file).toEqual([['Maison France Services', 'Guéret'], ['Cœur de ville', 'Ajain']]);
    }
  });

  it('refuses spreadsheets and other binary files with what to do', () => {
    const zip = (entry: string) => new Uint8Array(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(26), Buffer.from(entry)]));
    expect(readCsv(zip('[Content_Types].xmlxl/workbook.xml'))).toEqual({ ok: false, reason: expect.stringContaining('is an Excel workbook (.xlsx): open it and save') });
    expect(readCsv(zip('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'))).toEqual({ ok: false, reason: expect.stringContaining('OpenDocument spreadsheet (.ods)') });
    expect(readCsv(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual({ ok: false, reason: expect.stringContaining('old Excel workbook (.xls)') });
  });

  it('blank lines are not records and do not shift line numbers; a final newline is not a blank line', () => {
    const t = table('blank-lines.csv');
    expect(t.rows.map((r) => [r.line, r.cells.nom])).toEqual([[2, 'Lieu 1'], [4, 'Lieu 2'], [6, 'Lieu 3']]);
    expect(t.blankLines).toBe(2);
  });

  it('normalises headers: case, accents, spaces and punctuation', () => {
    expect(normaliseHeader(' Code INSEE ')).toBe('code_insee');
    expect(normaliseHeader("Date d'ouverture")).toBe('date_d_ouverture');
    expect(normaliseHeader('Année')).toBe('annee');
  });
});
