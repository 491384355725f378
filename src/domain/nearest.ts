// The k nearest places to a point, great-circle distance, over a spatial index built once.
import KDBush from 'kdbush';
import { around, distance } from 'geokdbush';
import type { NetworkId } from './networks.ts';

/** The point nearest places are measured from: a commune's centre or the visitor's position. */
export interface Origin {
  label: string;
  lon: number;
  lat: number;
  communeCode: string | null;
  /** Set when the point is farther than OUTSIDE_TERRITORY_KM from every commune and place: the distance to the nearest. */
  outsideKm?: number | null;
}

/** A position farther than this from every French commune centre and every place is outside the territory the map covers. */
export const OUTSIDE_TERRITORY_KM = 50;

/**
 * The distance from (lon, lat) to the nearest of `points` when it exceeds `thresholdKm`, else null: London is
 * about 150 km from the nearest French commune, any point of France (overseas included) a few km at most.
 */
export function outsideTerritoryKm(lon: number, lat: number, points: Iterable<{ lon: number; lat: number }>, thresholdKm = OUTSIDE_TERRITORY_KM): number | null {
  let best = Infinity;
  for (const p of points) {
    // The north–south gap alone is already farther than the best so far (110.5 km a degree at least): skip the trigonometry.
    if (Math.abs(p.lat - lat) * 110.5 > best) continue;
    const d = distance(lon, lat, p.lon, p.lat);
    if (d < best) best = d;
  }
  // With nothing to compare with (the search index failed to load), say nothing rather than « outside ».
  return Number.isFinite(best) && best > thresholdKm ? best : null;
}

/**
 * The network « Lieux les plus proches » shows first: France Services, the places a person walks into for help with
 * their paperwork and the one network placed at its own address (the others sit at their commune's centre); all
 * networks when France Services is filtered out.
 */
export function defaultNearNetwork(shown: readonly NetworkId[]): NetworkId | 'all' {
  return shown.includes('france-services') ? 'france-services' : 'all';
}

export interface NearestIndex<P extends { lon: number; lat: number; network: NetworkId }> {
  places: readonly P[];
  index: KDBush;
}

export function nearestIndex<P extends { lon: number; lat: number; network: NetworkId }>(places: readonly P[]): NearestIndex<P> {
  const index = new KDBush(Math.max(1, places.length));
  for (const p of places) index.add(p.lon, p.lat);
  if (places.length === 0) index.add(0, 0);
  index.finish();
  return { places, index };
}

export function nearest<P extends { lon: number; lat: number; network: NetworkId }>(
  { places, index }: NearestIndex<P>,
  lon: number,
  lat: number,
  k: number,
  { maxKm = Infinity, accept = (_p: P) => true }: { maxKm?: number; accept?: (p: P) => boolean } = {},
): { place: P; distanceKm: number }[] {
  if (places.length === 0) return [];
  const ids = around(index, lon, lat, k, maxKm, (i: number) => accept(places[i]!)) as number[];
  return ids.map((i) => ({ place: places[i]!, distanceKm: distance(lon, lat, places[i]!.lon, places[i]!.lat) }));
}
