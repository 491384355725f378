// Our vector tiles go through a MapLibre protocol that knows which tiles the build wrote (tiles/index.json):
// a tile that does not exist (open sea) is answered as empty without any request, so the console stays quiet.
import * as maplibregl from 'maplibre-gl';
import { decodeTileIndex, type TileIndex } from '../domain/tile-index-file.ts';

const PREFIX = 'tl+';
const TILE = /^(.*\/)tiles\/([^/]+)\/(\d+)\/(\d+)\/(\d+)\.pbf$/;
const indexes = new Map<string, Promise<TileIndex | null>>();
let registered = false;

/** The tile URL template of one of our layers, for a style's `tiles`. */
export function tileUrlTemplate(dataUrl: string, layer: string): string {
  return `${PREFIX}${dataUrl}tiles/${layer}/{z}/{x}/{y}.pbf`;
}

/** Starts loading the index of a data folder (once); null when it cannot be read: every tile is then requested. */
export function tileIndexFor(dataUrl: string): Promise<TileIndex | null> {
  let index = indexes.get(dataUrl);
  if (!index) {
    index = fetch(`${dataUrl}tiles/index.json`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`status ${r.status}`))))
      .then(decodeTileIndex)
      .catch((error: Error) => {
        console.warn(`tiles/index.json illisible (${error.message}) : toutes les tuiles seront demandées.`);
        return null;
      });
    indexes.set(dataUrl, index);
  }
  return index;
}

async function loadTile(params: { url: string }, abort: AbortController): Promise<{ data: ArrayBuffer }> {
  const url = params.url.slice(PREFIX.length);
  const match = TILE.exec(url);
  if (match) {
    const [, dataUrl, layer, z, x, y] = match as unknown as [string, string, string, string, string, string];
    const index = await tileIndexFor(dataUrl);
    if (index?.knows(layer) && !index.has(layer, Number(z), Number(x), Number(y))) return { data: new ArrayBuffer(0) };
  }
  const response = await fetch(url, { signal: abort.signal });
  if (!response.ok) throw new Error(`${url} : ${response.status}`);
  return { data: await response.arrayBuffer() };
}

export function registerTileProtocol(): void {
  if (registered) return;
  for (const scheme of ['tl+http', 'tl+https']) maplibregl.addProtocol(scheme, loadTile);
  registered = true;
}
