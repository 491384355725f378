// The build report: every input row accounted for, as JSON for tools and Markdown for people.
import { networkById, type NetworkId } from '../../src/domain/networks.ts';
import { SCHEMA_VERSION } from '../../src/domain/schema.ts';
import { REJECT_LABELS, WARNING_LABELS, type RejectCode, type WarningCode } from './issues.ts';
import type { IgnoredFile } from './locate-inputs.ts';
import type { InputLedger } from './process.ts';

export interface Counts {
  rows: number;
  placesWritten: number;
  rejected: number;
  mergedDuplicates: number;
}

export interface OutputSize {
  path: string;
  files: number;
  bytes: number;
  gzipBytes: number;
}

export interface BuildReport {
  schemaVersion: number;
  inputHash: string;
  builtAt: string;
  inputFolder: string;
  durationMs: number;
  inputs: (InputLedger & { reconciles: boolean })[];
  /** Per network read: how many places have no year of labelling, and which column gave the dates (null: none). */
  labelDates: LabelDates[];
  missingNetworks: { network: NetworkId; message: string }[];
  /** Files found in the input folder and not read, with why (notes, older exports, spreadsheets beside a CSV). */
  ignoredFiles: IgnoredFile[];
  reference: { notes: string[]; sources: Record<string, string | null> };
  totals: Counts & { reconciles: boolean };
  outputs: OutputSize[];
  /** Every file this build wrote, relative to the output folder: the next build removes these and no other. */
  files?: string[];
}

export interface LabelDates {
  network: NetworkId;
  places: number;
  withoutDate: number;
  /** The export's column read as the date of labelling; null when the export has none (the whole network is undated). */
  column: string | null;
}

/** Places without a date per network, summed over its files (one per network, but the sum costs nothing). */
export function labelDates(ledgers: readonly InputLedger[]): LabelDates[] {
  const byNetwork = new Map<NetworkId, LabelDates>();
  for (const l of ledgers) {
    if (l.error) continue;
    const d = byNetwork.get(l.network) ?? { network: l.network, places: 0, withoutDate: 0, column: null };
    d.places += l.placesWritten;
    d.withoutDate += l.placesWithoutDate;
    d.column ??= l.columns.labelDate ?? null;
    byNetwork.set(l.network, d);
  }
  return [...byNetwork.values()];
}

export function reconciles(c: Counts): boolean {
  return c.rows === c.placesWritten + c.rejected + c.mergedDuplicates;
}

export function totals(ledgers: InputLedger[]): Counts & { reconciles: boolean } {
  const sum = (key: keyof Counts) => ledgers.reduce((n, l) => n + l[key], 0);
  const counts = { rows: sum('rows'), placesWritten: sum('placesWritten'), rejected: sum('rejected'), mergedDuplicates: sum('mergedDuplicates') };
  return { ...counts, reconciles: reconciles(counts) };
}

export function makeReport(parts: Omit<BuildReport, 'schemaVersion' | 'totals' | 'inputs' | 'labelDates'> & { ledgers: InputLedger[] }): BuildReport {
  const { ledgers, ...rest } = parts;
  return {
    schemaVersion: SCHEMA_VERSION,
    ...rest,
    inputs: ledgers.map((l) => ({ ...l, reconciles: reconciles(l) })),
    labelDates: labelDates(ledgers),
    totals: totals(ledgers),
  };
}

const SHOWN_LINES = 15;

