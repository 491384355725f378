import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseHeader, readCsv, repairDoubleEncoding, sniffDelimiter, type CsvTable } from '../../scripts/pipeline/read.ts';

function table(name: string): CsvTable {
  const result = readCsv(readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url)));
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

  it('keeps values beyond the header instead of dropping them', () => {
    expect(table('extra-columns.csv').rows[0]!.cells).toEqual({ nom: 'Lieu X', code: '23096', colonne_3: 'valeur en trop' });
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
