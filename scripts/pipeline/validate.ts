// Candidate -> a place with checked text, commune and location, or a reject with its reason.
import { foldForMatch } from '../../src/domain/fold.ts';
import type { NetworkId } from '../../src/domain/networks.ts';
import type { PlaceDetails } from '../../src/domain/place.ts';
import { departementOfCommune } from '../../src/domain/place.ts';
import { TERRITORIES, territoryAt } from '../../src/domain/territories.ts';
import { normaliseInseeCode } from './insee.ts';
import type { RejectCode, RowIssue, WarningCode } from './issues.ts';
import { DAYS, type Candidate } from './networks.ts';
import { currentCode, type Reference } from './reference.ts';
import { distanceToPolygonsKm } from './geometry.ts';
import { looksLikeLambert93, lambert93ToWgs84 } from './lambert93.ts';
import { cleanText, MAX_FIELD_LENGTH } from './text.ts';

export interface ValidPlace {
  network: NetworkId;
  file: string;
  line: number;
  sourceId: string | null;
  name: string;
  address: string | null;
  postalCode: string | null;
  /** Current INSEE code, when the export gave one that the reference knows (or a name that matched). */
  communeCode: string | null;
  communeNameGiven: string | null;
  departementGiven: string | null;
  lon: number;
  lat: number;
  approximate: boolean;
  labelDate: string | null;
  website: string | null;
  /** Card fields that need no reference (address and the like are added by enrich). */
  details: Omit<PlaceDetails, 'address' | 'postalCode' | 'communePopulation' | 'labelDate' | 'website'>;
}

export type Validation =
  | { ok: true; place: ValidPlace; warnings: RowIssue<WarningCode>[] }
  | { ok: false; reject: RowIssue<RejectCode>; warnings: RowIssue<WarningCode>[] };

type Warn = (code: WarningCode, message: string) => void;

function text(raw: string | undefined, warn: Warn, field: string, multiline = false): string | null {
  if (raw === undefined) return null;
  const { text, markupRemoved, truncated } = cleanText(raw, { multiline });
  if (markupRemoved) warn('markup-removed', `${field}: markup removed from "${raw.slice(0, 80)}"`);
  if (truncated) warn('text-truncated', `${field}: ${raw.length} characters, cut at ${MAX_FIELD_LENGTH}`);
  return text === '' ? null : text;
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i;

/** Addresses that look like e-mail addresses, several allowed ("a@x.fr; b@y.fr"); null when none does. */
export function parseEmails(raw: string): string | null {
  const valid = raw.replace(/^mailto:/i, '').split(/[\s;,]+/).filter((e) => EMAIL.test(e));
  return valid.length > 0 ? valid.join(', ') : null;
}

export function parseCoordinate(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const value = raw.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(value)) return null;
  return Number(value);
}

/** "lat,lon" (La Poste, Opendatasoft's geo_point_2d); with decimal commas the separator is ";" or ", ", so a comma between digits is then part of a number. */
function splitLatLon(text: string): string[] {
  if (text.includes(';')) return text.split(/\s*;\s*/);
  if (/,\s/.test(text)) return text.split(/\s*,\s+/);
  return text.split(',');
}

/** A département code as exports write it ("1", "01", "2a", "971"); null for a name ("Creuse"), which some exports put in that column. */
function departementCode(raw: string | undefined): string | null {
  const value = raw?.trim().toUpperCase();
  return value && /^(\d{1,3}|2[AB])$/.test(value) ? value.padStart(2, '0') : null;
}

/** A département named in full ("Nord", "Côtes-d'Armor"), as transcribed lists give it. */
function departementByName(ref: Reference, raw: string | undefined): string | null {
  if (!raw) return null;
  const folded = foldForMatch(raw);
  for (const d of ref.departements.values()) if (foldForMatch(d.name) === folded) return d.code;
  return null;
}

function rawCoordinates(c: Candidate): { lat: number | null; lon: number | null; given: boolean } {
  if (c.fields.latitude !== undefined || c.fields.longitude !== undefined) {
    return { lat: parseCoordinate(c.fields.latitude), lon: parseCoordinate(c.fields.longitude), given: true };
  }
  if (c.fields.latLon !== undefined) {
    const parts = splitLatLon(c.fields.latLon.replace(/[[\]()]/g, '').trim());
    if (parts.length === 2) return { lat: parseCoordinate(parts[0]), lon: parseCoordinate(parts[1]), given: true };
    return { lat: null, lon: null, given: true };
  }
  return { lat: null, lon: null, given: false };
}

