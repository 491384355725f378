// Codec of communes.json: what the client needs per commune for search and filtered coverage.
import type { CommunePoint } from './coverage.ts';
import type { DensityClass } from './density.ts';
import { checkFile, SCHEMA_VERSION, SchemaMismatchError, type Stamp } from './schema.ts';

export interface Commune extends CommunePoint {
  name: string;
  postalCodes: string[];
  densityClass: DensityClass | null;
  qpv: boolean | null;
}

export interface CommunesFile extends Stamp {
  columns: readonly string[];
  rows: unknown[][];
}

const COLUMNS = ['code', 'name', 'departementCode', 'population', 'lon', 'lat', 'postalCodes', 'densityClass', 'qpv'] as const;

export function encodeCommunes(communes: readonly Commune[], stamp: Omit<Stamp, 'schemaVersion'>): CommunesFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    ...stamp,
    columns: COLUMNS,
    rows: communes.map((c) => [
      c.code, c.name, c.departementCode, c.population,
      Number.isNaN(c.lon) ? null : Math.round(c.lon * 1e4) / 1e4,
      Number.isNaN(c.lat) ? null : Math.round(c.lat * 1e4) / 1e4,
      c.postalCodes.join(' '), c.densityClass, c.qpv === null ? null : c.qpv ? 1 : 0,
    ]),
  };
}

export function decodeCommunes(value: unknown): Commune[] {
  checkFile('communes.json', value, { columns: 'array', rows: 'array' });
  const file = value as CommunesFile;
  if (file.columns.join() !== COLUMNS.join()) throw new SchemaMismatchError(`communes.json: columns ${file.columns.join(', ')} instead of ${COLUMNS.join(', ')}: run "npm run data" again.`);
  return file.rows.map(([code, name, departementCode, population, lon, lat, postal, density, qpv]) => ({
    code: code as string,
    name: name as string,
    departementCode: departementCode as string,
    population: population as number,
    lon: lon === null ? NaN : (lon as number),
    lat: lat === null ? NaN : (lat as number),
    postalCodes: (postal as string) ? (postal as string).split(' ') : [],
    densityClass: density as DensityClass | null,
    qpv: qpv === null ? null : qpv === 1,
  }));
}
