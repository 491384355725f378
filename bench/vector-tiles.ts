// Vector tiles as bytes, for the benches: no decoding, no re-encoding.
/** A vector tile with only the named MVT layers: a tile is a list of layers (field 3), a layer's name is its field 1. */
export function keepLayers(tile: Uint8Array, keep: Set<string>): Uint8Array {
  let pos = 0;
  const varint = (bytes: Uint8Array) => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[pos++]!;
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
    }
  };
  const nameOf = (layer: Uint8Array): string => {
    const outer = pos;
    pos = 0;
    try {
      while (pos < layer.length) {
        const key = varint(layer);
        const wire = key & 7;
        if (key >> 3 === 1 && wire === 2) {
          const length = varint(layer);
          return new TextDecoder().decode(layer.subarray(pos, pos + length));
        }
        if (wire === 0) varint(layer);
        else if (wire === 2) pos += varint(layer);
        else pos += wire === 5 ? 4 : 8;
      }
      return '';
    } finally {
      pos = outer;
    }
  };
  const kept: Uint8Array[] = [];
  while (pos < tile.length) {
    const start = pos;
    if (varint(tile) !== ((3 << 3) | 2)) throw new Error('not a vector tile');
    const length = varint(tile);
    const layer = tile.subarray(pos, pos + length);
    pos += length;
    if (keep.has(nameOf(layer))) kept.push(tile.subarray(start, pos));
  }
  return Buffer.concat(kept);
}
