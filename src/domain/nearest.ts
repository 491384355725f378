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
