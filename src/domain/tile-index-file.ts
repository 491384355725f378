// Codec of tiles/index.json: which vector tiles the build wrote, so the map never asks for one that does not exist.
import { checkStamp, SCHEMA_VERSION, type Stamp } from './schema.ts';

export interface TileIndexFile extends Stamp {
  /** Layer -> zoom -> tile keys (y * 2^z + x), sorted and delta-encoded. */
  layers: Record<string, Record<string, number[]>>;
}

export interface TileIndex {
  has(layer: string, z: number, x: number, y: number): boolean;
  /** False for a layer the index does not know (the caller may then fetch anyway). */
  knows(layer: string): boolean;
}

/** `tiles`: layer -> "z/x/y" keys of the tiles written. */
export function encodeTileIndex(tiles: Record<string, Iterable<string>>, stamp: Omit<Stamp, 'schemaVersion'>): TileIndexFile {
  const layers: TileIndexFile['layers'] = {};
  for (const [layer, keys] of Object.entries(tiles)) {
    const byZoom = new Map<number, number[]>();
    for (const key of keys) {
      const [z, x, y] = key.split('/').map(Number) as [number, number, number];
      byZoom.set(z, [...(byZoom.get(z) ?? []), y * 2 ** z + x]);
    }
    layers[layer] = {};
    for (const [z, list] of [...byZoom].sort((a, b) => a[0] - b[0])) {
      list.sort((a, b) => a - b);
      layers[layer][String(z)] = list.map((k, i) => (i === 0 ? k : k - list[i - 1]!));
    }
  }
  return { schemaVersion: SCHEMA_VERSION, ...stamp, layers };
}

export function decodeTileIndex(value: unknown): TileIndex {
  checkStamp('tiles/index.json', value);
  const sets = new Map<string, Set<string>>();
  for (const [layer, zooms] of Object.entries((value as TileIndexFile).layers)) {
    const set = new Set<string>();
    for (const [z, deltas] of Object.entries(zooms)) {
      let key = 0;
      for (const d of deltas) {
        key += d;
        set.add(`${z}/${key}`);
      }
    }
    sets.set(layer, set);
  }
  return {
    has: (layer, z, x, y) => sets.get(layer)?.has(`${z}/${y * 2 ** z + x}`) ?? false,
    knows: (layer) => sets.has(layer),
  };
}
