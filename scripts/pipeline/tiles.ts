// Polygon layers -> Mapbox Vector Tiles in the XYZ scheme, simplified per zoom by geojson-vt.
import GeoJSONVT from 'geojson-vt';
import polylabel from 'polylabel';
import { fromGeojsonVt } from 'vt-pbf';
import { largestPolygon, polygonsOf, type PolygonCoords } from './geometry.ts';
import type { DepartementRecord, GeoCollection, GeoFeature, Reference } from './reference.ts';

export interface TileSet {
  /** The tile set's name: its folder under tiles/ and its key in tiles/index.json. */
  layer: string;
  minZoom: number;
  maxZoom: number;
  bounds: [number, number, number, number];
  /** "z/x/y" -> encoded tile. */
  tiles: Map<string, Uint8Array>;
  /** The MVT layers its tiles hold, with their fields (for tiles.json). */
  vectorLayers: { id: string; fields: Record<string, string> }[];
}

export function buildTileSet(layer: string, features: GeoFeature[], minZoom: number, maxZoom: number, fields: Record<string, string>, tolerance = 4): TileSet {
  const index = new GeoJSONVT({ type: 'FeatureCollection', features } as never, {
    maxZoom,
    indexMaxZoom: maxZoom,
    indexMaxPoints: 0,
    // 4096 units per tile: a tolerance of 4 units is about one screen pixel at 512 px tiles.
    tolerance,
    buffer: 64,
  });
  const tiles = new Map<string, Uint8Array>();
  for (const { z, x, y } of index.tileCoords) {
    if (z < minZoom) continue;
    const tile = index.getTile(z, x, y);
    if (!tile || tile.features.length === 0) continue;
    tiles.set(`${z}/${x}/${y}`, fromGeojsonVt({ [layer]: tile }, { version: 2, extent: 4096 }));
  }
  return { layer, minZoom, maxZoom, bounds: [-180, -85, 180, 85], tiles, vectorLayers: [{ id: layer, fields }] };
}

function polygonFeature(polygons: PolygonCoords[], properties: Record<string, unknown>): GeoFeature {
  return { type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates: polygons } };
}

/** Communes (current codes, merged communes drawn with their former parts) with what the map may colour by. */
export function communeFeatures(ref: Reference): GeoFeature[] {
  const features: GeoFeature[] = [];
  for (const [code, polygons] of ref.shapes) {
    const commune = ref.communes.get(code);
    if (!commune) continue;
    const properties: Record<string, unknown> = { code, nom: commune.name, population: commune.population ?? 0 };
    const density = ref.density?.get(code);
    if (density) properties.densite = density;
    if (ref.qpvCommunes) properties.qpv = ref.qpvCommunes.has(code) ? 1 : 0;
    features.push(polygonFeature(polygons, properties));
  }
  return features;
}

/** Département polygons plus one label point each, placed at the pole of inaccessibility of its largest part. */
export function departementFeatures(contours: GeoCollection, departements: Map<string, DepartementRecord>): GeoFeature[] {
  const features: GeoFeature[] = [];
  for (const f of contours.features) {
    const code = String(f.properties?.insee_dep ?? f.properties?.code ?? '');
    const name = departements.get(code)?.name ?? String(f.properties?.lib_dep ?? f.properties?.nom ?? code);
    const polygons = polygonsOf(f.geometry);
    if (polygons.length === 0) continue;
    features.push(polygonFeature(polygons, { code, nom: name }));
    const main = largestPolygon(polygons);
    if (main) {
      const [lon, lat] = polylabel(main, 0.005);
      features.push({ type: 'Feature', properties: { code, nom: name, label: 1 }, geometry: { type: 'Point', coordinates: [lon, lat] } });
    }
  }
  return features;
}

export function tileJson(set: TileSet, urlTemplate: string) {
  return {
    tilejson: '3.0.0',
    name: set.layer,
    scheme: 'xyz',
    tiles: [urlTemplate],
    minzoom: set.minZoom,
    maxzoom: set.maxZoom,
    bounds: set.bounds,
    vector_layers: set.vectorLayers.map(({ id, fields }) => ({ id, fields, minzoom: set.minZoom, maxzoom: set.maxZoom })),
  };
}
