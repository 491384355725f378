// Codec of places.json: columnar (one array per field), networks and classes as small integers,
// coordinates as delta-coded integers: columns of alike values are what gzip compresses best.
import { NETWORK_IDS, type NetworkId } from './networks.ts';
import { departementOfCommune, type Place } from './place.ts';
import { checkFile, SCHEMA_VERSION, SchemaMismatchError, type Stamp } from './schema.ts';
import { SIZE_BANDS, type SizeBand } from './size-bands.ts';
import type { DensityClass } from './density.ts';
import { formatInteger } from './numbers.ts';

/** How many places a network has in reality, when its list is known to be incomplete, and who says so. */
export interface ExpectedTotal {
  total: number;
  /** « environ 500 »: the source gives an order of magnitude. */
  approximate: boolean;
  /** When the source counted them (« 2024-12 »), as given. */
  asOf: string | null;
  source: string;
}

export interface NetworkStatus {
  id: NetworkId;
  /** False when no export of this network was found: the map says "not available" instead of zero. */
  present: boolean;
  count: number;
  /** Set when the list is partial (fewer places than the expected total): counts say so, and « Tous les réseaux » leaves it out. */
  expected?: ExpectedTotal | null;
}

/** The list of this network is known to be incomplete. */
export function isPartial(status: NetworkStatus | undefined): boolean {
  return Boolean(status?.expected && status.count < status.expected.total);
}

/** Networks that « Tous les réseaux » counts: present, with a list that is not known to be partial. */
export function networksInAll(meta: Pick<PlacesMeta, 'networks'>): NetworkId[] {
  return meta.networks.filter((n) => n.present && !isPartial(n)).map((n) => n.id);
}

/** « 153 lieux recensés sur environ 500 (liste partielle) », or null for a complete list. */
export function partialListText(status: NetworkStatus | undefined, shown = status?.count ?? 0): string | null {
  if (!status || !isPartial(status)) return null;
  const e = status.expected!;
  return `${formatInteger(shown)} lieu${shown > 1 ? 'x' : ''} recensé${shown > 1 ? 's' : ''} sur ${e.approximate ? 'environ ' : ''}${formatInteger(e.total)} (liste partielle)`;
}

export interface PlacesMeta {
  builtAt: string;
  networks: NetworkStatus[];
  /** Which reference sources the build had: filters say "unknown" for what is missing. */
  sources: { density: boolean; qpv: 'commune-list' | 'contours' | null };
}

interface Columns {
  id: string[];
  network: number[];
  name: string[];
  /** Degrees × 1e5 (about a metre), each the difference from the previous place. */
  lon: number[];
  lat: number[];
  approximate: number[];
  /** Index in the file's commune list, -1 when unknown; delta-coded like coordinates. */
  commune: number[];
  /** Index in SIZE_BANDS, -1 when unknown. */
  sizeBand: number[];
  /** 1–7, 0 when unknown. */
  densityClass: number[];
  /** 1 yes, 0 no, -1 unknown. */
  qpvCommune: number[];
  /** Year of labelling, 0 when unknown (schema 2 on). */
  labelYear: number[];
}

export interface PlacesFile extends Stamp, PlacesMeta {
  count: number;
  /** Communes that have places, [code, name], once each. */
  communes: [string, string][];
  columns: Columns;
}

const COLUMN_NAMES = ['id', 'network', 'name', 'lon', 'lat', 'approximate', 'commune', 'sizeBand', 'densityClass', 'qpvCommune', 'labelYear'] as const satisfies readonly (keyof Columns)[];

const SCALE = 1e5;
const SIZE_BAND_IDS = SIZE_BANDS.map((b) => b.id);

function deltas(values: number[], scale = 1): number[] {
  let previous = 0;
  return values.map((v) => {
    const q = Math.round(v * scale);
    const d = q - previous;
    previous = q;
    return d;
  });
}

function undelta(values: number[], scale = 1): number[] {
  let sum = 0;
  return values.map((d) => (sum += d) / scale);
}

/** Places sorted by commune: neighbours in the file are neighbours on the ground, so deltas stay small. */
function byCommune(a: Place, b: Place): number {
  if (a.communeCode === null || b.communeCode === null) return (a.communeCode === null ? 1 : 0) - (b.communeCode === null ? 1 : 0) || a.lon - b.lon;
  return (a.communeCode < b.communeCode ? -1 : a.communeCode > b.communeCode ? 1 : 0) || a.lon - b.lon;
}

export function encodePlaces(unsorted: readonly Place[], stamp: Omit<Stamp, 'schemaVersion'>, meta: PlacesMeta): PlacesFile {
  const places = [...unsorted].sort(byCommune);
  const communes = new Map<string, [number, string]>();
  for (const p of places) {
    if (p.communeCode && !communes.has(p.communeCode)) communes.set(p.communeCode, [communes.size, p.communeName ?? '']);
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    ...stamp,
    ...meta,
    count: places.length,
    communes: [...communes].map(([code, [, name]]) => [code, name]),
    columns: {
      id: places.map((p) => p.id),
      network: places.map((p) => NETWORK_IDS.indexOf(p.network)),
      name: places.map((p) => p.name),
      lon: deltas(places.map((p) => p.lon), SCALE),
      lat: deltas(places.map((p) => p.lat), SCALE),
      approximate: places.map((p) => (p.approximate ? 1 : 0)),
      commune: deltas(places.map((p) => (p.communeCode ? communes.get(p.communeCode)![0] : -1))),
      sizeBand: places.map((p) => (p.sizeBand === null ? -1 : SIZE_BAND_IDS.indexOf(p.sizeBand))),
      densityClass: places.map((p) => p.densityClass ?? 0),
      qpvCommune: places.map((p) => (p.qpvCommune === null ? -1 : p.qpvCommune ? 1 : 0)),
      labelYear: places.map((p) => p.labelYear ?? 0),
    },
  };
}

export function decodePlaces(value: unknown): { places: Place[]; meta: PlacesMeta & Stamp } {
  checkFile('places.json', value, { count: 'number', communes: 'array', columns: 'object', networks: 'array', sources: 'object' });
  const file = value as PlacesFile;
  const c = file.columns;
  for (const name of COLUMN_NAMES) {
    if (!Array.isArray(c[name]) || c[name].length !== file.count) throw new SchemaMismatchError(`places.json: column "${name}" should hold ${file.count} values: run "npm run data" again.`);
  }
  const lon = undelta(c.lon, SCALE);
  const lat = undelta(c.lat, SCALE);
  const commune = undelta(c.commune);
  const places: Place[] = [];
  for (let i = 0; i < file.count; i++) {
    const [communeCode, communeName] = file.communes[commune[i]!] ?? [null, null];
    places.push({
      id: c.id[i]!,
      network: NETWORK_IDS[c.network[i]!]!,
      name: c.name[i]!,
      lon: lon[i]!,
      lat: lat[i]!,
      approximate: c.approximate[i] === 1,
      communeCode,
      communeName,
      departementCode: communeCode ? departementOfCommune(communeCode) : null,
      sizeBand: (SIZE_BAND_IDS[c.sizeBand[i]!] as SizeBand | undefined) ?? null,
      densityClass: c.densityClass[i] ? (c.densityClass[i] as DensityClass) : null,
      qpvCommune: c.qpvCommune[i] === -1 ? null : c.qpvCommune[i] === 1,
      labelYear: c.labelYear[i] || null,
    });
  }
  const { builtAt, networks, sources, schemaVersion, inputHash } = file;
  return { places, meta: { builtAt, networks, sources, schemaVersion, inputHash } };
}
