// Candidate -> a place with checked text, commune and location, or a reject with its reason.
import { foldForMatch } from '../../src/domain/fold.ts';
import type { NetworkId } from '../../src/domain/networks.ts';
import type { PlaceDetails } from '../../src/domain/place.ts';
import { territoryAt } from '../../src/domain/territories.ts';
import { bboxOf } from './geometry.ts';
import { normaliseInseeCode } from './insee.ts';
import type { RejectCode, RowIssue, WarningCode } from './issues.ts';
import { DAYS, type Candidate } from './networks.ts';
import { currentCode, type Reference } from './reference.ts';
import { cleanText } from './text.ts';

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
  const { text, markupRemoved } = cleanText(raw, { multiline });
  if (markupRemoved) warn('markup-removed', `${field}: markup removed from "${raw.slice(0, 80)}"`);
  return text === '' ? null : text;
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

function resolveCommune(c: Candidate, ref: Reference, warn: Warn): string | null {
  const rawCode = c.fields.communeCode;
  if (rawCode !== undefined) {
    const insee = normaliseInseeCode(rawCode);
    const code = insee ? currentCode(ref, insee.code) : null;
    if (insee?.padded && code) warn('commune-code-padded', `INSEE code "${rawCode}" read as ${insee.code}`);
    if (insee && code && code !== insee.code) {
      warn('commune-merged', `INSEE code ${insee.code} is now ${code} (${ref.communes.get(code)!.name})`);
    }
    if (code) return code;
    warn('commune-code-unknown', `INSEE code "${rawCode}" is unknown to the commune reference`);
  }
  if (c.fields.communeName === undefined) return null;
  const byName = ref.communesByName.get(foldForMatch(c.fields.communeName)) ?? [];
  const postal = c.fields.postalCode?.trim();
  const dep = departementCode(c.fields.departementCode);
  const matches = byName.filter((code) => {
    const commune = ref.communes.get(code)!;
    if (postal) return commune.postalCodes.includes(postal);
    if (dep) return commune.departementCode === dep;
    return true;
  });
  if (matches.length !== 1) return null;
  warn('commune-from-name', `commune "${c.fields.communeName}"${postal ? ` (${postal})` : ''} read as ${matches[0]}`);
  return matches[0]!;
}

function near(ref: Reference, code: string, lon: number, lat: number, marginDeg: number): boolean {
  const polygons = ref.shapes.get(code);
  if (!polygons) return false;
  const [w, s, e, n] = bboxOf(polygons);
  return lon >= w - marginDeg && lon <= e + marginDeg && lat >= s - marginDeg && lat <= n + marginDeg;
}

type Location = { lon: number; lat: number; approximate: boolean } | null;

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
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    return atCentroid('coordinates-projected', `coordinates ${lat}, ${lon} are not degrees (projected?)`);
  }
  let [x, y] = [lon, lat];
  if (!territoryAt(x, y)) {
    if (territoryAt(lat, lon)) {
      warn('coordinates-swapped', `latitude ${lat} and longitude ${lon} were swapped`);
      [x, y] = [lat, lon];
    } else {
      return atCentroid('coordinates-outside-france', `latitude ${lat}, longitude ${lon} is outside France`);
    }
  }
  // Territories with contours: a point must fall in a commune, or lie just off one (simplified coastlines).
  const territory = territoryAt(x, y)!;
  const hasContours = territory.departement;
  if (hasContours && !ref.communeAt(x, y) && !(communeCode && near(ref, communeCode, x, y, 0.02))) {
    return atCentroid('coordinates-off-land', `latitude ${y}, longitude ${x} is in the sea or outside every commune`);
  }
  return { lon: x, lat: y, approximate: false };
}

const DATE_PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/, (m) => `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`],
  [/(\d{4})-(\d{2})-(\d{2})/, (m) => `${m[1]}-${m[2]}-${m[3]}`],
  [/\b(20\d{2}|19\d{2})\b/, (m) => m[1]!],
];

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

export function validate(c: Candidate, ref: Reference): Validation {
  const warnings: RowIssue<WarningCode>[] = [];
  const warn: Warn = (code, message) => warnings.push({ code, message });
  const name = text(c.fields.name, warn, 'name');
  if (!name) return { ok: false, reject: { code: 'missing-name', message: 'the name column is empty' }, warnings };
  const communeCode = resolveCommune(c, ref, warn);
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
  const website = c.fields.website ? parseWebsite(c.fields.website) : null;
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
        email: text(c.fields.email, warn, 'email'),
        hours: hours.some((h) => h !== null) ? hours : null,
        appointment: text(c.fields.appointment, warn, 'appointment'),
        comment: text(c.fields.comment, warn, 'comment', true),
        kind: [text(c.fields.kind, warn, 'type'), text(c.fields.format, warn, 'format')].filter(Boolean).join(' · ') || null,
      },
    },
  };
}
