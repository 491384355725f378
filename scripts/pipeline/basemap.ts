// The offline base map's tiles: départements (outlines, land, choropleth, their names), land around France
// (neighbouring countries), région outlines and place names (communes chosen by population per zoom, préfectures
// marked, régions), as one multi-layer tile set: one request per tile for all of them, and every layer at every
// zoom up to the deepest (MapLibre overzooms a tile set as a whole, not layer by layer).
import { clipPolygon } from 'lineclip';
import polylabel from 'polylabel';
import { fromGeojsonVt } from 'vt-pbf';
import { mercatorPosition } from '../../src/domain/web-mercator.ts';
import { bboxOf, largestPolygon, polygonsOf, type PolygonCoords, type Ring } from './geometry.ts';
import type { GeoCollection, GeoFeature, Reference } from './reference.ts';
import { buildTileSet, type TileSet } from './tiles.ts';

export const BASEMAP_LAYER = 'base';
const MAX_ZOOM = 10;
const EXTENT = 4096;

/** Préfecture status of a commune: 2 chef-lieu de région, 1 préfecture de département, 0 neither. */
export type PrefectureRank = 0 | 1 | 2;

/**
 * The first zoom at which a commune's name is drawn: région capitals and the largest cities from the national
 * view, every préfecture and the cities from zoom 6 (a few départements on screen), then smaller and smaller towns; every commune from 11.
 * Collision detection (bigger towns first) keeps what is drawn readable at every zoom.
 */
export function communeLabelZoom(population: number, prefecture: PrefectureRank): number {
  if (prefecture === 2 || population >= 150_000) return 3;
  if (prefecture === 1 || population >= 50_000) return 6;
  if (population >= 20_000) return 7;
  if (population >= 8_000) return 8;
  if (population >= 3_000) return 9;
  if (population >= 1_000) return 10;
  return 11;
}

export interface LabelPoint {
  lon: number;
  lat: number;
  /** First zoom at which the label is drawn. */
  minZoom: number;
  properties: Record<string, string | number>;
}

export interface PrefectureCodes {
  /** Chef-lieu commune codes of the départements. */
  departements: Iterable<string>;
  /** Chef-lieu commune codes of the régions. */
  regions: Iterable<string>;
}

/** One label per commune with a position, at its centroid. */
export function communeLabels(ref: Pick<Reference, 'communes' | 'centroids'>, prefectures: PrefectureCodes): LabelPoint[] {
  const rank = new Map<string, PrefectureRank>();
  for (const code of prefectures.departements) rank.set(code, 1);
  for (const code of prefectures.regions) rank.set(code, 2);
  const labels: LabelPoint[] = [];
  for (const commune of ref.communes.values()) {
    const at = ref.centroids.get(commune.code);
    if (!at) continue;
    const prefecture = rank.get(commune.code) ?? 0;
    const population = commune.population ?? 0;
    labels.push({
      lon: at[0], lat: at[1], minZoom: communeLabelZoom(population, prefecture),
      properties: { kind: 'commune', nom: commune.name, population, prefecture },
    });
  }
  return labels;
}

/** One label per région, at the pole of inaccessibility of its largest part. */
export function regionLabels(contours: GeoCollection, names: Map<string, string>): LabelPoint[] {
  const labels: LabelPoint[] = [];
  for (const f of contours.features) {
    const code = String(f.properties?.code ?? '');
    const main = largestPolygon(polygonsOf(f.geometry));
    if (!main) continue;
    const [lon, lat] = polylabel(main, 0.01);
    labels.push({ lon, lat, minZoom: 0, properties: { kind: 'region', code, nom: names.get(code) ?? String(f.properties?.nom ?? code) } });
  }
  return labels;
}

/**
 * Point tiles: a tile of zoom z holds the labels drawn from z on (the last zoom holds them all, MapLibre
 * overzooms it), largest population first.
 */
export function buildPointTiles(layer: string, points: LabelPoint[], minZoom: number, maxZoom: number): Map<string, Uint8Array> {
  const sorted = [...points].sort((a, b) => Number(b.properties.population ?? 0) - Number(a.properties.population ?? 0));
  const tiles = new Map<string, Uint8Array>();
  for (let z = minZoom; z <= maxZoom; z++) {
    const byTile = new Map<string, { type: 1; geometry: number[][]; tags: Record<string, string | number> }[]>();
    for (const p of sorted) {
      if (p.minZoom > z && z < maxZoom) continue;
      // In tiles of zoom z: the integer part is the tile.
      const [x, y] = mercatorPosition(p.lon, p.lat, 2 ** z);
      const tx = Math.floor(x);
      const ty = Math.floor(y);
      const key = `${z}/${tx}/${ty}`;
      const feature = { type: 1 as const, geometry: [[Math.round((x - tx) * EXTENT), Math.round((y - ty) * EXTENT)]], tags: { ...p.properties, minzoom: p.minZoom } };
      byTile.set(key, [...(byTile.get(key) ?? []), feature]);
    }
    for (const [key, features] of byTile) tiles.set(key, fromGeojsonVt({ [layer]: { features } } as never, { version: 2, extent: EXTENT }));
  }
  return tiles;
}

