// The map's transformRequest: only tiles the build wrote are fetched; a sea tile becomes the empty tile, no 404.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { encodeTileIndex } from '../../src/domain/tile-index-file.ts';
import { EMPTY_TILE_URL, tileIndexFor, tileRequest } from '../../src/map/tile-requests.ts';

const DATA = 'https://cartes.example.fr/data/';
const index = encodeTileIndex({ base: ['5/15/11', '5/16/11'], communes: ['6/32/22'] }, { inputHash: 'h' });
const fetched: string[] = [];
vi.stubGlobal('fetch', async (url: string) => {
  fetched.push(url);
  return url === `${DATA}tiles/index.json` ? new Response(JSON.stringify(index)) : new Response('', { status: 404 });
});
afterAll(() => void vi.unstubAllGlobals());

describe('tile requests', () => {
  it('fetches a tile the build wrote, as it is', async () => {
    await tileIndexFor(DATA);
    await expect(tileRequest(`${DATA}tiles/base/5/16/11.pbf`, 'Tile' as never)).resolves.toEqual({ url: `${DATA}tiles/base/5/16/11.pbf` });
  });

  it('answers a sea tile with the empty tile, per layer', async () => {
    await expect(tileRequest(`${DATA}tiles/base/5/17/11.pbf`, 'Tile' as never)).resolves.toEqual({ url: EMPTY_TILE_URL });
    await expect(tileRequest(`${DATA}tiles/communes/6/33/22.pbf`, 'Tile' as never)).resolves.toEqual({ url: EMPTY_TILE_URL });
  });

  it('fetches the tiles of a layer the index does not list (an older build)', async () => {
    await expect(tileRequest(`${DATA}tiles/regions/5/16/11.pbf`, 'Tile' as never)).resolves.toEqual({ url: `${DATA}tiles/regions/5/16/11.pbf` });
  });

  it('leaves an online style\'s tiles and our other files alone', () => {
    expect(tileRequest('https://data.geopf.fr/tms/1.0.0/PLAN.IGN/tiles/base/5/17/11.pbf', 'Tile' as never)).toBeUndefined();
    expect(tileRequest(`${DATA}tiles/base/5/17/11.pbf`, 'Source' as never)).toBeUndefined();
    expect(tileRequest(`${DATA}places.json`, 'Tile' as never)).toBeUndefined();
  });

  it('reads the index once per data folder', async () => {
    await tileIndexFor(DATA);
    expect(fetched.filter((u) => u.endsWith('index.json'))).toEqual([`${DATA}tiles/index.json`]);
  });

  it('fetches every tile, with a warning, when the index cannot be read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const other = 'https://ailleurs.example.fr/data/';
    await tileIndexFor(other);
    await expect(tileRequest(`${other}tiles/base/5/17/11.pbf`, 'Tile' as never)).resolves.toEqual({ url: `${other}tiles/base/5/17/11.pbf` });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('tiles/index.json illisible'));
    warn.mockRestore();
  });
});
