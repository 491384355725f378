import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { departementNeighbours } from '../../scripts/pipeline/stats.ts';
import { adjacentDepartements } from '../../scripts/pipeline/adjacency.ts';
import { areaKm2 } from '../../scripts/pipeline/geometry.ts';
import { aggregateCoverage, compareDepartementCodes, comparison } from '../../src/domain/compare.ts';
import type { NetworkCoverage } from '../../src/domain/coverage.ts';
import type { DepartementFigures } from '../../src/domain/departements-file.ts';
import { NETWORK_IDS, type NetworkId } from '../../src/domain/networks.ts';
import { matchesDepartement } from '../../src/ui/CoverageTable.tsx';

const square = (x: number, y: number, size = 1): number[][][] => [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]];

describe('adjacency of départements from their contours', () => {
  it('finds départements that share an edge, with vertices a little apart, and not those that only meet at a corner', () => {
    // A 2×2 grid: A B / C D, plus E far away; B's left edge is drawn with its own vertices, 30 m off A's.
    const contours = [
      { code: 'A', polygons: [[[[0, 1], [0.5, 1], [1, 1], [1, 1.5], [1, 2], [0, 2], [0, 1]]]] },
      { code: 'B', polygons: [[[[1.0003, 1], [2, 1], [2, 2], [1.0003, 2], [1.0003, 1.7], [1.0003, 1.2], [1.0003, 1]]]] },
      { code: 'C', polygons: [square(0, 0)] },
      { code: 'D', polygons: [square(1, 0)] },
      { code: 'E', polygons: [square(10, 10)] },
    ];
    const n = adjacentDepartements(contours);
    expect(n.get('A')).toEqual(['B', 'C']);
    expect(n.get('B')).toEqual(['A', 'D']);
    expect(n.get('D')).toEqual(['B', 'C']);
    expect(n.get('E')).toEqual([]);
  });

  it('on the real contours, the Creuse touches the Allier, the Cher, the Indre, the Haute-Vienne, the Corrèze and the Puy-de-Dôme', () => {
    const file = resolve('../shared/data/raw/geo/departements-anct.geojson');
    const n = departementNeighbours(JSON.parse(readFileSync(file, 'utf8')));
    expect(n.get('23')).toEqual(['03', '18', '19', '36', '63', '87']);
    expect(n.get('2A')).toEqual(['2B']);
    expect(n.get('75')).toEqual(['92', '93', '94']);
    expect(n.get('973')).toEqual([]);
  });

  it('measures areas in km² (1° × 1° at the equator ≈ 12,392 km²)', () => {
    expect(areaKm2([square(0, 0)])).toBeCloseTo(111.32 ** 2, -1);
    expect(areaKm2([[square(0, 0)[0]!, square(0.25, 0.25, 0.5)[0]!]])).toBeCloseTo(0.75 * 111.32 ** 2, -1);
  });
});

const none: NetworkCoverage = { count: 0, per100k: 0, beyond10km: null, beyond20km: null, communesWithPlace: 0 };
function dep(code: string, regionCode: string, population: number, count: number, beyond10km: number, neighbours: string[]): DepartementFigures {
  const networks = Object.fromEntries(NETWORK_IDS.map((id) => [id, none])) as Record<NetworkId, NetworkCoverage>;
  const all = { count, per100k: (count * 100_000) / population, beyond10km, beyond20km: 0, communesWithPlace: count };
  return { code, name: `Dép ${code}`, population, communes: 1, networks, all, regionCode, regionName: `Région ${regionCode}`, bbox: null, neighbours, communeAreas: null };
}

describe('a département beside its région and its neighbours', () => {
  const all = [dep('23', 'R', 100_000, 10, 0.5, ['87', '03']), dep('87', 'R', 300_000, 20, 0.1, ['23']), dep('03', 'S', 200_000, 10, 0.2, ['23'])];

  it('adds up a région as one area: places over population, shares weighted by population', () => {
    const r = aggregateCoverage(all.filter((d) => d.regionCode === 'R'), 'all');
    expect(r).toMatchObject({ population: 400_000, count: 30, per100k: 7.5 });
    expect(r.beyond10km).toBeCloseTo((0.5 * 100_000 + 0.1 * 300_000) / 400_000, 10);
  });

  it('lists the département, then its région, then its neighbours in code order', () => {
    expect(comparison(all[0]!, all, 'all').map((a) => `${a.kind}:${a.code}`)).toEqual(['departement:23', 'region:R', 'neighbour:03', 'neighbour:87']);
    // A région of one département is not repeated.
    expect(comparison(all[2]!, all, 'all').map((a) => a.kind)).toEqual(['departement', 'neighbour']);
  });

  it('sorts Corsica between 19 and 21, and finds départements by name, code or région', () => {
    expect(['21', '2B', '19', '2A', '971', '01'].sort(compareDepartementCodes)).toEqual(['01', '19', '2A', '2B', '21', '971']);
    const creuse = { code: '23', name: 'Creuse', regionName: 'Nouvelle-Aquitaine' };
    expect(['creuse', '23', 'aquitaine', 'CRÈUSE', ''].map((q) => matchesDepartement(creuse, q))).toEqual([true, true, true, true, true]);
    expect(matchesDepartement(creuse, 'corse')).toBe(false);
  });
});

describe('the print view’s data dates', () => {
  it('says each export’s date in French, as precise as its file name', async () => {
    const { describeExportDates, formatExportDate } = await import('../../src/domain/describe-filters.ts');
    expect(['2024-08-01', '2024-08', '2024-01', '2022', '2024-03-15'].map(formatExportDate)).toEqual(['1er août 2024', 'août 2024', 'janvier 2024', '2022', '15 mars 2024']);
    expect(describeExportDates({ 'france-services': '2024-08-01', fabriques: '2024-08', manufactures: '2022-01' }, ['france-services', 'fabriques', 'manufactures', 'micro-folies']))
      .toBe('France Services : export du 1er août 2024 ; Fabriques de territoire : export d’août 2024 ; Manufactures de proximité : export de janvier 2022');
    expect(describeExportDates(undefined, ['france-services'])).toBeNull();
  });
});
