// A tiny reference geography for the pipeline tests: a few communes as 0.1° squares in
// metropolitan France, with sea all around them (nothing else has a contour).
import type { CsvRow } from '../../../scripts/pipeline/read.ts';
import { buildReference, type CogCommune, type GeoCollection, type GeoFeature, type Reference, type ReferenceInputs } from '../../../scripts/pipeline/reference.ts';

/** [west, south] corner of each 0.1° × 0.1° square, keyed by 2018 contour code. */
export const SQUARES: Record<string, [number, number]> = {
  '23096': [1.8, 46.12], // Guéret
  '01001': [4.9, 46.1], // L'Abergement-Clémenciat
  '01015': [5.6, 45.7], // Arboys en Bugey (current commune)…
  '01340': [5.7, 45.7], // …and Saint-Bois, merged into it: its square must end up under 01015
  '75056': [2.3, 48.82], // Paris (0.1° wide, 0.08° high)
};

/** Centroids the reference must compute from the squares (01015 includes the 01340 square). */
export const CENTROIDS: Record<string, [number, number]> = {
  '23096': [1.85, 46.17],
  '01001': [4.95, 46.15],
  '01015': [5.7, 45.75],
  '75056': [2.35, 48.86],
};

/** A point inside metropolitan France's bbox, in the Bay of Biscay: in the sea, far from every square. */
export const SEA: { lon: number; lat: number } = { lon: -4, lat: 46 };

/** Ahun has no contour: its centroid comes from La Poste's base. */
export const AHUN_POSTAL_CENTROID: [number, number] = [2.04, 46.08];

export const COMMUNES: CogCommune[] = [
  { code: '23096', nom: 'Guéret', type: 'commune-actuelle', departement: '23', region: '75', zone: 'metro', population: 13000, codesPostaux: ['23000'] },
  { code: '23001', nom: 'Ahun', type: 'commune-actuelle', departement: '23', region: '75', zone: 'metro', population: 1500, codesPostaux: ['23150'] },
  { code: '01001', nom: "L'Abergement-Clémenciat", type: 'commune-actuelle', departement: '01', region: '84', zone: 'metro', population: 860, codesPostaux: ['01400'] },
  { code: '01002', nom: "L'Abergement-de-Varey", type: 'commune-actuelle', departement: '01', region: '84', zone: 'metro', population: 250, codesPostaux: ['01640'] },
  {
    code: '01015', nom: 'Arboys en Bugey', type: 'commune-actuelle', departement: '01', region: '84', zone: 'metro',
    population: 710, codesPostaux: ['01300'], anciensCodes: ['01340'],
  },
  { code: '01340', nom: 'Saint-Bois', type: 'commune-deleguee', chefLieu: '01015', departement: '01', region: '84', zone: 'metro' },
  {
    code: '75056', nom: 'Paris', type: 'commune-actuelle', departement: '75', region: '11', zone: 'metro',
    population: 2_100_000, codesPostaux: ['75001', '75002'],
  },
  // A collectivité d'outre-mer: no contour, no postal centroid; its centre comes from the build's own table.
  { code: '98818', nom: 'Nouméa', type: 'commune-actuelle', departement: '988', region: '', zone: 'com', population: 94_000, codesPostaux: ['98800'] },
  { code: '75101', nom: 'Paris 1er Arrondissement', type: 'arrondissement-municipal', commune: '75056', departement: '75', region: '11', zone: 'metro', population: 15_000, codesPostaux: ['75001'] },
];

export const DEPARTEMENTS = [
  { code: '01', nom: 'Ain', region: '84', zone: 'metro' },
  { code: '23', nom: 'Creuse', region: '75', zone: 'metro' },
  { code: '75', nom: 'Paris', region: '11', zone: 'metro' },
];

export function squareFeature(code: string, [w, s]: [number, number], width = 0.1, height = code === '75056' ? 0.08 : 0.1): GeoFeature {
  const ring = [[w, s], [w + width, s], [w + width, s + height], [w, s + height], [w, s]];
  return { type: 'Feature', properties: { code }, geometry: { type: 'Polygon', coordinates: [ring] } };
}

function pointFeature(properties: Record<string, unknown>, lon: number, lat: number): GeoFeature {
  return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [lon, lat] } };
}

export function csvRows(rows: Record<string, string>[]): CsvRow[] {
  return rows.map((cells, i) => ({ line: i + 2, cells }));
}

/** The density grid, in the shared file's form (labels), with one row in "code - label" form. */
export const DENSITY_ROWS: CsvRow[] = csvRows([
  { insee_com: '23096', niveau_densite: 'Centres urbains intermédiaires' },
  { insee_com: '01001', niveau_densite: '6 - Rural à habitat dispersé' },
  { insee_com: '01015', niveau_densite: 'Bourgs ruraux' },
  // An older grid row for the former commune: 01015 must keep the class of its own row.
  { insee_com: '01340', niveau_densite: 'Rural à habitat très dispersé' },
  { insee_com: '75056', niveau_densite: 'Grands centres urbains' },
  { insee_com: '23001', niveau_densite: 'Bourgs ruraux' },
]);

/** QPV list by commune (points, no contours): Guéret, and Paris through an arrondissement code. */
export const QPV: GeoCollection = {
  type: 'FeatureCollection',
  features: [
    pointFeature({ insee_com: '23096', code_qp: 'QN02301M' }, 1.86, 46.17),
    pointFeature({ insee_com: '75101', code_qp: 'QN07501M' }, 2.35, 48.86),
  ],
};

export function tinyReferenceInputs(overrides: Partial<ReferenceInputs> = {}): ReferenceInputs {
  return {
    communes: COMMUNES,
    departements: DEPARTEMENTS,
    communeContours: [{ type: 'FeatureCollection', features: Object.entries(SQUARES).map(([code, corner]) => squareFeature(code, corner)) }],
    postalCentroids: csvRows([{ code_commune_insee: '23001', coordonnees_gps: `${AHUN_POSTAL_CENTROID[1]}, ${AHUN_POSTAL_CENTROID[0]}` }]),
    densityGrid: DENSITY_ROWS,
    qpv: QPV,
    ...overrides,
  };
}

export function tinyReference(overrides: Partial<ReferenceInputs> = {}): Reference {
  return buildReference(tinyReferenceInputs(overrides));
}
