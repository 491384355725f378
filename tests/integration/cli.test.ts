// The data build's command line: clear messages for missing inputs, never a stack trace.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function build(args: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/build-data.ts', ...args], { encoding: 'utf8' });
}

describe('npm run data', () => {
  it('a missing input folder is a clear message and exit code 2', () => {
    const r = build(['--input', '/nonexistent/exports', '--out', join(tmpdir(), 'never')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('input folder not found: /nonexistent/exports');
    expect(r.stderr).not.toMatch(/at .+\.ts:\d+/);
  });

  it('a network file named on the command line but absent is a clear message', () => {
    const r = build(['--france-services', '/nonexistent/fs.csv', '--out', join(tmpdir(), 'never')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--france-services /nonexistent/fs.csv: file not found');
  });

  it("builds from a user's own folder, reports the networks it lacks, and takes reference geography from ../shared/data", () => {
    const dir = mkdtempSync(join(tmpdir(), 'exports-'));
    const out = join(dir, 'out');
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'Liste des Micro-Folies.csv'), 'Nom;Code INSEE;Latitude;Longitude\nMicro-Folie de Guéret;23096;46.17;1.87\n');
    const r = build(['--input', join(dir, 'in'), '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8'));
    expect(report.inputs).toHaveLength(1);
    expect(report.inputs[0]).toMatchObject({ network: 'micro-folies', rows: 1, placesWritten: 1 });
    expect(report.missingNetworks.map((m: { network: string }) => m.network)).toContain('france-services');
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
