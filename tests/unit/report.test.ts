import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processInputs, type InputLedger } from '../../scripts/pipeline/process.ts';
import { makeReport, reconciles, reportMarkdown, totals, type BuildReport } from '../../scripts/pipeline/report.ts';
import { SCHEMA_VERSION } from '../../src/domain/schema.ts';
import { tinyReference } from './helpers/reference.ts';

const ref = tinyReference();
const { ledgers } = processInputs([
  { network: 'france-services', path: 'exports/france-services.csv', bytes: new Uint8Array(readFileSync('tests/fixtures/exports/france-services.csv')) },
  { network: 'micro-folies', path: 'exports/empty.csv', bytes: new Uint8Array(0) },
], ref);

function report(with_: InputLedger[] = ledgers): BuildReport {
  return makeReport({
    inputHash: 'abcdef0123456789abcdef',
    builtAt: '2025-01-02T03:04:05.000Z',
    inputFolder: '/data/in',
    durationMs: 1234,
    ledgers: with_,
    missingNetworks: [{ network: 'fabriques', message: 'no Fabriques de territoire export found in /data/in (give --fabriques FILE to name one)' }],
    ignoredFiles: [{ path: 'micro-folies.notes.csv', network: 'micro-folies', reason: 'documents an export (notes, read-me): not read as rows' }],
    reference: { notes: ref.notes, sources: { 'density grid': 'grille.csv', QPV: null } },
    outputs: [{ path: 'places.json', files: 1, bytes: 2048, gzipBytes: 512 }],
  });
}

function blankLedger(overrides: Partial<InputLedger>): InputLedger {
  return {
    network: 'france-services', file: 'x.csv', error: null, encoding: 'utf-8', delimiter: '\t', columns: {}, lines: 0, headerLine: 1, preamble: [], mixedLineEndings: false, rows: 0, blankLines: 0,
    repairedCells: 0, placesWritten: 0, rejected: 0, mergedDuplicates: 0, placesWithoutDate: 0, rejects: {}, warnings: {}, ...overrides,
  };
}

describe('report totals', () => {
  it('reconciles when rows = written + rejected + merged', () => {
    expect(reconciles({ rows: 10, placesWritten: 7, rejected: 2, mergedDuplicates: 1 })).toBe(true);
    expect(reconciles({ rows: 10, placesWritten: 7, rejected: 2, mergedDuplicates: 0 })).toBe(false);
  });

  it('sums the ledgers and says whether the sum reconciles', () => {
    expect(totals(ledgers)).toEqual({ rows: 10, placesWritten: 7, rejected: 2, mergedDuplicates: 1, reconciles: true });
    expect(totals([...ledgers, blankLedger({ rows: 3, placesWritten: 1 })]).reconciles).toBe(false);
  });

  it('stamps the report and marks each input', () => {
    const r = report();
    expect(r.schemaVersion).toBe(SCHEMA_VERSION);
    expect(r.inputs.map((i) => [i.file, i.reconciles])).toEqual([['exports/france-services.csv', true], ['exports/empty.csv', true]]);
  });
});

