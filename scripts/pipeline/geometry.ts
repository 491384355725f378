// Planar helpers on lon/lat rings: good enough at commune scale, where they pick a representative point.

export type Ring = number[][];
export type PolygonCoords = Ring[];

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0]! * ring[i]![1]!) - (ring[i]![0]! * ring[j]![1]!);
  }
  return sum / 2;
}

/** Area-weighted centroid of the outer rings of several polygons (a commune and the ones merged into it). */
export function areaCentroid(polygons: PolygonCoords[]): [number, number] | null {
  let area = 0;
  let x = 0;
  let y = 0;
  for (const polygon of polygons) {
    const ring = polygon[0];
    if (!ring || ring.length < 4) continue;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const f = ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
      x += (ring[j]![0]! + ring[i]![0]!) * f;
      y += (ring[j]![1]! + ring[i]![1]!) * f;
    }
    area += ringArea(ring);
  }
  if (area === 0) return null;
  return [x / (6 * area), y / (6 * area)];
}

export function polygonsOf(geometry: { type: string; coordinates?: unknown } | null): PolygonCoords[] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates as PolygonCoords];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as PolygonCoords[];
  return [];
}

export function bboxOf(polygons: PolygonCoords[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0] ?? []) {
      if (x! < w) w = x!;
      if (x! > e) e = x!;
      if (y! < s) s = y!;
      if (y! > n) n = y!;
    }
  }
  return [w, s, e, n];
}

/** Even-odd ray casting over all rings (holes included). */
export function pointInPolygon(lon: number, lat: number, polygon: PolygonCoords): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** The largest polygon: where a label belongs for a département with islands. */
export function largestPolygon(polygons: PolygonCoords[]): PolygonCoords | null {
  let best: PolygonCoords | null = null;
  let bestArea = -1;
  for (const polygon of polygons) {
    const a = Math.abs(ringArea(polygon[0] ?? []));
    if (a > bestArea) [best, bestArea] = [polygon, a];
  }
  return best;
}

/** Shortest distance from a point to the rings of polygons, in km (equirectangular at the point's latitude). */
export function distanceToPolygonsKm(lon: number, lat: number, polygons: PolygonCoords[]): number {
  const k = Math.cos((lat * Math.PI) / 180);
  let best = Infinity;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = ring[i - 1] as [number, number];
        const [bx, by] = ring[i] as [number, number];
        const dx = (bx - ax) * k;
        const dy = by - ay;
        const px = (lon - ax) * k;
        const py = lat - ay;
        const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy || 1)));
        best = Math.min(best, Math.hypot(px - t * dx, py - t * dy));
      }
    }
  }
  return best * 111.32;
}

/** Area in km² of polygons (holes taken out), on a local plane at each ring's latitude: commune-scale accuracy. */
export function areaKm2(polygons: PolygonCoords[]): number {
  let km2 = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, i) => {
      if (ring.length < 4) return;
      const lat = ring.reduce((s, p) => s + p[1]!, 0) / ring.length;
      const a = Math.abs(ringArea(ring)) * 111.32 * 111.32 * Math.cos((lat * Math.PI) / 180);
      km2 += i === 0 ? a : -a;
    });
  }
  return km2;
}
