import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader as Pbf } from 'pbf';
import { describe, expect, it } from 'vitest';
import { buildBasemapTiles, buildPointTiles, clipRing, communeLabelZoom, type LabelPoint } from '../../scripts/pipeline/basemap.ts';

const point = (nom: string, lon: number, lat: number, population: number, minZoom: number): LabelPoint => ({ lon, lat, minZoom, properties: { kind: 'commune', nom, population, prefecture: 0 } });

function namesIn(tile: Uint8Array | undefined, layer = 'labels'): string[] {
  if (!tile) return [];
  const l = new VectorTile(new Pbf(tile)).layers[layer];
  return l ? Array.from({ length: l.length }, (_, i) => String(l.feature(i).properties.nom)) : [];
}

describe('commune names per zoom', () => {
  it('names région capitals and large cities at the national view, every préfecture from zoom 6, small villages only from 11', () => {
    expect(communeLabelZoom(300, 2)).toBe(3);
    expect(communeLabelZoom(2_100_000, 0)).toBe(3);
    expect(communeLabelZoom(13_000, 1)).toBe(6);
    expect(communeLabelZoom(25_000, 0)).toBe(7);
    expect(communeLabelZoom(150, 0)).toBe(11);
  });

  it('a tile holds the names drawn from its zoom on, largest first, and the last zoom holds them all', () => {
    const points = [point('Ajain', 1.99, 46.2, 1100, 10), point('Guéret', 1.87, 46.17, 13_000, 6), point('Glénic', 1.92, 46.23, 600, 11)];
    const tiles = buildPointTiles('labels', points, 0, 10);
    expect(namesIn(tiles.get('5/16/11'))).toEqual([]);
    expect(namesIn(tiles.get('6/32/22'))).toEqual(['Guéret']);
    const z10 = [...tiles].filter(([k]) => k.startsWith('10/')).flatMap(([, t]) => namesIn(t));
    expect(z10).toEqual(['Guéret', 'Ajain', 'Glénic']);
  });

  it('keeps French accents and the minimum zoom in the tile', () => {
    const tiles = buildPointTiles('labels', [point('Saint-Étienne-de-Crossey', 5.64, 45.38, 2600, 9)], 9, 10);
    const [, tile] = [...tiles].find(([k]) => k.startsWith('9/'))!;
    const f = new VectorTile(new Pbf(tile)).layers.labels!.feature(0);
    expect(f.properties.nom).toBe('Saint-Étienne-de-Crossey');
    expect(f.properties.minzoom).toBe(9);
  });
});

describe('land around France', () => {
  it('clips a ring to a box and closes it', () => {
    const ring = clipRing([[-10, -10], [10, -10], [10, 10], [-10, 10], [-10, -10]], [0, 0, 5, 5]);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    const xs = ring.map((p) => p[0]!);
    expect(Math.min(...xs)).toBe(0);
    expect(Math.max(...xs)).toBe(5);
  });

  const square = (w: number, s: number, e: number, n: number) => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
  // Around Strasbourg: a département, a région, land on both sides of the Rhine, a name.
  const set = buildBasemapTiles({
    departements: [{ type: 'Feature', properties: { code: '67', nom: 'Bas-Rhin' }, geometry: square(7, 48, 7.8, 49) }],
    land: [{ type: 'Feature', properties: {}, geometry: square(-4, 43, 12, 52) }],
    regionContours: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: '44' }, geometry: square(5, 47, 7.8, 50) }] },
    labels: [point('Strasbourg', 7.75, 48.58, 290_000, 3)],
  });
  const layersAt = (z: number, lon: number, lat: number) => {
    const x = Math.floor(((lon + 180) / 360) * 2 ** z);
    const y = Math.floor(((1 - Math.log(Math.tan((lat * Math.PI) / 180) + 1 / Math.cos((lat * Math.PI) / 180)) / Math.PI) / 2) * 2 ** z);
    const bytes = set.tiles.get(`${z}/${x}/${y}`);
    return bytes ? Object.keys(new VectorTile(new Pbf(bytes)).layers).sort() : [];
  };

  it('puts départements, land, régions and names of one tile in one tile with four layers', () => {
    expect(layersAt(3, 7.75, 48.58)).toEqual(['departements', 'labels', 'land', 'regions']);
  });

  it('keeps every polygon layer down to the deepest zoom: Germany stays land, not sea, at zoom 9 and 10', () => {
    for (const z of [9, 10]) {
      expect(layersAt(z, 7.75, 48.58)).toEqual(['departements', 'labels', 'land', 'regions']);
      // Kehl, across the Rhine: land around France, no département.
      expect(layersAt(z, 7.85, 48.57)).toContain('land');
    }
  });

  it('keeps the départements\' codes and names', () => {
    const x = Math.floor(((7.5 + 180) / 360) * 2 ** 6);
    const tile = [...set.tiles].find(([key]) => key.startsWith(`6/${x}/`))!;
    const layer = new VectorTile(new Pbf(tile[1])).layers.departements!;
    expect(layer.feature(0).properties).toMatchObject({ code: '67', nom: 'Bas-Rhin' });
  });
});
