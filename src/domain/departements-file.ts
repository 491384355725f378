// Codec of departements.json: the build's coverage figures per département and for the nation.
import type { DepartementCoverage, NationalCoverage } from './coverage.ts';
import type { UrbanEpci } from './national.ts';
import type { NetworkId } from './networks.ts';
import { checkFile, SCHEMA_VERSION, SchemaMismatchError, type Stamp } from './schema.ts';

export interface DepartementFigures extends DepartementCoverage {
  regionCode: string;
  regionName: string;
  /** [west, south, east, north]: the map zooms to it when the département is chosen. */
  bbox: [number, number, number, number] | null;
  /** Départements whose contours share a border with this one (computed by the build from the contours). */
  neighbours: string[];
  /** How large its communes are (null without contours): distances from a commune's centre mislead where they are vast. */
  communeAreas: CommuneAreas | null;
}

export interface CommuneAreas {
  medianKm2: number;
  largestKm2: number;
  largestName: string;
}

export interface DepartementsFile extends Stamp {
  networks: NetworkId[];
  /** Networks that « Tous les réseaux » counts (partial lists are left out). */
  inAll: NetworkId[];
  national: NationalCoverage;
  departements: DepartementFigures[];
  /** Communes of the 22 métropoles and of the communautés urbaines (« La France » view: outside métropoles). */
  urbanEpci?: { metropole: string[]; communauteUrbaine: string[] };
  /** The date each network's export carries in its name (« 2024-08-01 », « 2024-08 », « 2024 »), when it has one. */
  exportDates?: Partial<Record<NetworkId, string>>;
  /** Places outside every listed département (e.g. Saint-Martin), counted nationally nowhere. */
  placesOutsideDepartements: number;
}

export function encodeDepartements(content: Omit<DepartementsFile, keyof Stamp>, stamp: Omit<Stamp, 'schemaVersion'>): DepartementsFile {
  return { schemaVersion: SCHEMA_VERSION, ...stamp, ...content };
}

export function decodeDepartements(value: unknown): DepartementsFile {
  checkFile('departements.json', value, { networks: 'array', inAll: 'array', departements: 'array', national: 'object', 'national.all': 'object', 'national.outside': 'object', placesOutsideDepartements: 'number' });
  const file = value as DepartementsFile;
  for (const d of file.departements) {
    if (typeof d?.code !== 'string' || typeof d.name !== 'string' || typeof d.all !== 'object' || typeof d.networks !== 'object') {
      throw new SchemaMismatchError(`departements.json: a département without code, name or figures (${JSON.stringify(d).slice(0, 80)}): run "npm run data" again.`);
    }
  }
  return file;
}

export function encodeUrbanEpci(communes: ReadonlyMap<string, UrbanEpci>): NonNullable<DepartementsFile['urbanEpci']> {
  const of = (kind: UrbanEpci) => [...communes].filter(([, k]) => k === kind).map(([code]) => code).sort();
  return { metropole: of('metropole'), communauteUrbaine: of('communaute-urbaine') };
}

export function decodeUrbanEpci(file: Pick<DepartementsFile, 'urbanEpci'>): Map<string, UrbanEpci> {
  const m = new Map<string, UrbanEpci>();
  for (const c of file.urbanEpci?.metropole ?? []) m.set(c, 'metropole');
  for (const c of file.urbanEpci?.communauteUrbaine ?? []) m.set(c, 'communaute-urbaine');
  return m;
}
