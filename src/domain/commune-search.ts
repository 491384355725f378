// Offline commune search: names (accents, case, "st", hyphens and apostrophes ignored), postal codes, département numbers.
import { foldForMatch } from './fold.ts';

export interface SearchEntry {
  code: string;
  name: string;
  departementCode: string;
  postalCodes: string[];
  population: number;
  lon: number;
  lat: number;
  /** Folded name, computed once when the index is loaded. */
  key: string;
}

export type Suggestion =
  | { kind: 'commune'; entry: SearchEntry; via: 'name' | 'postal' | 'insee' }
  | { kind: 'departement'; code: string; name: string };

export function searchKey(name: string): string {
  return foldForMatch(name);
}

/** Paris, Lyon and Marseille's arrondissements (INSEE 75101–75120, 69381–69389, 13201–13216): searched and measured from on their own. */
export function isArrondissement(code: string): boolean {
  const n = Number(code);
  return (n >= 75101 && n <= 75120) || (n >= 69381 && n <= 69389) || (n >= 13201 && n <= 13216);
}

/** « paris 11e arrondissement », « paris 11e », « paris 11eme », « paris 11 » all read « paris 11 ». */
function withoutOrdinal(key: string): string {
  return key.replace(/ arrondissement$/, '').replace(/(\d)\s*(er|e|eme|ieme)$/, '$1');
}

/**
 * Ranking: exact name, then names starting with the query, then names with a word starting
 * with it; within each, larger communes first (the one people mean, most of the time).
 */
export function searchCommunes(
  entries: readonly SearchEntry[],
  departements: readonly { code: string; name: string }[],
  query: string,
  limit = 8,
): Suggestion[] {
  const text = query.trim();
  if (!text) return [];
  if (/^\d{5}$/.test(text)) {
    const byInsee = entries.filter((e) => e.code === text).map((entry) => ({ kind: 'commune' as const, entry, via: 'insee' as const }));
    const byPostal = entries.filter((e) => e.postalCodes.includes(text) && e.code !== text).sort((a, b) => b.population - a.population);
    // « 75011 »: the 11th arrondissement before Paris as a whole, which holds every Paris postal code.
    const found = [...byPostal.map((entry) => ({ kind: 'commune' as const, entry, via: 'postal' as const })), ...byInsee];
    return found.sort((a, b) => Number(isArrondissement(b.entry.code)) - Number(isArrondissement(a.entry.code))).slice(0, limit);
  }
  if (/^(\d{2,3}|2[abAB])$/.test(text)) {
    const d = departements.find((x) => x.code === text.toUpperCase() || x.code === text.padStart(2, '0'));
    const postalPrefix = entries.filter((e) => e.postalCodes.some((p) => p.startsWith(text))).sort((a, b) => b.population - a.population);
    return [
      ...(d ? [{ kind: 'departement' as const, code: d.code, name: d.name }] : []),
      ...postalPrefix.slice(0, limit - 1).map((entry) => ({ kind: 'commune' as const, entry, via: 'postal' as const })),
    ];
  }
  const q = foldForMatch(text);
  if (!q) return [];
  const exact: SearchEntry[] = [];
  const prefix: SearchEntry[] = [];
  const word: SearchEntry[] = [];
  const qNumbered = /\d/.test(q) ? withoutOrdinal(q) : null;
  for (const e of entries) {
    if (e.key === q || (qNumbered !== null && isArrondissement(e.code) && withoutOrdinal(e.key) === qNumbered)) exact.push(e);
    else if (e.key.startsWith(q)) prefix.push(e);
    else if (e.key.includes(` ${q}`)) word.push(e);
  }
  const byPopulation = (a: SearchEntry, b: SearchEntry) => b.population - a.population;
  // « Creuse » is a commune of the Somme and a département: an elected official means the département, so it comes first.
  const byName: Suggestion[] = departements
    .filter((d) => foldForMatch(d.name).startsWith(q))
    .map((d) => ({ kind: 'departement', code: d.code, name: d.name }));
  const communes: Suggestion[] = [...exact.sort(byPopulation), ...prefix.sort(byPopulation), ...word.sort(byPopulation)]
    .slice(0, limit)
    .map((entry) => ({ kind: 'commune', entry, via: 'name' }));
  return [...byName.slice(0, 2), ...communes].slice(0, limit);
}