const postalIndexes = new WeakMap<Reference, Map<string, string[]>>();

/** Postal code -> the communes it serves (built once per reference). */
function communesWithPostalCode(ref: Reference, postal: string): string[] {
  let index = postalIndexes.get(ref);
  if (!index) {
    index = new Map();
    for (const c of ref.communes.values()) for (const p of c.postalCodes) index.set(p, [...(index.get(p) ?? []), c.code]);
    postalIndexes.set(ref, index);
  }
  return index.get(postal) ?? [];
}

/** The export's commune name names this commune ("Paris", or "Paris 15e Arrondissement" for Paris). */
function nameMatches(ref: Reference, code: string, given: string | undefined): boolean {
  if (!given) return false;
  const name = foldForMatch(ref.communes.get(code)!.name);
  const folded = foldForMatch(given);
  return folded === name || folded.startsWith(`${name} `);
}

/** Municipal arrondissements of Paris, Lyon and Marseille: INSEE codes of their own, not former communes. */
const ARRONDISSEMENT = /^(751(0[1-9]|1\d|20)|6938[1-9]|132(0[1-9]|1[0-6]))$/;

type Commune = { code: string | null } | { reject: RowIssue<RejectCode> };

/**
 * A postal code in the INSEE column (75015, 13001, 01200) is never read through the historic codes that it
 * happens to equal (75015 was a Seine commune): it is used as a postal code when the row's commune name or
 * postal code agrees, and rejected otherwise.
 */
function postalInInseeColumn(c: Candidate, ref: Reference, value: string, warn: Warn): Commune | null {
  const served = communesWithPostalCode(ref, value);
  if (served.length === 0) return null;
  // Current codes and arrondissement codes (Marseille 10e is 13210, also Saint-Rémy's postal code) are INSEE codes.
  const direct = ref.communes.has(value) || ARRONDISSEMENT.test(value);
  if (direct && (!c.fields.communeName || nameMatches(ref, currentCode(ref, value) ?? value, c.fields.communeName))) return null;
  const agreeing = served.filter((code) => nameMatches(ref, code, c.fields.communeName) || (!c.fields.communeName && c.fields.postalCode?.trim() === value && served.length === 1));
  if (agreeing.length === 1) {
    warn('commune-code-was-postal', `INSEE column "${value}" is the postal code of ${ref.communes.get(agreeing[0]!)!.name} (${agreeing[0]})`);
    return { code: agreeing[0]! };
  }
  if (direct) return null;
  const names = served.slice(0, 3).map((code) => ref.communes.get(code)!.name).join(', ');
  return { reject: { code: 'postal-code-as-insee', message: `INSEE column "${value}" is a postal code (${names}${served.length > 3 ? ', …' : ''}), not an INSEE code, and the commune column does not say which: give the INSEE code` } };
}

function resolveCommune(c: Candidate, ref: Reference, warn: Warn): Commune {
  const rawCode = c.fields.communeCode;
  if (rawCode !== undefined) {
    const insee = normaliseInseeCode(rawCode);
    const postal = insee && !insee.padded ? postalInInseeColumn(c, ref, insee.code, warn) : null;
    if (postal) return postal;
    const code = insee ? currentCode(ref, insee.code) : null;
    if (insee?.padded && code) warn('commune-code-padded', `INSEE code "${rawCode}" read as ${insee.code}`);
    if (insee && code && code !== insee.code) {
      warn('commune-merged', `INSEE code ${insee.code} is now ${code} (${ref.communes.get(code)!.name})`);
    }
    if (code) return { code };
    warn('commune-code-unknown', `INSEE code "${rawCode}" is unknown to the commune reference`);
  }
  if (c.fields.communeName === undefined) return { code: null };
  const byName = ref.communesByName.get(foldForMatch(c.fields.communeName)) ?? [];
  const postal = c.fields.postalCode?.trim();
  const dep = departementCode(c.fields.departementCode) ?? departementByName(ref, c.fields.departementCode);
  const matches = byName.filter((code) => {
    const commune = ref.communes.get(code)!;
    if (postal) return commune.postalCodes.includes(postal);
    if (dep) return commune.departementCode === dep;
    return true;
  });
  if (matches.length !== 1) return { code: null };
  warn('commune-from-name', `commune "${c.fields.communeName}"${postal ? ` (${postal})` : ''} read as ${matches[0]}`);
  return { code: matches[0]! };
}

/** How far off its own commune's simplified contour a point may lie and still be taken as exact (coastlines). */
const OFF_CONTOUR_KM = 0.25;

type Location = { lon: number; lat: number; approximate: boolean } | null;

