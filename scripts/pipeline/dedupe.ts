// Merges rows that describe the same place (same network, name and commune), within and across files.
import { foldForMatch } from '../../src/domain/fold.ts';
import type { Place } from '../../src/domain/place.ts';
import type { EnrichedPlace } from './enrich.ts';

export interface Merge {
  kept: { file: string; line: number };
  merged: { file: string; line: number };
  name: string;
}

function key(p: EnrichedPlace): string {
  const where = p.place.communeCode ?? `${p.place.lon.toFixed(3)},${p.place.lat.toFixed(3)}`;
  return `${p.place.network}|${foldForMatch(p.place.name)}|${where}`;
}

/** Keeps the first row of each group, filling its empty fields from the later ones. */
export function dedupe(places: EnrichedPlace[]): { places: EnrichedPlace[]; merges: Merge[] } {
  const byKey = new Map<string, EnrichedPlace>();
  const merges: Merge[] = [];
  for (const p of places) {
    const k = key(p);
    const first = byKey.get(k);
    if (!first) {
      byKey.set(k, { ...p, place: { ...p.place }, details: { ...p.details } });
      continue;
    }
    merges.push({ kept: { file: first.file, line: first.line }, merged: { file: p.file, line: p.line }, name: p.place.name });
    for (const field of Object.keys(first.place) as (keyof Omit<Place, 'id'>)[]) {
      if (first.place[field] === null && p.place[field] !== null) (first.place as Record<string, unknown>)[field] = p.place[field];
    }
    if (first.place.approximate && !p.place.approximate) Object.assign(first.place, { lon: p.place.lon, lat: p.place.lat, approximate: false });
    for (const field of Object.keys(first.details) as (keyof EnrichedPlace['details'])[]) {
      if (first.details[field] === null && p.details[field] !== null) (first.details as unknown as Record<string, unknown>)[field] = p.details[field];
    }
  }
  return { places: [...byKey.values()], merges };
}
