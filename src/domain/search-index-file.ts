// Codec of search-index.json, loaded when the search box is first used: communes sorted by code, in columns,
// codes and coordinates delta-coded, coordinates to 1/200° (about 500 m: finer than a commune),
// populations to two significant figures (they only rank suggestions).
import type { Commune } from './communes-file.ts';
import { searchKey, type SearchEntry } from './commune-search.ts';
import { checkFile, SCHEMA_VERSION, SchemaMismatchError, type Stamp } from './schema.ts';

export interface SearchIndexFile extends Stamp {
  departements: { code: string; name: string }[];
  /** INSEE codes as integers (2A → 20000 + n, 2B → 20500 + n), delta-coded. */
  code: number[];
  name: string[];
  /** Postal codes, space-separated; "" when the same as the previous commune's. */
  postal: string[];
  population: number[];
  lon: number[];
  lat: number[];
}

const SCALE = 200;

export function codeToNumber(code: string): number {
  if (code.startsWith('2A')) return 20000 + Number(code.slice(2));
  if (code.startsWith('2B')) return 20500 + Number(code.slice(2));
  return Number(code);
}

export function numberToCode(n: number): string {
  if (n >= 20000 && n < 20500) return `2A${String(n - 20000).padStart(3, '0')}`;
  if (n >= 20500 && n < 21000) return `2B${String(n - 20500).padStart(3, '0')}`;
  return String(n).padStart(5, '0');
}

function twoFigures(n: number): number {
  if (n < 100) return n;
  const magnitude = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / magnitude) * magnitude;
}

export function encodeSearchIndex(communes: readonly Commune[], departements: { code: string; name: string }[], stamp: Omit<Stamp, 'schemaVersion'>): SearchIndexFile {
  const sorted = communes.filter((c) => !Number.isNaN(c.lon)).sort((a, b) => codeToNumber(a.code) - codeToNumber(b.code));
  let code = 0;
  let lon = 0;
  let lat = 0;
  let previousPostal = '';
  const file: SearchIndexFile = { schemaVersion: SCHEMA_VERSION, ...stamp, departements, code: [], name: [], postal: [], population: [], lon: [], lat: [] };
  for (const c of sorted) {
    const x = Math.round(c.lon * SCALE);
    const y = Math.round(c.lat * SCALE);
    const postal = c.postalCodes.join(' ');
    file.code.push(codeToNumber(c.code) - code);
    code = codeToNumber(c.code);
    file.name.push(c.name);
    file.postal.push(postal === previousPostal ? '' : postal);
    file.population.push(twoFigures(c.population));
    file.lon.push(x - lon);
    file.lat.push(y - lat);
    [lon, lat, previousPostal] = [x, y, postal];
  }
  return file;
}

export function decodeSearchIndex(value: unknown): { entries: SearchEntry[]; departements: { code: string; name: string }[] } {
  checkFile('search-index.json', value, { departements: 'array', code: 'array', name: 'array', postal: 'array', population: 'array', lon: 'array', lat: 'array' });
  const f = value as SearchIndexFile;
  for (const column of ['name', 'postal', 'population', 'lon', 'lat'] as const) {
    if (f[column].length !== f.code.length) throw new SchemaMismatchError(`search-index.json: column "${column}" has ${f[column].length} values for ${f.code.length} communes: run "npm run data" again.`);
  }
  let number = 0;
  let lon = 0;
  let lat = 0;
  let postal = '';
  const entries = f.code.map((delta, i) => {
    number += delta;
    const code = numberToCode(number);
    lon += f.lon[i]!;
    lat += f.lat[i]!;
    if (f.postal[i]) postal = f.postal[i]!;
    const name = f.name[i]!;
    return {
      code, name, departementCode: code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2), postalCodes: postal ? postal.split(' ') : [],
      population: f.population[i]!, lon: lon / SCALE, lat: lat / SCALE, key: searchKey(name),
    };
  });
  return { entries, departements: f.departements };
}
