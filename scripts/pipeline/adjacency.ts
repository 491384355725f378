// Which départements touch: their contours run along each other. Computed from the contours, with a tolerance,
// because simplified contours of two neighbours do not share their vertices exactly.
import type { PolygonCoords } from './geometry.ts';

export interface Contour {
  code: string;
  polygons: PolygonCoords[];
}

interface Segment {
  code: string;
  ax: number;
  ay: number;
  bx: number;
  by: number;
}

const KM_PER_DEGREE = 111.32;

/** Distance in km from a point to a segment, on a local plane (longitudes scaled by the cosine of the latitude). */
function distanceKm(px: number, py: number, s: Segment): number {
  const k = Math.cos((py * Math.PI) / 180);
  const ax = (s.ax - px) * k;
  const ay = s.ay - py;
  const bx = (s.bx - px) * k;
  const by = s.by - py;
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
  return Math.hypot(ax + t * dx, ay + t * dy) * KM_PER_DEGREE;
}

/**
 * Two départements are adjacent when at least `minPoints` vertices of one lie within `toleranceKm` of the other's
 * contour: a shared border, not a corner that merely comes close. Returns each code's neighbours, sorted.
 */
export function adjacentDepartements(contours: readonly Contour[], toleranceKm = 0.5, minPoints = 3): Map<string, string[]> {
  const cellDeg = 0.05;
  const tolDeg = toleranceKm / KM_PER_DEGREE / 0.3; // generous in longitude up to 72° of latitude
  const grid = new Map<string, Segment[]>();
  const key = (i: number, j: number) => `${i}:${j}`;
  for (const { code, polygons } of contours) {
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (let n = 1; n < ring.length; n++) {
          const s: Segment = { code, ax: ring[n - 1]![0]!, ay: ring[n - 1]![1]!, bx: ring[n]![0]!, by: ring[n]![1]! };
          const [i0, i1] = [Math.floor((Math.min(s.ax, s.bx) - tolDeg) / cellDeg), Math.floor((Math.max(s.ax, s.bx) + tolDeg) / cellDeg)];
          const [j0, j1] = [Math.floor((Math.min(s.ay, s.by) - tolDeg) / cellDeg), Math.floor((Math.max(s.ay, s.by) + tolDeg) / cellDeg)];
          for (let i = i0; i <= i1; i++) for (let j = j0; j <= j1; j++) {
            const cell = grid.get(key(i, j));
            if (cell) cell.push(s);
            else grid.set(key(i, j), [s]);
          }
        }
      }
    }
  }
  const close = new Map<string, Map<string, number>>();
  for (const { code, polygons } of contours) {
    const counts = new Map<string, number>();
    for (const polygon of polygons) {
      for (const ring of polygon) {
        // A closed ring repeats its first vertex last: count it once.
        for (const [x, y] of ring.slice(0, ring.length > 1 && ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1] ? -1 : undefined)) {
          const near = new Set<string>();
          for (const s of grid.get(key(Math.floor(x! / cellDeg), Math.floor(y! / cellDeg))) ?? []) {
            if (s.code !== code && !near.has(s.code) && distanceKm(x!, y!, s) <= toleranceKm) near.add(s.code);
          }
          for (const other of near) counts.set(other, (counts.get(other) ?? 0) + 1);
        }
      }
    }
    close.set(code, counts);
  }
  const out = new Map<string, string[]>(contours.map((c) => [c.code, []]));
  for (const [a, counts] of close) {
    for (const [b, n] of counts) {
      if (a < b && n + (close.get(b)?.get(a) ?? 0) >= minPoints) {
        out.get(a)!.push(b);
        out.get(b)!.push(a);
      }
    }
  }
  for (const list of out.values()) list.sort();
  return out;
}
