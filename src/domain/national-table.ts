// « La France » view: the national figures of every network and of all, as rows with their definitions, and as CSV.
import type { DepartementCoverage } from './coverage.ts';
import { toCsv, type Delimiter } from './csv-export.ts';
import { DENSITY_CLASSES } from './density.ts';
import type { CoverageScope } from './indicators.ts';
import { DENSITY_FOUR_LEVELS, nationalFigures, type NationalFigures, type Share, type UrbanEpci } from './national.ts';
import { networkById, type NetworkId } from './networks.ts';
import { formatInteger, formatOneDecimal } from './numbers.ts';
import type { Place } from './place.ts';
import { SIZE_BANDS } from './size-bands.ts';

export interface NationalColumn {
  scope: CoverageScope;
  label: string;
  figures: NationalFigures;
}

/** One column per network shown, then « Tous les réseaux » (the networks « all » counts). */
export function nationalTable(
  places: readonly Place[],
  coverage: { departements: readonly DepartementCoverage[]; national: Pick<DepartementCoverage, 'networks' | 'all'> },
  networks: readonly NetworkId[],
  inAll: readonly NetworkId[],
  urbanEpci: ReadonlyMap<string, UrbanEpci>,
): NationalColumn[] {
  const counted = new Set(inAll);
  const columns: NationalColumn[] = networks.map((n) => ({ scope: n, label: networkById(n).label, figures: nationalFigures(places.filter((p) => p.network === n), coverage, n, urbanEpci) }));
  columns.push({ scope: 'all', label: 'Tous les réseaux', figures: nationalFigures(places.filter((p) => counted.has(p.network)), coverage, 'all', urbanEpci) });
  return columns;
}

export interface NationalRow {
  id: string;
  label: string;
  /** What the figure counts, in words (shown one click away). */
  definition: string;
  value: (f: NationalFigures) => Share | number | null;
  kind: 'count' | 'rate' | 'share' | 'population-share';
}

const densityDefinition = 'Grille communale de densité de l’INSEE (7 niveaux), selon la commune du lieu ; part des lieux dont la commune a un niveau connu.';

export const NATIONAL_ROWS: readonly NationalRow[] = [
  { id: 'lieux', label: 'Lieux', kind: 'count', value: (f) => f.count, definition: 'Lieux de la liste après les filtres en cours ; les lieux hors département (Saint-Martin, Polynésie française…) sont comptés ici.' },
  { id: 'pour_100000_hab', label: 'Lieux pour 100 000 habitants', kind: 'rate', value: (f) => f.per100k, definition: 'Lieux situés dans les 101 départements, rapportés à leur population légale (INSEE).' },
  { id: 'commune_avec_qpv', label: 'Dans une commune comprenant un QPV', kind: 'share', value: (f) => f.qpvCommune, definition: 'La commune du lieu comprend au moins un quartier prioritaire de la politique de la ville (liste 2024). Les contours des quartiers ne sont pas disponibles : un lieu n’est pas dit « dans un QPV ».' },
  { id: 'hors_metropoles', label: 'Hors des 22 métropoles', kind: 'share', value: (f) => f.outsideMetropoles, definition: 'La commune du lieu n’est membre d’aucune des 22 métropoles (EPCI de type métropole et Métropole de Lyon, @etalab/decoupage-administratif).' },
  { id: 'hors_metropoles_et_cu', label: 'Hors métropoles et communautés urbaines', kind: 'share', value: (f) => f.outsideUrbanEpci, definition: 'Comme la ligne précédente, en excluant aussi les communautés urbaines : c’est ainsi que l’ANCT obtient « trois quarts hors métropoles » pour les Fabriques.' },
  ...DENSITY_FOUR_LEVELS.map((g): NationalRow => ({ id: `densite_${g.id}`, label: `Densité : ${g.label.toLowerCase()}`, kind: 'share', value: (f) => f.densityFourLevels[g.id], definition: `${densityDefinition} Regroupement en 4 niveaux : ${g.classes.map((c) => DENSITY_CLASSES[c - 1]!.label.toLowerCase()).join(', ')}.` })),
  ...DENSITY_CLASSES.map((d): NationalRow => ({ id: `densite_${d.id}`, label: `Densité ${d.id} : ${d.label.toLowerCase()}`, kind: 'share', value: (f) => f.density[d.id], definition: densityDefinition })),
  ...SIZE_BANDS.map((b): NationalRow => ({ id: `taille_${b.id}`, label: `Commune ${b.label.toLowerCase()}`, kind: 'share', value: (f) => f.sizeBands[b.id], definition: 'Population légale de la commune du lieu (INSEE, @etalab/decoupage-administratif).' })),
  { id: 'outre_mer', label: 'Dans les départements d’outre-mer', kind: 'share', value: (f) => f.overseas, definition: 'Guadeloupe, Martinique, Guyane, La Réunion, Mayotte (les collectivités d’outre-mer n’en font pas partie).' },
  { id: 'departements_1', label: 'Départements avec au moins un lieu', kind: 'share', value: (f) => f.departementsWithOne, definition: 'Sur les 101 départements. Saint-Martin, une collectivité, n’en est pas un : un décompte qui l’inclut trouve un département de trop.' },
  { id: 'departements_2', label: 'Départements avec deux lieux ou plus', kind: 'share', value: (f) => f.departementsWithTwo, definition: 'Sur les 101 départements.' },
  { id: 'plus_10km', label: 'Population à plus de 10 km d’un lieu', kind: 'population-share', value: (f) => f.beyond10km, definition: 'Part de la population des 101 départements dont le centre de la commune est à plus de 10 km à vol d’oiseau du lieu le plus proche.' },
  { id: 'plus_20km', label: 'Population à plus de 20 km d’un lieu', kind: 'population-share', value: (f) => f.beyond20km, definition: 'Comme la ligne précédente, à 20 km.' },
];

/** « 76 % (290 sur 382) », « 1 234 », « 4,2 »; « — » when unknown. */
export function formatNationalValue(row: NationalRow, f: NationalFigures): string {
  const v = row.value(f);
  if (v === null) return '—';
  if (typeof v === 'number') return row.kind === 'count' ? formatInteger(v) : row.kind === 'rate' ? formatOneDecimal(v) : `${formatOneDecimal(v * 100)} %`;
  if (v.share === null) return '—';
  return `${Math.round(v.share * 100)} % (${formatInteger(v.count)} sur ${formatInteger(v.of)})`;
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/** The table as CSV: one row per figure and network, with the count, the total it is a share of, and the share in %. */
export function nationalCsv(columns: readonly NationalColumn[], delimiter: Delimiter, filters: string | null): string {
  const rows: unknown[][] = [];
  for (const row of NATIONAL_ROWS) {
    for (const c of columns) {
      const v = row.value(c.figures);
      const isShare = v !== null && typeof v === 'object';
      rows.push([
        row.id, row.label, c.label,
        v === null ? null : isShare ? v.count : row.kind === 'population-share' ? null : round(v, 2),
        isShare ? v.of : null,
        v === null ? null : isShare ? (v.share === null ? null : round(v.share * 100, 2)) : row.kind === 'population-share' ? round(v * 100, 2) : null,
        filters ?? '',
      ]);
    }
  }
  return toCsv(['indicateur', 'libelle', 'reseau', 'valeur', 'sur', 'part_pourcent', 'filtres'], rows, delimiter);
}