/** Values from the exports are shown as text: markup and Markdown syntax are escaped, never interpreted. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]|<>&]/g, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : `\\${ch}`)).replace(/\n/g, ' ');
}

function issueSection<C extends string>(title: string, labels: Record<C, string>, issues: Partial<Record<C, { line: number; message: string }[]>>): string[] {
  const entries = (Object.entries(issues) as [C, { line: number; message: string }[]][]).sort((a, b) => b[1].length - a[1].length);
  if (entries.length === 0) return [];
  const out = [`#### ${title}`, ''];
  for (const [code, lines] of entries) {
    out.push(`- **${labels[code]}** (\`${code}\`): ${lines.length}`);
    for (const { line, message } of lines.slice(0, SHOWN_LINES)) out.push(`  - line ${line}: ${escapeMarkdown(message)}`);
    if (lines.length > SHOWN_LINES) out.push(`  - … ${lines.length - SHOWN_LINES} more in build-report.json`);
  }
  out.push('');
  return out;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function reportMarkdown(r: BuildReport): string {
  const t = r.totals;
  const lines = [
    '# Build report',
    '',
    `Built ${r.builtAt} in ${(r.durationMs / 1000).toFixed(1)} s from \`${r.inputFolder}\` (input hash \`${r.inputHash.slice(0, 12)}\`, schema ${r.schemaVersion}).`,
    '',
    '## Totals',
    '',
    '| rows read | places written | rejected | merged duplicates | reconciles |',
    '|---:|---:|---:|---:|:--|',
    `| ${t.rows} | ${t.placesWritten} | ${t.rejected} | ${t.mergedDuplicates} | ${t.reconciles ? 'yes' : '**NO**'} |`,
    '',
    '## Inputs',
    '',
    '| network | file | encoding | delimiter | rows | written | rejected | merged | reconciles |',
    '|---|---|---|---|---:|---:|---:|---:|:--|',
    ...r.inputs.map((i) =>
      `| ${networkById(i.network).label} | \`${i.file}\` | ${i.encoding ?? '—'} | ${i.delimiter === '\t' ? 'tab' : i.delimiter ? `\`${i.delimiter}\`` : '—'} | ${i.rows} | ${i.placesWritten} | ${i.rejected} | ${i.mergedDuplicates} | ${i.reconciles ? 'yes' : '**NO**'} |`),
    '',
  ];
  if (r.labelDates.length) {
    lines.push('## Dates of labelling', '', '« Situation au » (`?au=`) leaves out the places without a date; the chart counts them apart.', '');
    lines.push('| network | places | without a date | date column |', '|---|---:|---:|---|');
    for (const d of r.labelDates) {
      const column = d.column ? `\`${d.column}\`` : 'none in the export: the whole network is undated';
      lines.push(`| ${networkById(d.network).label} | ${d.places} | ${d.withoutDate} | ${column} |`);
    }
    lines.push('');
  }
  for (const m of r.missingNetworks) lines.push(`- ${m.message}`);
  for (const i of r.ignoredFiles) lines.push(`- ignored \`${i.path}\`: ${i.reason}`);
  if (r.missingNetworks.length || r.ignoredFiles.length) lines.push('');
  for (const i of r.inputs) {
    lines.push(`### ${networkById(i.network).label}: \`${i.file}\``, '');
    if (i.error) lines.push(`**Not read:** ${i.error}`, '');
    if (!i.error) lines.push(`${i.lines} lines, ${i.rows} records (header on line ${i.headerLine}).`, '');
    for (const p of i.preamble) lines.push(`- line ${p.line} is above the header, not a record: ${escapeMarkdown(p.text)}`);
    if (i.preamble.length) lines.push('');
    if (i.mixedLineEndings) lines.push('The file mixes line endings (CRLF, LF, CR): normalised before reading.', '');
    if (i.blankLines) lines.push(`${i.blankLines} blank lines skipped (not records).`, '');
    if (i.repairedCells) lines.push(`${i.repairedCells} cells had double-encoded UTF-8, repaired.`, '');
    const mapped = Object.entries(i.columns).map(([field, header]) => `${field} ← \`${header}\``).join(', ');
    if (mapped) lines.push(`Columns: ${mapped}.`, '');
    lines.push(...issueSection('Rejected rows', REJECT_LABELS, i.rejects as Partial<Record<RejectCode, { line: number; message: string }[]>>));
    lines.push(...issueSection('Warnings', WARNING_LABELS, i.warnings as Partial<Record<WarningCode, { line: number; message: string }[]>>));
  }
  lines.push('## Reference data', '');
  for (const [name, value] of Object.entries(r.reference.sources)) lines.push(`- ${name}: ${value ?? 'not available (values shown as unknown)'}`);
  for (const note of r.reference.notes) lines.push(`- ${note}`);
  lines.push('', '## Outputs', '', '| path | files | bytes | gzipped |', '|---|---:|---:|---:|');
  for (const o of r.outputs) lines.push(`| \`${o.path}\` | ${o.files} | ${kb(o.bytes)} | ${kb(o.gzipBytes)} |`);
  lines.push('');
  return lines.join('\n');
}