/** Degrees, possibly swapped; or Lambert-93 metres (EPSG:2154), as French GIS tools export them, converted. */
function degrees(lat: number, lon: number, warn: Warn): { lon: number; lat: number; swapped: boolean } | 'projected' | 'invalid' {
  if (looksLikeLambert93(lon, lat) || looksLikeLambert93(lat, lon)) {
    const [x, y] = looksLikeLambert93(lon, lat) ? [lon, lat] : [lat, lon];
    const [wgsLon, wgsLat] = lambert93ToWgs84(x, y);
    warn('coordinates-lambert93', `coordinates ${lat}, ${lon} read as Lambert-93 (x ${x}, y ${y}): latitude ${wgsLat.toFixed(6)}, longitude ${wgsLon.toFixed(6)}`);
    return { lon: wgsLon, lat: wgsLat, swapped: false };
  }
  if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) return { lon, lat, swapped: false };
  // |latitude| over 90 is a longitude in the wrong column (Nouméa: 166.4, -22.3) when the other value can be a latitude.
  if (Math.abs(lat) <= 180 && Math.abs(lon) <= 90) return { lon: lat, lat: lon, swapped: true };
  return Math.abs(lat) > 1000 || Math.abs(lon) > 1000 ? 'projected' : 'invalid';
}

function locate(c: Candidate, ref: Reference, communeCode: string | null, warn: Warn): Location {
  const centroid = communeCode ? ref.centroids.get(communeCode) : undefined;
  const atCentroid = (code: WarningCode, why: string): Location => {
    if (!centroid) return null;
    warn(code, `${why}; placed at the centroid of ${ref.communes.get(communeCode!)!.name} (${communeCode})`);
    return { lon: centroid[0], lat: centroid[1], approximate: true };
  };
  const { lat, lon, given } = rawCoordinates(c);
  if (!given) return atCentroid('coordinates-missing', 'no coordinates in the export');
  if (lat === null || lon === null) {
    return atCentroid('coordinates-unreadable', `coordinates "${c.fields.latitude ?? c.fields.latLon ?? ''}", "${c.fields.longitude ?? ''}" are not numbers`);
  }
  const read = degrees(lat, lon, warn);
  if (read === 'projected') return atCentroid('coordinates-projected', `coordinates ${lat}, ${lon} are not degrees, nor Lambert-93 over France (another projection?)`);
  if (read === 'invalid') return atCentroid('coordinates-unreadable', `coordinates ${lat}, ${lon} are not a position on Earth`);
  let [x, y] = [read.lon, read.lat];
  let swapped = read.swapped;
  if (!territoryAt(x, y) && territoryAt(y, x)) {
    [x, y] = [y, x];
    swapped = !swapped;
  }
  if (swapped) warn('coordinates-swapped', `latitude ${lat} and longitude ${lon} were swapped`);
  const territory = territoryAt(x, y);
  if (!territory) return atCentroid('coordinates-outside-france', `latitude ${y}, longitude ${x} is outside France`);
  const inCommune = ref.communeAt(x, y);
  if (inCommune) return { lon: x, lat: y, approximate: false };
  const shapes = communeCode ? ref.shapes.get(communeCode) : undefined;
  if (shapes) {
    // A point just off its commune's simplified coastline is exact; one across a land border is abroad (Basel, Menen).
    const offKm = distanceToPolygonsKm(x, y, shapes);
    if (offKm <= OFF_CONTOUR_KM) return { lon: x, lat: y, approximate: false };
    return atCentroid('coordinates-off-land', `latitude ${y}, longitude ${x} lies outside France's communes, ${offKm.toFixed(1)} km from ${ref.communes.get(communeCode!)!.name} (abroad, or in the sea)`);
  }
  if (territory.departement) return atCentroid('coordinates-off-land', `latitude ${y}, longitude ${x} is in the sea or outside every commune`);
  // Collectivités without contours: the point must at least lie in the commune's own territory.
  const own = communeCode ? TERRITORIES.find((t) => t.codes.includes(departementOfCommune(communeCode))) : null;
  if (own && own !== territory) return atCentroid('coordinates-outside-france', `latitude ${y}, longitude ${x} is in ${territory.label}, not in ${own.label} where commune ${communeCode} is`);
  return { lon: x, lat: y, approximate: false };
}

const DATE_PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/, (m) => `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`],
  [/(\d{4})-(\d{2})-(\d{2})/, (m) => `${m[1]}-${m[2]}-${m[3]}`],
  [/\b(20\d{2}|19\d{2})\b/, (m) => m[1]!],
];

