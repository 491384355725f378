import { describe, expect, it } from 'vitest';
import { viewNames as viewNamesOf, type CommuneArea, type CommuneLabelPoint, type MapView, type ViewNameOptions } from '../../src/map/view-names.ts';

// A phone's view of Guéret at zoom 12: about 350 × 840 pixels (0.06° of longitude, 0.1° of latitude).
const VIEW: MapView = { west: 1.84, south: 46.12, east: 1.9, north: 46.22, zoom: 12 };
/** Degrees per pixel at zoom 12 near Guéret. */
const LON_PX = 360 / (512 * 2 ** 12);
const LAT_PX = LON_PX * Math.cos((46.17 * Math.PI) / 180);

function box(w: number, s: number, e: number, n: number): number[][][] {
  return [[[w, s], [e, s], [e, n], [w, n], [w, s]]];
}

function area(nom: string, population: number, ...polygons: number[][][][]): CommuneArea {
  return { nom, population, polygons };
}

/** Nothing drawn yet: only the label points say which names are in view. */
function viewNames(areas: CommuneArea[], labelPoints: CommuneLabelPoint[], view: MapView, options?: ViewNameOptions) {
  return viewNamesOf({ areas, labelPoints, drawn: [], view }, options);
}

const inside = (p: { lon: number; lat: number }, [w, s, e, n]: number[]) => p.lon > w! && p.lon < e! && p.lat > s! && p.lat < n!;

describe('names of the communes the view cuts through', () => {
  it('names a commune that fills the top of the view, whose centre is above it, in the middle of its visible part', () => {
    const saintFiel = area('Saint-Fiel', 1000, box(1.8, 46.19, 1.95, 46.26));
    const names = viewNames([saintFiel], [{ nom: 'Saint-Fiel', population: 1000, lon: 1.87, lat: 46.235 }], VIEW);
    expect(names.map((n) => n.nom)).toEqual(['Saint-Fiel']);
    expect(inside(names[0]!, [VIEW.west, 46.19, VIEW.east, VIEW.north])).toBe(true);
  });

  it('does not name again a commune whose own name is in view', () => {
    const gueret = area('Guéret', 13_000, box(1.8, 46.13, 1.95, 46.2));
    expect(viewNames([gueret], [{ nom: 'Guéret', population: 13_000, lon: 1.87, lat: 46.17 }], VIEW)).toEqual([]);
  });

  it('does not name again a commune whose own name shows in part at the edge, its point just out of view', () => {
    const brionne = area('La Brionne', 400, box(1.8, 46.14, 1.86, 46.2));
    const point = { nom: 'La Brionne', population: 400, lon: 1.838, lat: 46.17 };
    expect(viewNamesOf({ areas: [brionne], labelPoints: [point], drawn: [], view: VIEW }).map((n) => n.nom)).toEqual(['La Brionne']);
    expect(viewNamesOf({ areas: [brionne], labelPoints: [point], drawn: [{ nom: 'La Brionne', population: 400 }], view: VIEW })).toEqual([]);
  });

  it('names the commune around the whole view when its centre is far off', () => {
    const names = viewNames([area('Arles', 50_000, box(1.5, 45.9, 2.2, 46.5))], [{ nom: 'Arles', population: 50_000, lon: 1.6, lat: 46.4 }], VIEW);
    expect(names).toHaveLength(1);
    expect(names[0]!.lon).toBeCloseTo((VIEW.west + VIEW.east) / 2, 2);
    expect(names[0]!.lat).toBeCloseTo((VIEW.south + VIEW.north) / 2, 2);
  });

  it('does not name a commune of which only a thin strip shows, nor one out of view', () => {
    const strip = area('Sainte-Feyre', 2500, box(1.9 - 60 * LON_PX, 46.12, 1.97, 46.2));
    const away = area('Ajain', 1100, box(1.95, 46.15, 2.05, 46.25));
    expect(viewNames([strip, away], [], VIEW)).toEqual([]);
  });

  it('keeps a name clear of the edges of the view and of what the controls cover there', () => {
    const options = { insetPx: { top: 10, right: 30, bottom: 20, left: 10 }, minRadiusPx: 36 };
    // Visible over 120 pixels at the bottom of the view: the name sits 20 + 36 pixels above the bottom edge at least.
    const names = viewNames([area('Saint-Léger-le-Guérétois', 400, box(1.8, 46.1, 1.95, 46.12 + 120 * LAT_PX))], [], VIEW, options);
    expect(names).toHaveLength(1);
    expect((names[0]!.lat - VIEW.south) / LAT_PX).toBeGreaterThanOrEqual(56);
    expect((VIEW.east - names[0]!.lon) / LON_PX).toBeGreaterThanOrEqual(66);
    // Visible over 60 pixels only: no room left for a name once the controls' 20 pixels are set aside.
    expect(viewNames([area('Saint-Léger-le-Guérétois', 400, box(1.8, 46.1, 1.95, 46.12 + 60 * LAT_PX))], [], VIEW, options)).toEqual([]);
  });

  it('names a commune in several pieces once, in its largest visible piece', () => {
    const small = box(1.84, 46.12, 1.9, 46.12 + 100 * LAT_PX)[0]!;
    const large = box(1.84, 46.22 - 400 * LAT_PX, 1.9, 46.22)[0]!;
    const names = viewNames([area('Guéret', 13_000, [small], [large])], [], VIEW);
    expect(names).toHaveLength(1);
    expect(names[0]!.lat).toBeGreaterThan(46.22 - 400 * LAT_PX);
  });

  it('leaves a hole of the commune (an enclave) unnamed and puts the name beside it', () => {
    const ring = box(1.8, 46.1, 1.95, 46.25)[0]!;
    const hole = box(1.85, 46.15, 1.89, 46.21)[0]!;
    const [name] = viewNames([area('Bussière', 300, [ring, hole])], [], VIEW);
    expect(name).toBeDefined();
    expect(name!.lat).toBeLessThan(46.15);
  });

  it('lists the larger towns first, as they are placed first when names collide', () => {
    const names = viewNames(
      [area('Glénic', 600, box(1.8, 46.19, 1.95, 46.26)), area('Guéret', 13_000, box(1.8, 46.1, 1.95, 46.15))],
      [],
      VIEW,
    );
    expect(names.map((n) => n.nom)).toEqual(['Guéret', 'Glénic']);
  });

  it('names nothing in a view too small for a name', () => {
    const tiny: MapView = { ...VIEW, east: VIEW.west + 30 * LON_PX };
    expect(viewNames([area('Guéret', 13_000, box(1.8, 46.1, 1.95, 46.25))], [], tiny)).toEqual([]);
  });
});
