// The list view's orders: by name, by commune, by département then commune, in French collation (accents, numbers).
import { departementSortKey } from './compare.ts';
import type { Place } from './place.ts';

export type ListSort = 'nom' | 'commune' | 'departement';

const COLLATOR = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Corsica (2A, 2B) sorts as 20, between 19 and 21. Missing values (null) go last: the collator would sort a placeholder such as "~" first, not last. */
export function sortPlaces(places: readonly Place[], sort: ListSort): Place[] {
  const key = (p: Place): (string | null)[] =>
    sort === 'nom' ? [p.name, p.communeName ?? ''] : sort === 'commune' ? [p.communeName, p.name] : [(p.departementCode && departementSortKey(p.departementCode)) || null, p.communeName ?? '', p.name];
  return [...places].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) {
      const x = ka[i]!;
      const y = kb[i]!;
      const c = x === null || y === null ? (x === null ? 1 : 0) - (y === null ? 1 : 0) : COLLATOR.compare(x, y);
      if (c) return c;
    }
    return 0;
  });
}
