// Our vector tiles are fetched by MapLibre's worker straight from the data folder. The map's transformRequest knows
// which tiles the build wrote (tiles/index.json): a tile that does not exist (open sea) is sent to a protocol that
// answers an empty tile without any request, so the console stays quiet and no 404 is ever asked for.
// (A protocol for every tile would route each one through the main thread, busy drawing the page at first load:
// the first map came about 20 % later.)
import type { RequestParameters, ResourceType } from 'maplibre-gl';
import { decodeTileIndex, type TileIndex } from '../domain/tile-index-file.ts';

/** Answered by the map's `tl-empty` protocol with an empty tile. */
export const EMPTY_TILE_URL = 'tl-empty://tile';
const TILE = /^(.*\/)tiles\/([^/]+)\/(\d+)\/(\d+)\/(\d+)\.pbf$/;
const indexes = new Map<string, Promise<TileIndex | null>>();

/** The tile URL template of one of our layers, for a style's `tiles`. */
export function tileUrlTemplate(dataUrl: string, layer: string): string {
  return `${dataUrl}tiles/${layer}/{z}/{x}/{y}.pbf`;
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

/**
 * For the map's `transformRequest`: a tile of one of our data folders that the build did not write becomes the
 * empty tile; any other request (our written tiles, an online style's) is left as it is.
 */
export function tileRequest(url: string, kind?: ResourceType): Promise<RequestParameters> | undefined {
  if (kind !== 'Tile') return undefined;
  const match = TILE.exec(url);
  if (!match) return undefined;
  const [, dataUrl, layer, z, x, y] = match as unknown as [string, string, string, string, string, string];
  const index = indexes.get(dataUrl);
  if (!index) return undefined;
  return index.then((known) => (known?.knows(layer) && !known.has(layer, Number(z), Number(x), Number(y)) ? { url: EMPTY_TILE_URL } : { url }));
}
