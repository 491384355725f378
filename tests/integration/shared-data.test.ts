// The real build over ../shared/data: every France Services row accounted for, every département with figures.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePlaces } from '../../src/domain/places-file.ts';
import type { BuildReport } from '../../scripts/pipeline/report.ts';
import type { DepartementsFile } from '../../scripts/pipeline/stats.ts';

const shared = join(process.cwd(), '../shared/data');
const out = mkdtempSync(join(tmpdir(), 'build-'));
let report: BuildReport;
let departements: DepartementsFile;

beforeAll(() => {
  execFileSync('npx', ['tsx', 'scripts/build-data.ts', '--input', shared, '--out', out], { stdio: 'pipe' });
  report = JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8'));
  departements = JSON.parse(readFileSync(join(out, 'departements.json'), 'utf8'));
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.runIf(existsSync(shared))('the build over ../shared/data', () => {
  it('accounts for all 2,845 France Services rows: written, rejected or merged', () => {
    const fs = report.inputs.find((i) => i.network === 'france-services')!;
    expect(fs.rows).toBe(2845);
    expect(fs.placesWritten + fs.rejected + fs.mergedDuplicates).toBe(2845);
    const { places } = decodePlaces(JSON.parse(readFileSync(join(out, 'places.json'), 'utf8')));
    expect(places.filter((p) => p.network === 'france-services')).toHaveLength(fs.placesWritten);
  });

  it('reconciles every input file and the totals', () => {
    for (const input of report.inputs) expect(input.rows, input.file).toBe(input.placesWritten + input.rejected + input.mergedDuplicates);
    expect(report.totals.reconciles).toBe(true);
    expect(report.totals.rows).toBe(report.inputs.reduce((n, i) => n + i.rows, 0));
  });

  it('says which networks have no export instead of failing', () => {
    // ../shared/data now holds transcribed Micro-Folies and Campus connectés exports: every network either has an input or is listed.
    const read = new Set(report.inputs.map((i) => i.network));
    for (const id of ['france-services', 'fabriques', 'micro-folies', 'campus-connectes', 'manufactures']) {
      expect(read.has(id as never) !== report.missingNetworks.some((m) => m.network === id), id).toBe(true);
    }
    for (const m of report.missingNetworks) expect(m.message).toMatch(/^no .+ export found in /);
  });

  it('gives figures for every one of the 101 départements, Corsica and overseas included', () => {
    const codes = departements.departements.map((d) => d.code);
    expect(codes).toHaveLength(101);
    expect(new Set(codes).size).toBe(101);
    for (const code of ['2A', '2B', '75', '92', '93', '94', '971', '972', '973', '974', '976']) expect(codes).toContain(code);
    for (const d of departements.departements) {
      expect(d.population, d.code).toBeGreaterThan(0);
      expect(d.networks['france-services'].count, d.code).toBeGreaterThan(0);
      expect(d.networks['france-services'].beyond10km, d.code).toBeGreaterThanOrEqual(0);
      for (const m of report.missingNetworks) expect(d.networks[m.network].beyond10km, 'a network without data has no distance figure').toBeNull();
    }
  });

  it('the national France Services count is rows read minus rejects and merged duplicates, less the places outside any département', () => {
    const fs = report.inputs.find((i) => i.network === 'france-services')!;
    const { places } = decodePlaces(JSON.parse(readFileSync(join(out, 'places.json'), 'utf8')));
    const codes = new Set(departements.departements.map((d) => d.code));
    const outside = places.filter((p) => p.network === 'france-services' && !codes.has(p.departementCode ?? '')).length;
    expect(outside).toBe(2); // Saint-Martin (978), a collectivité, not a département
    expect(departements.national.networks['france-services'].count).toBe(fs.rows - fs.rejected - fs.mergedDuplicates - outside);
    expect(departements.departements.reduce((n, d) => n + d.networks['france-services'].count, 0)).toBe(departements.national.networks['france-services'].count);
  });
});