/** A day and a month are given: when they make no real date, the year alone is kept, and the report says so. */
const FULL_DATE = /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}/;

/** Date.parse takes "2020-02-31" for 2 March: a real date reads back unchanged. */
function isRealDate(iso: string): boolean {
  const time = Date.parse(iso);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === iso;
}

export function parseLabelDate(raw: string): string | null {
  for (const [pattern, format] of DATE_PATTERNS) {
    const m = pattern.exec(raw);
    if (!m) continue;
    const iso = format(m);
    if (iso.length === 4 || isRealDate(iso)) return iso;
  }
  return null;
}

export function parseWebsite(raw: string): string | null {
  const value = raw.trim();
  const withScheme = /^www\./i.test(value) ? `https://${value}` : value;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function sourceUrl(raw: string | undefined, warn: Warn): string | null {
  const cleaned = text(raw, warn, 'source');
  if (cleaned === null) return null;
  const url = parseWebsite(cleaned);
  if (!url) warn('website-unusable', `source "${cleaned.slice(0, 80)}" is not an http(s) address`);
  return url;
}

function email(raw: string | undefined, warn: Warn): string | null {
  const cleaned = text(raw, warn, 'email');
  if (cleaned === null) return null;
  const valid = parseEmails(cleaned);
  if (!valid) warn('email-unusable', `e-mail "${cleaned.slice(0, 80)}" is not an address, left empty`);
  return valid;
}

export function validate(c: Candidate, ref: Reference): Validation {
  const warnings: RowIssue<WarningCode>[] = [];
  const warn: Warn = (code, message) => warnings.push({ code, message });
  const name = text(c.fields.name, warn, 'name');
  if (!name) {
    const message = c.fields.name === undefined ? 'the name column is empty' : `the name "${c.fields.name.slice(0, 80)}" is empty once markup and invisible characters are removed`;
    return { ok: false, reject: { code: 'missing-name', message }, warnings };
  }
  const commune = resolveCommune(c, ref, warn);
  if ('reject' in commune) return { ok: false, reject: commune.reject, warnings };
  const communeCode = commune.code;
  const location = locate(c, ref, communeCode, warn);
  if (!location) {
    const why = communeCode
      ? `no usable coordinates, and commune ${communeCode} (${ref.communes.get(communeCode)!.name}) has no known centroid`
      : c.fields.communeCode || c.fields.communeName
        ? `no usable coordinates, and commune "${c.fields.communeCode ?? c.fields.communeName}" is unknown`
        : 'no usable coordinates and no commune';
    return { ok: false, reject: { code: 'no-location', message: why }, warnings };
  }
  const rawDate = c.fields.labelDate;
  const labelDate = rawDate ? parseLabelDate(rawDate) : null;
  if (rawDate && !labelDate) warn('label-date-unreadable', `labelling date "${rawDate}" unreadable`);
  else if (rawDate && labelDate?.length === 4 && FULL_DATE.test(rawDate)) warn('label-date-year-only', `labelling date "${rawDate}" is not a real date: only its year ${labelDate} is kept`);
  const website = c.fields.website ? parseWebsite(text(c.fields.website, warn, 'website') ?? '') : null;
  if (c.fields.website && !website) warn('website-unusable', `website "${c.fields.website.slice(0, 80)}" is not an http(s) address`);
  const address = [text(c.fields.address, warn, 'address'), text(c.fields.address2, warn, 'address')].filter(Boolean).join(', ');
  const hours = DAYS.map((day) => text(c.hours[day], warn, `hours (${day})`));
  return {
    ok: true,
    warnings,
    place: {
      network: c.network,
      file: c.file,
      line: c.line,
      sourceId: text(c.fields.sourceId, warn, 'id'),
      name,
      address: address || null,
      postalCode: text(c.fields.postalCode, warn, 'postal code'),
      communeCode,
      communeNameGiven: text(c.fields.communeName, warn, 'commune'),
      departementGiven: departementCode(c.fields.departementCode),
      ...location,
      labelDate,
      website,
      details: {
        phone: text(c.fields.phone, warn, 'phone'),
        email: email(c.fields.email, warn),
        hours: hours.some((h) => h !== null) ? hours : null,
        appointment: text(c.fields.appointment, warn, 'appointment'),
        comment: text(c.fields.comment, warn, 'comment', true),
        kind: [text(c.fields.kind, warn, 'type'), text(c.fields.format, warn, 'format')].filter(Boolean).join(' · ') || null,
        sourceUrl: sourceUrl(c.fields.sourceUrl, warn),
      },
    },
  };
}
