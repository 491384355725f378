// Reference geography: communes (codes, former codes, population), their contours and centroids,
// density classes and QPV communes, built from already-parsed inputs.
import Flatbush from 'flatbush';
import { densityClassFromLabel, type DensityClass } from '../../src/domain/density.ts';
import { foldForMatch } from '../../src/domain/fold.ts';
import { areaCentroid, bboxOf, pointInPolygon, polygonsOf, type PolygonCoords } from './geometry.ts';
import { COM_CENTRES } from './com-centres.ts';
import { normaliseInseeCode } from './insee.ts';
import type { CsvRow } from './read.ts';

/** One entry of @etalab/decoupage-administratif's communes.json (the fields we read). */
export interface CogCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement?: string;
  region?: string;
  zone?: string;
  population?: number;
  codesPostaux?: string[];
  anciensCodes?: string[];
  chefLieu?: string;
  commune?: string;
}

export interface CogDepartement {
  code: string;
  nom: string;
  region: string;
  zone: string;
}

export interface CommuneRecord {
  code: string;
  name: string;
  departementCode: string;
  regionCode: string;
  population: number | null;
  postalCodes: string[];
  zone: string;
}

export interface DepartementRecord {
  code: string;
  name: string;
  regionCode: string;
  zone: string;
}

export interface GeoFeature {
  type: 'Feature';
  properties: Record<string, unknown> | null;
  geometry: { type: string; coordinates?: unknown } | null;
}

export interface GeoCollection {
  type: 'FeatureCollection';
  features: GeoFeature[];
}

export interface ReferenceInputs {
  communes: CogCommune[];
  departements: CogDepartement[];
  /** Commune contours with 2018 codes (`code`, `nom` properties). */
  communeContours: GeoCollection[];
  /** La Poste's postal-code base: a centroid for communes without a contour. */
  postalCentroids: CsvRow[] | null;
  densityGrid: CsvRow[] | null;
  /** QPV source: points per commune (`insee_com`) or, when available, QPV polygons. */
  qpv: GeoCollection | null;
}

export type QpvSource = 'commune-list' | 'contours' | null;

export interface Reference {
  communes: Map<string, CommuneRecord>;
  /** Former, delegated, associated and arrondissement codes -> current commune code. */
  formerCodes: Map<string, string>;
  communesByName: Map<string, string[]>;
  departements: Map<string, DepartementRecord>;
  /** Current code -> polygons (2018 contours of the commune and of the ones merged into it). */
  shapes: Map<string, PolygonCoords[]>;
  centroids: Map<string, [number, number]>;
  /** Paris, Lyon and Marseille's arrondissements with La Poste's centre: searched on their own, counted in no figure. */
  arrondissements: (CommuneRecord & { lon: number; lat: number })[];
  communeAt(lon: number, lat: number): string | null;
  density: Map<string, DensityClass> | null;
  qpvSource: QpvSource;
  qpvCommunes: Set<string> | null;
  /** QPV polygons with their code, when the source has contours. */
  qpvAt: ((lon: number, lat: number) => string | null) | null;
  notes: string[];
}

export function currentCode(ref: Pick<Reference, 'communes' | 'formerCodes'>, code: string): string | null {
  if (ref.communes.has(code)) return code;
  return ref.formerCodes.get(code) ?? null;
}

function indexCommunes(cog: CogCommune[]) {
  const communes = new Map<string, CommuneRecord>();
  const formerCodes = new Map<string, string>();
  const communesByName = new Map<string, string[]>();
  for (const c of cog) {
    if (c.type !== 'commune-actuelle') continue;
    communes.set(c.code, {
      code: c.code,
      name: c.nom,
      departementCode: c.departement ?? '',
      regionCode: c.region ?? '',
      population: c.population ?? null,
      postalCodes: c.codesPostaux ?? [],
      zone: c.zone ?? '',
    });
    const key = foldForMatch(c.nom);
    communesByName.set(key, [...(communesByName.get(key) ?? []), c.code]);
  }
  for (const c of cog) {
    const target = c.type === 'arrondissement-municipal' ? c.commune : c.type === 'commune-actuelle' ? undefined : c.chefLieu;
    if (target && !communes.has(c.code)) formerCodes.set(c.code, target);
    for (const old of c.anciensCodes ?? []) if (!communes.has(old)) formerCodes.set(old, c.code);
  }
  // A former code may point at a commune that merged again later: follow the chain.
  for (const [old, target] of formerCodes) {
    let code = target;
    for (let hops = 0; !communes.has(code) && formerCodes.has(code) && hops < 5; hops++) code = formerCodes.get(code)!;
    formerCodes.set(old, code);
  }
  return { communes, formerCodes, communesByName };
}

