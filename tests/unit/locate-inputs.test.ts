import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findNetworkFiles, findReferenceFiles } from '../../scripts/pipeline/locate-inputs.ts';

const network = (path: string) => [...findNetworkFiles([path]).chosen.keys()][0] ?? null;

describe('findNetworkFiles', () => {
  it('recognises each network by its usual file names', () => {
    expect(network('raw/france-services/liste-fs-20240801.csv')).toBe('france-services');
    expect(network('France_Services_2025.csv')).toBe('france-services');
    expect(network('fs-export.txt')).toBe('france-services');
    expect(network('raw/fabriques/fabriques-de-territoire-2024-01.csv')).toBe('fabriques');
    expect(network('Liste des Micro-Folies.csv')).toBe('micro-folies');
    expect(network('microfolie.csv')).toBe('micro-folies');
    expect(network('fr-esr-campus-connectes.csv')).toBe('campus-connectes');
    expect(network('raw/fabriques/manufactures-de-proximite-2022-01.csv')).toBe('manufactures');
  });

  it('does not take GeoJSON files for exports', () => {
    expect(network('raw/fabriques/fabriques-de-territoire-anct-202401-par-commune.geojson')).toBeNull();
    expect(network('manufactures-de-proximite-anct-202201-par-commune.geojson')).toBeNull();
    expect(network('micro-folies.geojson')).toBeNull();
  });

  it('ignores unrelated files and matches on the file name, not the folder', () => {
    expect(network('raw/zonages/grille-densite-7-niveaux-cog2025.csv')).toBeNull();
    expect(network('raw/tiers-lieux/cget-mission-coworking-tiers-lieux-2019.csv')).toBeNull();
    expect(network('france-services/notes.csv')).toBeNull();
  });

  it('of two exports of one network, reads the newest by the date in its name and reports the other as ignored', () => {
    const found = findNetworkFiles(['exports/liste-fs-20240801.csv', 'exports/France_Services_2025-03.csv', 'micro-folies.csv']);
    expect(Object.fromEntries(found.chosen)).toEqual({ 'france-services': 'exports/France_Services_2025-03.csv', 'micro-folies': 'micro-folies.csv' });
    expect(found.ignored).toEqual([{ path: 'exports/liste-fs-20240801.csv', network: 'france-services', reason: expect.stringContaining('older export') }]);
    expect(found.ambiguous).toEqual([]);
  });

  it('never picks between two exports it cannot date: it asks', () => {
    const found = findNetworkFiles(['b/liste-fs-export.csv', 'a/liste-fs-copie.csv']);
    expect(found.chosen.size).toBe(0);
    expect(found.ambiguous).toEqual([{ network: 'france-services', paths: ['a/liste-fs-copie.csv', 'b/liste-fs-export.csv'] }]);
    expect(findNetworkFiles(['a/liste-fs-2024-08.csv', 'b/liste-fs-202408.csv']).ambiguous).toHaveLength(1);
  });

  it('ignores the notes companion of an export, with a line saying so', () => {
    const found = findNetworkFiles(['raw/micro-folies/micro-folies-transcrites-2026-12.csv', 'raw/micro-folies/micro-folies-transcrites-2026-12.notes.csv', 'campus/README-campus-connectes.txt']);
    expect(Object.fromEntries(found.chosen)).toEqual({ 'micro-folies': 'raw/micro-folies/micro-folies-transcrites-2026-12.csv' });
    expect(found.ignored.map((i) => i.path)).toEqual(['campus/README-campus-connectes.txt', 'raw/micro-folies/micro-folies-transcrites-2026-12.notes.csv']);
  });

  it('prefers a CSV to a spreadsheet of the same network, and takes a lone spreadsheet so the build can say how to export it', () => {
    const both = findNetworkFiles(['liste-france-services.xlsx', 'liste-france-services.csv']);
    expect(both.chosen.get('france-services')).toBe('liste-france-services.csv');
    expect(both.ignored[0]).toMatchObject({ path: 'liste-france-services.xlsx', reason: expect.stringContaining('spreadsheet') });
    expect(findNetworkFiles(['Micro-Folies.ods']).chosen.get('micro-folies')).toBe('Micro-Folies.ods');
  });

  it('finds the three fixture exports under their networks', () => {
    const dir = 'tests/fixtures/exports';
    const found = findNetworkFiles(readdirSync(dir).map((f) => `${dir}/${f}`));
    expect(Object.fromEntries(found.chosen)).toEqual({
      'france-services': `${dir}/france-services.csv`,
      'micro-folies': `${dir}/micro-folies.csv`,
      'campus-connectes': `${dir}/campus-connectes.csv`,
    });
  });
});

describe('findReferenceFiles', () => {
  it('picks the reference files by name', () => {
    const paths = [
      'raw/geo/communes-2018/communes-23-creuse.geojson',
      'raw/geo/communes-2018/communes-01-ain.geojson',
      'raw/geo/communes-centroides.geojson',
      'raw/geo/departements-avec-outre-mer-2018.geojson',
      'raw/geo/departements-anct.geojson',
      'raw/geo/regions-avec-outre-mer-2018.geojson',
      'raw/zonages/grille-densite-7-niveaux-cog2025.csv',
      'raw/qpv/qpv-2024-liste-par-commune-anct.geojson',
      'raw/geo/laposte-hexasmal-2020-communes-cp-coordonnees.csv',
      'raw/france-services/liste-fs-20240801.csv',
      'exports/Totaux-attendus.csv',
    ];
    expect(findReferenceFiles(paths)).toEqual({
      communeContours: ['raw/geo/communes-2018/communes-01-ain.geojson', 'raw/geo/communes-2018/communes-23-creuse.geojson'],
      departementContours: 'raw/geo/departements-anct.geojson',
      regionContours: 'raw/geo/regions-avec-outre-mer-2018.geojson',
      densityGrid: 'raw/zonages/grille-densite-7-niveaux-cog2025.csv',
      qpv: 'raw/qpv/qpv-2024-liste-par-commune-anct.geojson',
      postalCentroids: 'raw/geo/laposte-hexasmal-2020-communes-cp-coordonnees.csv',
      expectedTotals: 'exports/Totaux-attendus.csv',
    });
  });

  it('prefers QPV contours to the list by commune, and says null for what is missing', () => {
    const found = findReferenceFiles(['qpv-2024-liste-par-commune-anct.geojson', 'qp-2024-contours-wgs84.geojson']);
    expect(found.qpv).toBe('qp-2024-contours-wgs84.geojson');
    expect(found.densityGrid).toBeNull();
    expect(found.departementContours).toBeNull();
    expect(found.communeContours).toEqual([]);
    expect(found.expectedTotals).toBeNull();
  });
});
