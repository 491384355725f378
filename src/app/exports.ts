// The département's figures and places as CSV rows (pure), and the browser download (edge).
import type { DepartementCoverage } from '../domain/coverage.ts';
import { toCsv, type Delimiter } from '../domain/csv-export.ts';
import { DENSITY_CLASSES } from '../domain/density.ts';
import { ranks, type CoverageScope } from '../domain/indicators.ts';
import { networkById, type NetworkId } from '../domain/networks.ts';
import type { Place } from '../domain/place.ts';
import { SIZE_BANDS } from '../domain/size-bands.ts';

export const FIGURES_HEADER = [
  'code_departement', 'departement', 'reseau', 'lieux', 'lieux_pour_100000_hab', 'france_pour_100000_hab',
  'part_population_plus_10km', 'france_plus_10km', 'part_population_plus_20km', 'france_plus_20km', 'rang_pour_100000_hab', 'rang_plus_20km', 'population',
];

export function figuresCsv(d: DepartementCoverage, national: Omit<DepartementCoverage, 'code' | 'name'>, all: readonly DepartementCoverage[], present: readonly NetworkId[], delimiter: Delimiter): string {
  const scopes: CoverageScope[] = [...present, 'all'];
  const rows = scopes.map((s) => {
    const c = s === 'all' ? d.all : d.networks[s];
    const n = s === 'all' ? national.all : national.networks[s];
    return [
      d.code, d.name, s === 'all' ? 'Tous les réseaux' : networkById(s).label, c.count, round(c.per100k, 2), round(n.per100k, 2),
      share(c.beyond10km), share(n.beyond10km), share(c.beyond20km), share(n.beyond20km),
      ranks(all, s, 'per100k').get(d.code) ?? null, ranks(all, s, 'beyond20km').get(d.code) ?? null, d.population,
    ];
  });
  return toCsv(FIGURES_HEADER, rows, delimiter);
}

export const PLACES_HEADER = ['id', 'reseau', 'nom', 'commune', 'code_commune', 'departement', 'longitude', 'latitude', 'position_approximative', 'commune_avec_qpv', 'densite', 'taille_commune'];

export function placesCsv(places: readonly Place[], delimiter: Delimiter): string {
  return toCsv(
    PLACES_HEADER,
    places.map((p) => [
      p.id, networkById(p.network).label, p.name, p.communeName, p.communeCode, p.departementCode, p.lon, p.lat,
      p.approximate ? 'oui' : 'non', p.qpvCommune === null ? '' : p.qpvCommune ? 'oui' : 'non',
      p.densityClass ? DENSITY_CLASSES[p.densityClass - 1]!.label : '', p.sizeBand ? SIZE_BANDS.find((b) => b.id === p.sizeBand)!.label : '',
    ]),
    delimiter,
  );
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
