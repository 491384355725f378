// Web Mercator: degrees to positions in a square world of a given size (tiles at a zoom: 2^z; pixels: 512 × 2^z), and back.

/** Position of a point from the top left corner of a world `size` wide. */
export function mercatorPosition(lon: number, lat: number, size: number): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
}

/** The point at a position in a world `size` wide: [lon, lat] in degrees. */
export function mercatorDegrees(x: number, y: number, size: number): [number, number] {
  return [(x / size) * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI];
}