function indexShapes(ref: Pick<Reference, 'communes' | 'formerCodes'>, contours: GeoCollection[], notes: string[]) {
  const shapes = new Map<string, PolygonCoords[]>();
  let unmatched = 0;
  for (const collection of contours) {
    for (const feature of collection.features) {
      const raw = String(feature.properties?.code ?? '');
      const code = currentCode(ref, raw);
      if (!code) {
        unmatched++;
        continue;
      }
      shapes.set(code, [...(shapes.get(code) ?? []), ...polygonsOf(feature.geometry)]);
    }
  }
  if (unmatched) notes.push(`${unmatched} commune contours have a code unknown to the commune reference and were left out`);
  return shapes;
}

function buildCommuneAt(shapes: Map<string, PolygonCoords[]>) {
  const entries: { code: string; polygon: PolygonCoords }[] = [];
  for (const [code, polygons] of shapes) for (const polygon of polygons) entries.push({ code, polygon });
  if (entries.length === 0) return () => null;
  const index = new Flatbush(entries.length);
  for (const { polygon } of entries) index.add(...bboxOf([polygon]));
  index.finish();
  return (lon: number, lat: number): string | null => {
    for (const i of index.search(lon, lat, lon, lat)) {
      const entry = entries[i]!;
      if (pointInPolygon(lon, lat, entry.polygon)) return entry.code;
    }
    return null;
  };
}

/** A row of La Poste's postal-code base: its INSEE code (padded, as exported) and its point; null without a readable point. */
function postalPoint(row: CsvRow): { code: string; lon: number; lat: number } | null {
  const code = normaliseInseeCode(row.cells.code_commune_insee ?? '')?.code ?? '';
  const [lat, lon] = (row.cells.coordonnees_gps ?? '').split(',').map(Number);
  return Number.isFinite(lat) && Number.isFinite(lon) ? { code, lon: lon!, lat: lat! } : null;
}

function indexCentroids(ref: Pick<Reference, 'communes' | 'formerCodes'>, shapes: Map<string, PolygonCoords[]>, postal: CsvRow[] | null, notes: string[]) {
  const centroids = new Map<string, [number, number]>();
  for (const [code, polygons] of shapes) {
    const c = areaCentroid(polygons);
    if (c) centroids.set(code, c);
  }
  for (const [code, [lon, lat]] of Object.entries(COM_CENTRES)) if (ref.communes.has(code) && !centroids.has(code)) centroids.set(code, [lon, lat]);
  let fromPostal = 0;
  for (const row of postal ?? []) {
    const point = postalPoint(row);
    const code = point && currentCode(ref, point.code);
    if (!point || !code || centroids.has(code)) continue;
    centroids.set(code, [point.lon, point.lat]);
    fromPostal++;
  }
  if (fromPostal) notes.push(`${fromPostal} communes without a contour take their centroid from La Poste's postal-code base`);
  const missing = [...ref.communes.keys()].filter((c) => !centroids.has(c));
  if (missing.length) notes.push(`${missing.length} communes have neither contour nor centroid (${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ', …' : ''}): they count in populations but not in distance figures`);
  return centroids;
}

/** Arrondissements have no contour of their own in the 2018 files: their centre is La Poste's (one row per postal code, averaged). */
export function indexArrondissements(cog: readonly CogCommune[], postal: CsvRow[] | null, notes: string[]): Reference['arrondissements'] {
  const points = new Map<string, [number, number][]>();
  for (const row of postal ?? []) {
    const point = postalPoint(row);
    if (!point) continue;
    if (!points.has(point.code)) points.set(point.code, []);
    points.get(point.code)!.push([point.lon, point.lat]);
  }
  const found: Reference['arrondissements'] = [];
  const missing: string[] = [];
  for (const c of cog) {
    if (c.type !== 'arrondissement-municipal') continue;
    const at = points.get(c.code);
    if (!at) {
      missing.push(c.code);
      continue;
    }
    found.push({
      code: c.code, name: c.nom, departementCode: c.departement ?? '', regionCode: c.region ?? '', population: c.population ?? null,
      postalCodes: c.codesPostaux ?? [], zone: c.zone ?? '',
      lon: at.reduce((sum, p) => sum + p[0], 0) / at.length, lat: at.reduce((sum, p) => sum + p[1], 0) / at.length,
    });
  }
  if (missing.length) notes.push(`${missing.length} arrondissements have no centre in La Poste's base (${missing.slice(0, 8).join(', ')}): they cannot be searched`);
  return found;
}

