// Merges rows that describe the same place (same network, commune and name, a few metres apart), within and across files.
import { distance } from 'geokdbush';
import { foldForMatch } from '../../src/domain/fold.ts';
import type { Place } from '../../src/domain/place.ts';
import type { EnrichedPlace } from './enrich.ts';

export interface Merge {
  kept: { file: string; line: number };
  merged: { file: string; line: number };
  name: string;
  /** Straight-line distance between the two positions, when both are exact. */
  metres: number | null;
}

/** Two exact positions farther apart than this are two places, whatever their names. */
const SAME_PLACE_METRES = 150;

/** The name as it identifies a place: folded, without the network's own words ("France services de …"). */
export function identifyingName(name: string): string {
  const folded = foldForMatch(name);
  const stripped = folded.replace(/^(espace |maison )?france services? (de la |de l |des |du |de |d )?/, '');
  return stripped || folded;
}

function key(p: EnrichedPlace): string {
  const where = p.place.communeCode ?? `${p.place.lon.toFixed(3)},${p.place.lat.toFixed(3)}`;
  return `${p.place.network}|${identifyingName(p.place.name)}|${where}`;
}

function metresApart(a: EnrichedPlace, b: EnrichedPlace): number | null {
  if (a.place.approximate || b.place.approximate) return null;
  return distance(a.place.lon, a.place.lat, b.place.lon, b.place.lat) * 1000;
}

/** Keeps the first row of each group, filling its empty fields from the later ones. */
export function dedupe(places: EnrichedPlace[]): { places: EnrichedPlace[]; merges: Merge[] } {
  const byKey = new Map<string, EnrichedPlace[]>();
  const kept: EnrichedPlace[] = [];
  const copied = new Set<EnrichedPlace>();
  const keptAt = new Map<EnrichedPlace, number>();
  const merges: Merge[] = [];
  for (const p of places) {
    const k = key(p);
    const group = byKey.get(k) ?? [];
    let first = group.find((g) => (metresApart(g, p) ?? 0) <= SAME_PLACE_METRES);
    if (!first) {
      byKey.set(k, [...group, p]);
      keptAt.set(p, kept.push(p) - 1);
      continue;
    }
    // The kept row is filled from the merged one: copied first, so that the caller's rows stay as they were.
    if (!copied.has(first)) {
      const copy = { ...first, place: { ...first.place }, details: { ...first.details } };
      copied.add(copy);
      kept[keptAt.get(first)!] = copy;
      group[group.indexOf(first)] = copy;
      first = copy;
    }
    const metres = metresApart(first, p);
    merges.push({ kept: { file: first.file, line: first.line }, merged: { file: p.file, line: p.line }, name: p.place.name, metres: metres === null ? null : Math.round(metres) });
    for (const field of Object.keys(first.place) as (keyof Omit<Place, 'id'>)[]) {
      if (first.place[field] === null && p.place[field] !== null) (first.place as Record<string, unknown>)[field] = p.place[field];
    }
    if (first.place.approximate && !p.place.approximate) Object.assign(first.place, { lon: p.place.lon, lat: p.place.lat, approximate: false });
    for (const field of Object.keys(first.details) as (keyof EnrichedPlace['details'])[]) {
      if (first.details[field] === null && p.details[field] !== null) (first.details as unknown as Record<string, unknown>)[field] = p.details[field];
    }
  }
  return { places: kept, merges };
}
