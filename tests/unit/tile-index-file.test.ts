import { describe, expect, it } from 'vitest';
import { SchemaMismatchError } from '../../src/domain/schema.ts';
import { decodeTileIndex, encodeTileIndex } from '../../src/domain/tile-index-file.ts';

describe('tile index', () => {
  const written = { departements: ['0/0/0', '5/15/11', '5/16/11', '8/129/88'], communes: ['10/515/361', '10/1023/1023', '6/32/22'] };
  const index = decodeTileIndex(JSON.parse(JSON.stringify(encodeTileIndex(written, { inputHash: 'h' }))));

  it('knows every tile the build wrote', () => {
    for (const [layer, keys] of Object.entries(written)) {
      for (const key of keys) {
        const [z, x, y] = key.split('/').map(Number) as [number, number, number];
        expect(index.has(layer, z, x, y)).toBe(true);
      }
    }
  });

  it('says no for a sea tile, a tile of another zoom and a tile of another layer', () => {
    expect(index.has('departements', 5, 17, 11)).toBe(false);
    expect(index.has('departements', 6, 15, 11)).toBe(false);
    expect(index.has('communes', 0, 0, 0)).toBe(false);
    expect(index.knows('labels')).toBe(false);
  });

  it('does not confuse x and y at the same zoom', () => {
    expect(index.has('communes', 10, 361, 515)).toBe(false);
  });

  it('refuses an index of another schema', () => {
    expect(() => decodeTileIndex({ schemaVersion: 0, layers: {} })).toThrow(SchemaMismatchError);
  });
});
