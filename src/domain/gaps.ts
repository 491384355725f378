// "Where is the gap": the most populated communes of a département far from every place.
import { nearestDistancesKm, type CommunePoint } from './coverage.ts';
import type { Origin } from './nearest.ts';

export interface CommuneGap {
  code: string;
  name: string;
  population: number;
  distanceKm: number;
  /** The commune's centre: where the map draws it and measures from. */
  lon: number;
  lat: number;
}

/** A gap commune as the map draws it (numbered in the list's order). */
export type GapPoint = Pick<CommuneGap, 'code' | 'name' | 'lon' | 'lat'>;

/** A gap commune chosen in the list or on the map: its nearest places are measured from its centre. */
export function gapOrigin(g: GapPoint): Origin & { communeCode: string } {
  return { label: g.name, lon: g.lon, lat: g.lat, communeCode: g.code };
}

/**
 * The `limit` most populated communes of the département whose centroid lies beyond `minKm`
 * of the nearest place; when fewer are that far, the list is shorter (never padded with covered ones).
 */
export function communeGaps(
  communes: readonly (CommunePoint & { name: string })[],
  places: readonly { lon: number; lat: number }[],
  departementCode: string,
  minKm = 10,
  limit = 10,
): CommuneGap[] {
  const local = communes.filter((c) => c.departementCode === departementCode && !Number.isNaN(c.lon));
  const distances = nearestDistancesKm(local, places);
  return local
    .map((c, i) => ({ code: c.code, name: c.name, population: c.population, distanceKm: distances[i]!, lon: c.lon, lat: c.lat }))
    .filter((g) => g.distanceKm > minKm)
    .sort((a, b) => b.population - a.population || b.distanceKm - a.distanceKm)
    .slice(0, limit);
}
