// Type declarations for the map's geometry packages, which ship none (used by the client and the build).
declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon (outer ring, then holes), with its distance to the nearest edge. */
  export default function polylabel(polygon: number[][][], precision?: number): [number, number] & { distance: number };
}
declare module 'lineclip' {
  /** Sutherland–Hodgman clipping of a ring to a box [minX, minY, maxX, maxY]; empty when nothing is inside. */
  export function clipPolygon(points: number[][], bbox: number[]): [number, number][];
}
