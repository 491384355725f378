// The filters in force, in words: for the département panel and the exports.
import { DENSITY_CLASSES } from './density.ts';
import { isDefault, type Filters } from './filters.ts';
import { networkById, NETWORKS } from './networks.ts';
import { SIZE_BANDS } from './size-bands.ts';

/** Says in words which filters are in force, for the panel and the exports. */
export function describeFilters(f: Filters): string | null {
  if (isDefault(f)) return null;
  const parts: string[] = [];
  if (f.networks.length < NETWORKS.length) parts.push(`réseaux : ${f.networks.map((n) => networkById(n).label).join(', ') || 'aucun'}`);
  if (f.qpv !== 'all') parts.push(f.qpv === 'in' ? 'communes comprenant un QPV' : 'communes sans QPV');
  if (f.density.length) parts.push(`densité : ${f.density.map((d) => DENSITY_CLASSES[d - 1]!.label.toLowerCase()).join(', ')}`);
  if (f.sizeBands.length) parts.push(`taille : ${f.sizeBands.map((b) => SIZE_BANDS.find((x) => x.id === b)!.label.toLowerCase()).join(', ')}`);
  if (f.asOf !== null) parts.push(`situation au 31 décembre ${f.asOf} (lieux sans date de labellisation exclus)`);
  return parts.join(' ; ');
}

