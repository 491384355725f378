// Reference + places -> the commune table and the per-département coverage file.
import type { Commune } from '../../src/domain/communes-file.ts';
import { computeCoverage, type DepartementCoverage } from '../../src/domain/coverage.ts';
import { NETWORK_IDS, type NetworkId } from '../../src/domain/networks.ts';
import type { Place } from '../../src/domain/place.ts';
import type { Stamp } from '../../src/domain/schema.ts';
import { adjacentDepartements } from './adjacency.ts';
import { areaKm2, bboxOf, polygonsOf } from './geometry.ts';
import type { GeoCollection, Reference } from './reference.ts';
import type { UrbanEpci } from '../../src/domain/national.ts';
import { encodeUrbanEpci, encodeDepartements, type CommuneAreas, type DepartementsFile } from '../../src/domain/departements-file.ts';

/** Communes of the départements (not the collectivités d'outre-mer), with centroid and classes. */
export function communeTable(ref: Reference): Commune[] {
  const communes: Commune[] = [];
  for (const c of ref.communes.values()) {
    const centroid = ref.centroids.get(c.code);
    communes.push({
      code: c.code,
      name: c.name,
      departementCode: c.departementCode,
      population: c.population ?? 0,
      lon: centroid?.[0] ?? NaN,
      lat: centroid?.[1] ?? NaN,
      postalCodes: c.postalCodes,
      densityClass: ref.density?.get(c.code) ?? null,
      qpv: ref.qpvCommunes ? ref.qpvCommunes.has(c.code) : null,
    });
  }
  return communes;
}

/** The extent of a département's communes, rounded to 0.01°: where the map goes when it is chosen. */
function departementBbox(ref: Reference, code: string): [number, number, number, number] | null {
  let box: [number, number, number, number] | null = null;
  for (const c of ref.communes.values()) {
    const shapes = c.departementCode === code ? ref.shapes.get(c.code) : undefined;
    if (!shapes) continue;
    const [w, s, e, n] = bboxOf(shapes);
    box = box ? [Math.min(box[0], w), Math.min(box[1], s), Math.max(box[2], e), Math.max(box[3], n)] : [w, s, e, n];
  }
  return box && [Math.floor(box[0] * 100) / 100, Math.floor(box[1] * 100) / 100, Math.ceil(box[2] * 100) / 100, Math.ceil(box[3] * 100) / 100];
}

/** How large the département's communes are: distances measured from a commune's centre mislead where they are vast (Guyane). */
function communeAreas(ref: Reference, code: string): CommuneAreas | null {
  const areas: { name: string; km2: number }[] = [];
  for (const c of ref.communes.values()) {
    const shapes = c.departementCode === code ? ref.shapes.get(c.code) : undefined;
    if (shapes) areas.push({ name: c.name, km2: areaKm2(shapes) });
  }
  if (areas.length === 0) return null;
  areas.sort((a, b) => a.km2 - b.km2);
  const largest = areas[areas.length - 1]!;
  return { medianKm2: Math.round(areas[Math.floor(areas.length / 2)]!.km2), largestKm2: Math.round(largest.km2), largestName: largest.name };
}

/** The départements whose contours share a border, from the contours file (départements-anct.geojson). */
export function departementNeighbours(contours: GeoCollection): Map<string, string[]> {
  return adjacentDepartements(contours.features.map((f) => ({ code: String(f.properties?.insee_dep ?? f.properties?.code ?? ''), polygons: polygonsOf(f.geometry) })));
}

export type { DepartementsFile } from '../../src/domain/departements-file.ts';

export function departementsFile(
  ref: Reference, communes: Commune[], places: Place[], presentNetworks: NetworkId[], inAll: NetworkId[], stamp: Omit<Stamp, 'schemaVersion'>,
  { urbanEpci = new Map(), neighbours = new Map(), regionNames = new Map(), exportDates = {} }: {
    /** The date each network's export carries in its name (« 2024-08-01 », « 2024-08 », « 2024 »): the data's date. */
    exportDates?: Partial<Record<NetworkId, string>>;
    urbanEpci?: ReadonlyMap<string, UrbanEpci>;
    /** From the contours: departementNeighbours(). */
    neighbours?: ReadonlyMap<string, string[]>;
    regionNames?: ReadonlyMap<string, string>;
  } = {},
): DepartementsFile {
  const departements = [...ref.departements.values()].filter((d) => d.zone === 'metro' || d.zone === 'drom');
  const { departements: coverage, national } = computeCoverage(departements, communes, places, NETWORK_IDS, inAll);
  const codes = new Set(departements.map((d) => d.code));
  return encodeDepartements({
    networks: presentNetworks,
    inAll,
    national,
    departements: coverage.map((c) => ({
      ...c, regionCode: ref.departements.get(c.code)!.regionCode, regionName: regionNames.get(ref.departements.get(c.code)!.regionCode) ?? '', bbox: departementBbox(ref, c.code),
      neighbours: (neighbours.get(c.code) ?? []).filter((n) => codes.has(n)), communeAreas: communeAreas(ref, c.code),
    })),
    urbanEpci: encodeUrbanEpci(urbanEpci),
    exportDates,
    placesOutsideDepartements: places.filter((p) => !p.departementCode || !codes.has(p.departementCode)).length,
  }, stamp);
}
