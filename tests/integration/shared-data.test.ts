// The real build over ../shared/data: every France Services row accounted for, every département with figures.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { nationalFigures, urbanEpciCommunes } from '../../src/domain/national.ts';
import { decodeUrbanEpci } from '../../src/domain/departements-file.ts';
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

  it('keeps the year of labelling of every France Services place, and counts per network the places without one', () => {
    const { places } = decodePlaces(JSON.parse(readFileSync(join(out, 'places.json'), 'utf8')));
    const fs = places.filter((p) => p.network === 'france-services');
    // « Espace labellisé DD/MM/YYYY » on every row of the 2024-08-01 export: labels from 2020 to 2024.
    expect(fs.every((p) => p.labelYear !== null && p.labelYear >= 2020 && p.labelYear <= 2024)).toBe(true);
    expect(report.inputs.find((i) => i.network === 'france-services')!.warnings['label-date-unreadable']).toBeUndefined();
    const dates = new Map(report.labelDates.map((d) => [d.network, d]));
    expect(dates.get('france-services')).toMatchObject({ withoutDate: 0, column: 'labellisation_fs' });
    for (const n of ['fabriques', 'manufactures'] as const) expect(dates.get(n)).toMatchObject({ withoutDate: places.filter((p) => p.network === n).length, column: null });
    for (const n of ['micro-folies', 'campus-connectes'] as const) {
      expect(dates.get(n)!.column).toBe('annee');
      expect(dates.get(n)!.withoutDate).toBe(places.filter((p) => p.network === n && p.labelYear === null).length);
      expect(dates.get(n)!.withoutDate).toBeGreaterThan(0);
    }
  });

  it('reconciles every input file and the totals, records apart from lines', () => {
    expect(report.inputs.find((i) => i.network === 'fabriques')).toMatchObject({ rows: 382, lines: 412, headerLine: 1 });
    for (const input of report.inputs) expect(input.rows, input.file).toBe(input.placesWritten + input.rejected + input.mergedDuplicates);
    expect(report.totals.reconciles).toBe(true);
    expect(report.totals.rows).toBe(report.inputs.reduce((n, i) => n + i.rows, 0));
  });

  it('reads all five networks, one export each, and ignores the notes companions with a line in the report', () => {
    expect(report.missingNetworks).toEqual([]);
    expect(report.inputs.map((i) => [i.network, i.rows])).toEqual([
      ['france-services', 2845], ['fabriques', 382], ['micro-folies', 171], ['campus-connectes', 76], ['manufactures', 111],
    ]);
    expect(report.ignoredFiles.map((f) => f.path).sort()).toEqual([
      'raw/campus-connectes/campus-connectes-transcrits-2026-12.notes.csv', 'raw/micro-folies/micro-folies-transcrites-2026-12.notes.csv',
    ]);
  });

  it('reports the Micro-Folies without a commune, and places the others at their commune centroid with their source', () => {
    const mf = report.inputs.find((i) => i.network === 'micro-folies')!;
    expect(mf.rejects['no-location']!.length).toBe(16);
    const { places } = decodePlaces(JSON.parse(readFileSync(join(out, 'places.json'), 'utf8')));
    const placed = places.filter((p) => p.network === 'micro-folies');
    expect(placed).toHaveLength(mf.placesWritten);
    expect(placed.every((p) => p.approximate)).toBe(true);
    const melun = placed.find((p) => p.name === 'Micro-Folie de Melun')!;
    const details = JSON.parse(readFileSync(join(out, 'place-details', '77.json'), 'utf8')).details;
    expect(details[melun.id].sourceUrl).toMatch(/^https:\/\//);
  });

  it('places the Campus connectés of French Polynesia, outside every département', () => {
    const { places } = decodePlaces(JSON.parse(readFileSync(join(out, 'places.json'), 'utf8')));
    const polynesia = places.filter((p) => p.network === 'campus-connectes' && p.departementCode === '987');
    expect(polynesia.map((p) => p.communeName).sort()).toEqual(['Nuku-Hiva', 'Rangiroa', 'Teva I Uta', 'Tubuai', 'Uturoa']);
    expect(polynesia.every((p) => p.lon < -139 && p.lat < -8)).toBe(true);
  });

  it('marks the two transcribed lists as partial with their expected total, and leaves them out of « Tous les réseaux »', () => {
    const { meta } = decodePlaces(JSON.parse(readFileSync(join(out, 'places.json'), 'utf8')));
    const status = Object.fromEntries(meta.networks.map((n) => [n.id, n]));
    expect(status['micro-folies']!.expected).toMatchObject({ total: 500, approximate: true });
    expect(status['campus-connectes']!.expected).toMatchObject({ total: 89, approximate: false });
    expect(status['france-services']!.expected).toBeNull();
    expect(departements.inAll).toEqual(['france-services', 'fabriques', 'manufactures']);
    const n = departements.national;
    expect(n.all.count).toBe(n.networks['france-services'].count + n.networks.fabriques.count + n.networks.manufactures.count);
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
      expect(d.networks['micro-folies'].beyond10km, d.code).toBeGreaterThanOrEqual(0);
    }
  });

  it('the national France Services count is rows read minus rejects and merged duplicates; the départements add up to it less the places outside any département', () => {
    const fs = report.inputs.find((i) => i.network === 'france-services')!;
    const { places } = decodePlaces(JSON.parse(readFileSync(join(out, 'places.json'), 'utf8')));
    const codes = new Set(departements.departements.map((d) => d.code));
    const outside = places.filter((p) => p.network === 'france-services' && !codes.has(p.departementCode ?? '')).length;
    expect(outside).toBe(2); // Saint-Martin (978), a collectivité, not a département
    expect(departements.national.networks['france-services'].count).toBe(fs.rows - fs.rejected - fs.mergedDuplicates);
    expect(departements.national.outside.networks['france-services']).toEqual({ count: outside, codes: ['978'] });
    expect(departements.departements.reduce((n, d) => n + d.networks['france-services'].count, 0)).toBe(departements.national.networks['france-services'].count - outside);
  });

  it("reproduces the State's figures for the January 2024 Fabriques: 382, three quarters outside métropoles, a third in low density, 195 in a QPV commune", () => {
    const { places } = decodePlaces(JSON.parse(readFileSync(join(out, 'places.json'), 'utf8')));
    const epci = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/data/epci.json'), 'utf8'));
    const fabriques = places.filter((p) => p.network === 'fabriques');
    const f = nationalFigures(fabriques, departements, 'fabriques', urbanEpciCommunes(epci));
    const pct = (s: { share: number | null }) => Math.round(s.share! * 100);
    expect(f.count).toBe(382);
    expect(pct(f.outsideUrbanEpci)).toBe(76);
    expect(pct(f.outsideMetropoles)).toBe(81);
    const lowDensity = f.density[5].count + f.density[6].count + f.density[7].count;
    expect(Math.round((lowDensity / f.density[5].of) * 100)).toBe(36);
    expect(pct(f.sizeBands.lt2k)).toBe(22);
    // The hand count of 101 took Saint-Martin (a collectivité, one Fabrique) for a département: the Territoire
    // de Belfort has none in the January 2024 list.
    expect(f.departementsWithOne.count).toBe(100);
    expect(fabriques.filter((p) => p.departementCode === '978')).toHaveLength(1);
    expect(f.departementsWithTwo.count).toBe(96);
    expect(f.qpvCommune.count).toBe(195);
    // The view reads the métropoles from departements.json, as the build wrote them.
    expect(nationalFigures(fabriques, departements, 'fabriques', decodeUrbanEpci(departements)).outsideUrbanEpci).toEqual(f.outsideUrbanEpci);
  });
});