/** Where the neighbouring land is drawn: around metropolitan France and around each overseas département. */
export const LAND_AREAS: [number, number, number, number][] = [
  [-16, 33, 26, 60],
  [-58, -1, -48, 9], // Guyane
  [-65, 12, -58, 20], // Antilles
  [40, -26, 60, -9], // Réunion, Mayotte
  [-58, 45.5, -54.5, 48], // Saint-Pierre-et-Miquelon
];

/**
 * From zoom 9 the land around France is only kept near it (about 100 km beyond the borders): a screen there shows
 * a few dozen kilometres, and Spain, Germany or Madagascar at zoom 10 would be thousands of tiles nobody opens.
 */
export const NEAR_LAND_AREAS: [number, number, number, number][] = [
  [-6.7, 40.3, 11.1, 52.1], // around metropolitan France and Corsica
  [-55.5, 1.5, -50.5, 6.5], // Guyane
  [-65, 12, -58, 20], // Antilles
  [44.5, -13.5, 46, -12], // Mayotte
  [-57, 46.5, -55.5, 47.5], // Saint-Pierre-et-Miquelon
];
const NEAR_LAND_ZOOM = 9;

/** A ring clipped to a box (Sutherland–Hodgman, lineclip) and closed again: enough for a fill drawn under our own land. */
export function clipRing(ring: Ring, box: [number, number, number, number]): Ring {
  const out: Ring = clipPolygon(ring, box);
  if (out.length > 0) out.push(out[0]!);
  return out;
}

/** The land polygons that fall in the areas, clipped to them. */
export function landAround(land: GeoFeature[], areas = LAND_AREAS): GeoFeature[] {
  const features: GeoFeature[] = [];
  for (const f of land) {
    for (const polygon of polygonsOf(f.geometry)) {
      const [pw, ps, pe, pn] = bboxOf([polygon]);
      for (const area of areas) {
        const [w, s, e, n] = area;
        if (pe < w || pw > e || pn < s || ps > n) continue;
        const outer = clipRing(polygon[0]!, area);
        if (outer.length < 4) continue;
        const holes = polygon.slice(1).map((ring) => clipRing(ring, area)).filter((ring) => ring.length >= 4);
        features.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [outer, ...holes] satisfies PolygonCoords } });
      }
    }
  }
  return features;
}

export interface BasemapInputs {
  /** Département polygons and label points (departementFeatures). */
  departements: GeoFeature[];
  land: GeoFeature[];
  regionContours: GeoCollection;
  labels: LabelPoint[];
}

const DEPARTEMENT_FIELDS = { code: 'String', nom: 'String', label: 'Number' };
const LABEL_FIELDS = { kind: 'String', nom: 'String', population: 'Number', prefecture: 'Number', minzoom: 'Number', code: 'String' };

/** Départements, land and régions as polygons, labels as points, all z0–10, concatenated per tile: MVT layers are repeated fields. */
export function buildBasemapTiles({ departements, land, regionContours, labels }: BasemapInputs): TileSet {
  const polygonSets = [
    buildTileSet('departements', departements, 0, MAX_ZOOM, DEPARTEMENT_FIELDS),
    // Land under France only shows beyond its borders: two pixels of simplification are invisible there.
    buildTileSet('land', landAround(land), 0, NEAR_LAND_ZOOM - 1, {}, 8),
    buildTileSet('land', landAround(land, NEAR_LAND_AREAS), NEAR_LAND_ZOOM, MAX_ZOOM, {}, 8),
    buildTileSet('regions', regionContours.features.map((f) => ({ ...f, properties: { code: String(f.properties?.code ?? '') } })), 0, MAX_ZOOM, { code: 'String' }),
  ];
  const points = buildPointTiles('labels', labels, 0, MAX_ZOOM);
  const tiles = new Map<string, Uint8Array>();
  for (const source of [...polygonSets.map((s) => s.tiles), points]) {
    for (const [key, bytes] of source) {
      const before = tiles.get(key);
      tiles.set(key, before ? concat(before, bytes) : bytes);
    }
  }
  return {
    layer: BASEMAP_LAYER, minZoom: 0, maxZoom: MAX_ZOOM, bounds: [-180, -85, 180, 85], tiles,
    vectorLayers: [...new Map(polygonSets.flatMap((s) => s.vectorLayers).map((l) => [l.id, l])).values(), { id: 'labels', fields: LABEL_FIELDS }],
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
