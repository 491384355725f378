// Lambert-93 (EPSG:2154) to WGS84 degrees, from IGN's published formulas (NTG 71: inverse Lambert conformal conic).
// RGF93 and WGS84 differ by centimetres: no datum shift is needed at the scale of a map of places.

const E = 0.0818191910428158; // GRS80 first eccentricity
const N = 0.725607765053267; // cone constant of Lambert-93
const C = 11754255.426096; // projection constant (m)
const XS = 700000; // false easting of the pole (m)
const YS = 12655612.049876; // northing of the pole (m)
const LON0 = (3 * Math.PI) / 180;

/** Metres in Lambert-93 -> [lon, lat] in degrees. */
export function lambert93ToWgs84(x: number, y: number): [number, number] {
  const dx = x - XS;
  const dy = y - YS;
  const r = Math.hypot(dx, dy);
  const gamma = Math.atan(dx / -dy);
  const lon = LON0 + gamma / N;
  const isometric = -Math.log(Math.abs(r / C)) / N;
  // Latitude from isometric latitude: a fixed point, converged to 1e-12 rad in a few steps.
  let lat = 2 * Math.atan(Math.exp(isometric)) - Math.PI / 2;
  for (let i = 0; i < 20; i++) {
    const s = E * Math.sin(lat);
    const next = 2 * Math.atan(((1 + s) / (1 - s)) ** (E / 2) * Math.exp(isometric)) - Math.PI / 2;
    if (Math.abs(next - lat) < 1e-12) {
      lat = next;
      break;
    }
    lat = next;
  }
  return [(lon * 180) / Math.PI, (lat * 180) / Math.PI];
}

/** Metropolitan France's extent in Lambert-93 (with a margin for Corsica and the coasts). */
export function looksLikeLambert93(x: number, y: number): boolean {
  return x >= 50_000 && x <= 1_300_000 && y >= 6_000_000 && y <= 7_200_000;
}