function indexDensity(ref: Pick<Reference, 'communes' | 'formerCodes'>, rows: CsvRow[], notes: string[]) {
  const density = new Map<string, DensityClass>();
  let unreadable = 0;
  for (const row of rows) {
    const rowCode = normaliseInseeCode(row.cells.insee_com ?? row.cells.codgeo ?? '')?.code ?? '';
    const code = currentCode(ref, rowCode);
    const value = densityClassFromLabel(row.cells.niveau_densite ?? row.cells.dens7 ?? row.cells.densite ?? '');
    if (!code || value === null) {
      unreadable++;
      continue;
    }
    // A merged commune keeps the class of its own row when it has one (the grid may be older):
    // a former commune's row fills in only, whatever the row order.
    if (!density.has(code) || rowCode === code) density.set(code, value);
  }
  if (unreadable) notes.push(`${unreadable} density-grid rows had an unknown commune or class and were ignored`);
  const missing = [...ref.communes.values()].filter((c) => c.zone !== 'com' && !density.has(c.code)).length;
  if (missing) notes.push(`${missing} communes have no density class in the grid (shown as unknown)`);
  return density;
}

function indexQpv(ref: Pick<Reference, 'communes' | 'formerCodes'>, qpv: GeoCollection, notes: string[]) {
  const polygons = qpv.features.filter((f) => polygonsOf(f.geometry).length > 0);
  if (polygons.length > 0) {
    const entries = polygons.flatMap((f) => polygonsOf(f.geometry).map((polygon) => ({ code: String(f.properties?.code_qp ?? f.properties?.code_quartier ?? ''), polygon })));
    const index = new Flatbush(entries.length);
    for (const { polygon } of entries) index.add(...bboxOf([polygon]));
    index.finish();
    const qpvAt = (lon: number, lat: number) => {
      for (const i of index.search(lon, lat, lon, lat)) if (pointInPolygon(lon, lat, entries[i]!.polygon)) return entries[i]!.code;
      return null;
    };
    return { qpvSource: 'contours' as const, qpvAt, qpvCommunes: null };
  }
  const qpvCommunes = new Set<string>();
  for (const feature of qpv.features) {
    // Upstream lists may join several communes in one cell.
    for (const raw of String(feature.properties?.insee_com ?? '').split(/[;,]/)) {
      const code = currentCode(ref, normaliseInseeCode(raw)?.code ?? '');
      if (code) qpvCommunes.add(code);
    }
  }
  notes.push(`QPV source has no contours: a place's QPV status means "its commune contains a QPV" (${qpvCommunes.size} communes)`);
  return { qpvSource: 'commune-list' as const, qpvAt: null, qpvCommunes };
}

export function buildReference(inputs: ReferenceInputs): Reference {
  const notes: string[] = [];
  const { communes, formerCodes, communesByName } = indexCommunes(inputs.communes);
  const base = { communes, formerCodes };
  const shapes = indexShapes(base, inputs.communeContours, notes);
  const departements = new Map<string, DepartementRecord>();
  for (const d of inputs.departements) departements.set(d.code, { code: d.code, name: d.nom, regionCode: d.region, zone: d.zone });
  const qpv = inputs.qpv ? indexQpv(base, inputs.qpv, notes) : { qpvSource: null, qpvAt: null, qpvCommunes: null };
  return {
    communes,
    formerCodes,
    communesByName,
    departements,
    shapes,
    centroids: indexCentroids(base, shapes, inputs.postalCentroids, notes),
    arrondissements: indexArrondissements(inputs.communes, inputs.postalCentroids, notes),
    communeAt: buildCommuneAt(shapes),
    density: inputs.densityGrid ? indexDensity(base, inputs.densityGrid, notes) : null,
    ...qpv,
    notes,
  };
}
