// The département's figures, places and gap communes as CSV rows (pure), and the browser download (edge).
import { comparison } from '../domain/compare.ts';
import type { NationalCoverage } from '../domain/coverage.ts';
import { toCsv, type Delimiter } from '../domain/csv-export.ts';
import type { DepartementFigures } from '../domain/departements-file.ts';
import { DENSITY_CLASSES } from '../domain/density.ts';
import type { CommuneGap } from '../domain/gaps.ts';
import { DAY_IDS, dayLabel, formatPeriods, parseDayHours } from '../domain/hours.ts';
import { coverageOf, ranks, type CoverageScope, type IndicatorId } from '../domain/indicators.ts';
import { networkById, type NetworkId } from '../domain/networks.ts';
import type { Place, PlaceDetails } from '../domain/place.ts';
import { SIZE_BANDS } from '../domain/size-bands.ts';

export const FIGURES_HEADER = [
  'zone', 'code', 'nom', 'region', 'reseau', 'population', 'communes',
  'lieux', 'france_lieux', 'france_lieux_hors_departement',
  'lieux_pour_100000_hab', 'france_pour_100000_hab', 'rang_pour_100000_hab', 'ex_aequo_pour_100000_hab',
  'part_population_plus_10km', 'france_plus_10km', 'rang_plus_10km', 'ex_aequo_plus_10km',
  'part_population_plus_20km', 'france_plus_20km', 'rang_plus_20km', 'ex_aequo_plus_20km',
  'departements_classes', 'filtres',
];

/**
 * Every figure the panel shows: one row per network and for all networks (zone « departement »), then, for the
 * network compared, the région and each neighbour (zones « region », « voisin »). Ranks are on rates and shares only;
 * `ex_aequo_*` is how many départements share the rank (1 when alone).
 */
export function figuresCsv(
  d: DepartementFigures, national: NationalCoverage, all: readonly DepartementFigures[], present: readonly NetworkId[], scope: CoverageScope,
  delimiter: Delimiter, filters: string | null = null,
): string {
  const scopes: CoverageScope[] = [...present, 'all'];
  const label = (s: CoverageScope) => (s === 'all' ? 'Tous les réseaux' : networkById(s).label);
  // Each ranking sorts every département: computed once per network and indicator, read for each row.
  const rankings = new Map<string, ReturnType<typeof ranks>>();
  const ranking = (s: CoverageScope, id: IndicatorId) => {
    const key = `${s}/${id}`;
    if (!rankings.has(key)) rankings.set(key, ranks(all, s, id));
    return rankings.get(key)!;
  };
  const rankCells = (s: CoverageScope, code: string, id: IndicatorId) => {
    const r = ranking(s, id).get(code);
    return [r?.rank ?? null, r?.tiedWith ?? null];
  };
  const rows: unknown[][] = scopes.map((s) => {
    const c = coverageOf(d, s);
    const n = coverageOf(national, s);
    const outside = s === 'all' ? national.outside?.all : national.outside?.networks[s];
    return [
      'departement', d.code, d.name, d.regionName, label(s), d.population, d.communes,
      c.count, n.count, outside?.count ?? 0,
      round(c.per100k, 2), round(n.per100k, 2), ...rankCells(s, d.code, 'per100k'),
      share(c.beyond10km), share(n.beyond10km), ...rankCells(s, d.code, 'beyond10km'),
      share(c.beyond20km), share(n.beyond20km), ...rankCells(s, d.code, 'beyond20km'),
      ranking(s, 'per100k').size, filters ?? '',
    ];
  });
  for (const a of comparison(d, all, scope).slice(1)) {
    const n = coverageOf(national, scope);
    const ranked = a.kind === 'neighbour';
    const cells = (id: IndicatorId) => (ranked ? rankCells(scope, a.code, id) : [null, null]);
    const neighbour = ranked ? all.find((x) => x.code === a.code) : undefined;
    rows.push([
      a.kind === 'region' ? 'region' : 'voisin', a.code, a.name, a.kind === 'region' ? a.name : neighbour?.regionName ?? null, label(scope),
      a.population, a.kind === 'region' ? null : neighbour?.communes ?? null,
      a.coverage.count, n.count, null,
      round(a.coverage.per100k, 2), round(n.per100k, 2), ...cells('per100k'),
      share(a.coverage.beyond10km), share(n.beyond10km), ...cells('beyond10km'),
      share(a.coverage.beyond20km), share(n.beyond20km), ...cells('beyond20km'),
      ranked ? ranking(scope, 'per100k').size : null, filters ?? '',
    ]);
  }
  return toCsv(FIGURES_HEADER, rows, delimiter);
}

export const PLACES_HEADER = [
  'id', 'reseau', 'nom', 'adresse', 'code_postal', 'commune', 'code_commune', 'departement', 'telephone', 'courriel', 'site_web',
  'horaires', 'date_labellisation', 'longitude', 'latitude', 'position_approximative', 'commune_avec_qpv', 'densite', 'taille_commune',
];

/** « Lundi : 09 h 00 – 12 h 00 | Mardi : fermé | … » (no « ; », the CSV's own delimiter), or empty when the export gives no hours. */
export function hoursText(hours: PlaceDetails['hours']): string {
  if (!hours || hours.every((h) => h === null || h.trim() === '')) return '';
  return DAY_IDS.map((day, i) => `${dayLabel(day)} : ${formatPeriods(parseDayHours(hours[i] ?? null))}`).join(' | ');
}

/** The places with what their cards say (details by place id; a place without details keeps those cells empty). */
export function placesCsv(places: readonly Place[], delimiter: Delimiter, details: Readonly<Record<string, PlaceDetails>> = {}): string {
  return toCsv(
    PLACES_HEADER,
    places.map((p) => {
      const x = details[p.id];
      return [
        p.id, networkById(p.network).label, p.name, x?.address ?? null, x?.postalCode ?? null, p.communeName, p.communeCode, p.departementCode,
        x?.phone ?? null, x?.email ?? null, x?.website ?? null, hoursText(x?.hours ?? null), x?.labelDate ?? null, p.lon, p.lat,
        p.approximate ? 'oui' : 'non', p.qpvCommune === null ? '' : p.qpvCommune ? 'oui' : 'non',
        p.densityClass ? DENSITY_CLASSES[p.densityClass - 1]!.label : '', p.sizeBand ? SIZE_BANDS.find((b) => b.id === p.sizeBand)!.label : '',
      ];
    }),
    delimiter,
  );
}

export const GAPS_HEADER = ['ordre', 'code_commune', 'commune', 'population', 'distance_lieu_le_plus_proche_km', 'longitude', 'latitude', 'filtres'];

/** The gap communes in the panel's order (most populated first). */
export function gapsCsv(gaps: readonly CommuneGap[], delimiter: Delimiter, filters: string | null = null): string {
  return toCsv(GAPS_HEADER, gaps.map((g, i) => [i + 1, g.code, g.name, g.population, round(g.distanceKm, 1), round(g.lon, 5), round(g.lat, 5), filters ?? '']), delimiter);
}

function round(v: number, digits: number): number {
  return Math.round(v * 10 ** digits) / 10 ** digits;
}

function share(v: number | null): number | null {
  return v === null ? null : round(v * 100, 2);
}

export function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
