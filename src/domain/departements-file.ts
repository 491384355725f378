// Codec of departements.json: the build's coverage figures per département and for the nation.
import type { DepartementCoverage } from './coverage.ts';
import type { NetworkId } from './networks.ts';
import { checkFile, SCHEMA_VERSION, SchemaMismatchError, type Stamp } from './schema.ts';

export interface DepartementFigures extends DepartementCoverage {
  regionCode: string;
  /** [west, south, east, north]: the map zooms to it when the département is chosen. */
  bbox: [number, number, number, number] | null;
}

export interface DepartementsFile extends Stamp {
  networks: NetworkId[];
  /** Networks that « Tous les réseaux » counts (partial lists are left out). */
  inAll: NetworkId[];
  national: Omit<DepartementCoverage, 'code' | 'name'>;
  departements: DepartementFigures[];
  /** Places outside every listed département (e.g. Saint-Martin), counted nationally nowhere. */
  placesOutsideDepartements: number;
}

export function encodeDepartements(content: Omit<DepartementsFile, keyof Stamp>, stamp: Omit<Stamp, 'schemaVersion'>): DepartementsFile {
  return { schemaVersion: SCHEMA_VERSION, ...stamp, ...content };
}

export function decodeDepartements(value: unknown): DepartementsFile {
  checkFile('departements.json', value, { networks: 'array', inAll: 'array', departements: 'array', national: 'object', 'national.all': 'object', placesOutsideDepartements: 'number' });
  const file = value as DepartementsFile;
  for (const d of file.departements) {
    if (typeof d?.code !== 'string' || typeof d.name !== 'string' || typeof d.all !== 'object' || typeof d.networks !== 'object') {
      throw new SchemaMismatchError(`departements.json: a département without code, name or figures (${JSON.stringify(d).slice(0, 80)}): run "npm run data" again.`);
    }
  }
  return file;
}
