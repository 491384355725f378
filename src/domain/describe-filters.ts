// The filters in force, in words: for the département panel and the exports.
import { DENSITY_CLASSES } from './density.ts';
import { isDefault, type Filters } from './filters.ts';
import { networkById, NETWORKS, type NetworkId } from './networks.ts';
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


const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** « 1er août 2024 », « août 2024 », « 2024 »: an export's date as its file name gives it (« 2024-08-01 », « 2024-08 », « 2024 »). */
export function formatExportDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const m = MONTHS[Number(month) - 1] ?? month;
  if (!day) return `${m} ${year}`;
  return `${Number(day) === 1 ? '1er' : Number(day)} ${m} ${year}`;
}

/** « export du 1er août 2024 », « export d’août 2024 », « export de janvier 2024 », « export de 2024 ». */
function exportOf(date: string): string {
  const text = formatExportDate(date);
  if (date.split('-').length === 3) return `export du ${text}`;
  return /^[aeiouéo]/i.test(text) ? `export d’${text}` : `export de ${text}`;
}

/** « France Services : export du 1er août 2024 ; Fabriques de territoire : export de janvier 2024 », for the networks shown. */
export function describeExportDates(dates: Partial<Record<NetworkId, string>> | undefined, networks: readonly NetworkId[]): string | null {
  const parts = networks.flatMap((n) => (dates?.[n] ? [`${networkById(n).label} : ${exportOf(dates[n]!)}`] : []));
  return parts.length ? parts.join(' ; ') : null;
}