describe('reportMarkdown', () => {
  const md = reportMarkdown(report());

  it('has the totals row', () => {
    expect(md).toContain('| rows read | places written | rejected | merged duplicates | reconciles |');
    expect(md).toContain('| 10 | 7 | 2 | 1 | yes |');
  });

  it('has one row per input with encoding, delimiter and counts', () => {
    expect(md).toContain('| France Services | `exports/france-services.csv` | utf-8 | `,` | 10 | 7 | 2 | 1 | yes |');
    expect(md).toContain('| Micro-Folies | `exports/empty.csv` | — | — | 0 | 0 | 0 | 0 | yes |');
  });

  it('lists rejected rows with their line and reason', () => {
    expect(md).toContain('- **no name** (`missing-name`): 1\n  - line 9: the name column is empty');
    expect(md).toContain('- **neither usable coordinates nor a known commune** (`no-location`): 1\n  - line 12: no usable coordinates, and commune "99999" is unknown');
  });

  it('lists warnings with their line', () => {
    expect(md).toContain('- **latitude and longitude swapped, fixed** (`coordinates-swapped`): 1\n  - line 3: latitude 4.95 and longitude 46.15 were swapped');
    expect(md).toContain('- **duplicate of another row, merged into it** (`duplicate-merged`): 1\n  - line 7: "France Services de Guéret" duplicates line 2 (135 m apart); merged into it');
  });

  it('counts the places without a date of labelling per network, and names the column the dates came from', () => {
    // The fixture dates lines 2 and 3 only: of its 7 places, 5 have no date.
    expect(report().labelDates).toEqual([{ network: 'france-services', places: 7, withoutDate: 5, column: 'labellisation_fs' }]);
    expect(md).toContain('| France Services | 7 | 5 | `labellisation_fs` |');
  });

  it('says when an export has no date column at all (the whole network is undated)', () => {
    const text = reportMarkdown(report([blankLedger({ network: 'fabriques', rows: 3, placesWritten: 3, placesWithoutDate: 3 })]));
    expect(text).toContain('| Fabriques de territoire | 3 | 3 | none in the export: the whole network is undated |');
  });

  it('says which file could not be read and why', () => {
    expect(md).toContain('### Micro-Folies: `exports/empty.csv`\n\n**Not read:** empty file (0 bytes)');
  });

  it('lists missing networks, reference sources and notes, and outputs', () => {
    expect(md).toContain('- no Fabriques de territoire export found in /data/in (give --fabriques FILE to name one)');
    expect(md).toContain('- density grid: grille.csv');
    expect(md).toContain('- QPV: not available (values shown as unknown)');
    for (const note of ref.notes) expect(md).toContain(`- ${note}`);
    expect(md).toContain('| `places.json` | 1 | 2.0 KB | 0.5 KB |');
    expect(md).toContain(`Built 2025-01-02T03:04:05.000Z in 1.2 s from \`/data/in\` (input hash \`abcdef012345\`, schema ${SCHEMA_VERSION}).`);
  });

  it('shows a failed reconciliation loudly, names a tab delimiter, and cuts long lists', () => {
    const lines = Array.from({ length: 17 }, (_, i) => ({ line: i + 2, message: `row ${i + 2}\nhas no name` }));
    const text = reportMarkdown(report([blankLedger({ rows: 20, rejected: 17, rejects: { 'missing-name': lines } })]));
    expect(text).toContain('| 20 | 0 | 17 | 0 | **NO** |');
    expect(text).toContain('| France Services | `x.csv` | utf-8 | tab | 20 | 0 | 17 | 0 | **NO** |');
    expect(text).toContain('  - line 16: row 16 has no name');
    expect(text).not.toContain('  - line 17:');
    expect(text).toContain('  - … 2 more in build-report.json');
  });

  it('shows values from the exports escaped: markup and Markdown syntax are text', () => {
    const warnings = { 'markup-removed': [{ line: 4, message: 'name: markup removed from "<img src=x onerror=alert(1)> *gras* [lien](javascript:x)"' }] };
    const text = reportMarkdown(report([blankLedger({ rows: 1, placesWritten: 1, warnings })]));
    expect(text).toContain('  - line 4: name: markup removed from "&lt;img src=x onerror=alert(1)&gt; \\*gras\\* \\[lien\\](javascript:x)"');
    expect(text).not.toContain('<img');
  });

  it('says where the header was found, what stood above it, and that line endings were mixed', () => {
    const text = reportMarkdown(report([blankLedger({ rows: 2, placesWritten: 2, lines: 5, headerLine: 3, mixedLineEndings: true, preamble: [{ line: 1, text: 'Liste des lieux <b>2024</b>' }] })]));
    expect(text).toContain('5 lines, 2 records (header on line 3).');
    expect(text).toContain('- line 1 is above the header, not a record: Liste des lieux &lt;b&gt;2024&lt;/b&gt;');
    expect(text).toContain('mixes line endings');
  });
});
