// The data build's command line: clear messages for bad inputs, never a stack trace, never a file of the user's lost.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { xlsxWorkbook } from '../helpers/xlsx.ts';

function build(args: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/build-data.ts', ...args], { encoding: 'utf8' });
}

const root = mkdtempSync(join(tmpdir(), 'cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh folder holding the given files (text or bytes). */
function folder(name: string, files: Record<string, string | Buffer> = {}): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const GUERET = 'Nom;Code INSEE;Latitude;Longitude\nMicro-Folie de Guéret;23096;46.17;1.87\n';

/** An earlier build's output, as the build writes it: a report listing its files. */
function earlierBuild(name: string, extra: Record<string, string> = {}): string {
  return folder(name, {
    'places.json': '{"old":true}',
    'tiles/communes/6/32/22.pbf': 'old tile',
    'build-report.json': JSON.stringify({ files: ['build-report.json', 'places.json', 'tiles/communes/6/32/22.pbf'] }),
    ...extra,
  });
}

function expectOneClearLine(r: ReturnType<typeof build>, text: string) {
  expect(r.status, r.stdout).toBe(2);
  expect(r.stderr).toContain(text);
  expect(r.stderr).not.toMatch(/at .+\.ts:\d+/);
}

describe('npm run data: inputs it cannot use', () => {
  it('a missing input folder is a clear message and exit code 2', () => {
    expectOneClearLine(build(['--input', '/nonexistent/exports', '--out', join(root, 'never')]), 'input folder not found: /nonexistent/exports');
  });

  it('a network file named on the command line but absent is a clear message', () => {
    expectOneClearLine(build(['--france-services', '/nonexistent/fs.csv', '--out', join(root, 'never')]), '--france-services /nonexistent/fs.csv: file not found');
  });

  it('an Excel workbook given as an export stops the build and says how to export it as CSV', () => {
    const dir = folder('xlsx', { 'liste-france-services.xlsx': xlsxWorkbook([['lib_fs', 'insee_com'], ['France Services de Guéret', '23096']]) });
    const r = build(['--input', dir, '--out', join(dir, 'out')]);
    expectOneClearLine(r, 'liste-france-services.xlsx is an Excel workbook (.xlsx): open it and save the sheet as « CSV UTF-8');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  }, 60_000);

  it('a folder named like a CSV export, or a link that loops, is named with what to do', () => {
    const dir = folder('not-files');
    mkdirSync(join(dir, 'micro-folies.csv'));
    expectOneClearLine(build(['--input', dir, '--micro-folies', join(dir, 'micro-folies.csv'), '--out', join(dir, 'out')]), 'is a folder, not a file');
    symlinkSync(join(dir, 'loop-b.csv'), join(dir, 'loop-a.csv'));
    symlinkSync(join(dir, 'loop-a.csv'), join(dir, 'loop-b.csv'));
    expectOneClearLine(build(['--input', dir, '--micro-folies', join(dir, 'loop-a.csv'), '--out', join(dir, 'out')]), 'is a symbolic link that loops back on itself');
  }, 60_000);

  it('two undated exports of one network stop the build and ask which one to read', () => {
    const dir = folder('two', { 'micro-folies-copie.csv': GUERET, 'micro-folies-export.csv': GUERET });
    expectOneClearLine(build(['--input', dir, '--out', join(dir, 'out')]), 'several Micro-Folies exports and no date in their names to tell the newest: micro-folies-copie.csv, micro-folies-export.csv. Name the one to read with --micro-folies FILE.');
  });

  it('an empty export, a header-only export, one with no name column and one whose rows are all rejected each stop the build', () => {
    const cases: [string, string, string][] = [
      ['micro-folies.csv', '', 'micro-folies.csv: empty file (0 bytes); fix it, or name another file with --micro-folies FILE.'],
      ['micro-folies.csv', 'nom;code_insee\r\n', 'micro-folies.csv: a header and no rows'],
      ['micro-folies.csv', 'Micro-Folie de Guéret;23096\nMicro-Folie de Tulle;19272\n', 'micro-folies.csv: no recognised header: expected a name column such as nom, lib_fs, nom_tl'],
      ['micro-folies.csv', 'nom;code_insee\n;23096\nSans lieu;99999\n', 'micro-folies.csv: all 2 rows were rejected (missing-name 1, no-location 1)'],
    ];
    for (const [i, [name, content, message]] of cases.entries()) {
      const dir = folder(`bad-${i}`, { [name]: content });
      const out = earlierBuild(`bad-${i}-out`);
      expectOneClearLine(build(['--input', dir, '--out', out]), message);
      expect(readFileSync(join(out, 'places.json'), 'utf8'), 'the previous output is untouched').toBe('{"old":true}');
    }
  }, 120_000);
});

describe('npm run data: the output folder', () => {
  it('refuses an --out that is a file, a non-empty folder of documents, or the input folder, and touches none of them', () => {
    const docs = folder('docs', { 'mes-notes.txt': 'important', 'micro-folies.csv': GUERET });
    const file = join(docs, 'mes-notes.txt');
    expectOneClearLine(build(['--input', docs, '--out', file]), 'is a file, not a folder');
    const other = folder('other-docs', { 'rapport.odt': 'x' });
    expectOneClearLine(build(['--input', docs, '--out', other]), 'is not empty and holds no earlier build (no build-report.json)');
    expectOneClearLine(build(['--input', docs, '--out', docs]), 'holds the input folder');
    expectOneClearLine(build(['--input', docs, '--out', root]), 'holds the input folder');
    expect(readFileSync(file, 'utf8')).toBe('important');
    expect(readdirSync(other)).toEqual(['rapport.odt']);
    expect(readdirSync(docs).sort()).toEqual(['mes-notes.txt', 'micro-folies.csv']);
  });

  it("replaces an earlier build's files, keeps a file someone put in its folder, ignores the notes companion, and reports it all", () => {
    const dir = folder('own', {
      'in/Liste des Micro-Folies.csv': GUERET,
      'in/Liste des Micro-Folies.notes.csv': 'nom;commune;note\nMicro-Folie de Guéret;Guéret;ouverte\n',
    });
    const out = earlierBuild('own-out', { 'LISEZ-MOI.txt': 'mon fichier', 'tiles/communes/mine.txt': 'à moi' });
    const r = build(['--input', join(dir, 'in'), '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'LISEZ-MOI.txt'), 'utf8')).toBe('mon fichier');
    expect(readFileSync(join(out, 'tiles/communes/mine.txt'), 'utf8')).toBe('à moi');
    expect(readFileSync(join(out, 'places.json'), 'utf8')).not.toContain('"old"');
    expect(r.stdout).toContain('kept LISEZ-MOI.txt: not written by the build');
    expect(readdirSync(root).filter((f) => f.startsWith('.own-out')), 'no staging or old folder is left').toEqual([]);
    const report = JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8'));
    expect(report.inputs).toHaveLength(1);
    expect(report.inputs[0]).toMatchObject({ network: 'micro-folies', rows: 1, lines: 2, placesWritten: 1 });
    expect(report.ignoredFiles).toEqual([{ path: 'Liste des Micro-Folies.notes.csv', network: 'micro-folies', reason: expect.stringContaining('notes') }]);
    expect(report.missingNetworks.map((m: { network: string }) => m.network)).toContain('france-services');
    expect(report.files).toContain('places.json');
    expect(report.files).not.toContain('LISEZ-MOI.txt');
  }, 60_000);

  it('--if-changed does nothing when no input changed, and rebuilds when an export changed', () => {
    const dir = folder('if-changed', { 'in/micro-folies.csv': GUERET });
    const out = join(dir, 'out');
    expect(build(['--input', join(dir, 'in'), '--out', out]).status).toBe(0);
    const again = build(['--input', join(dir, 'in'), '--out', out, '--if-changed']);
    expect(again.stdout).toContain('up to date');
    writeFileSync(join(dir, 'in/micro-folies.csv'), `${GUERET}Micro-Folie de Tulle;19272;45.27;1.77\n`);
    const changed = build(['--input', join(dir, 'in'), '--out', out, '--if-changed']);
    expect(changed.stdout).not.toContain('up to date');
    expect(JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8')).inputs[0].rows).toBe(2);
  }, 120_000);
});
