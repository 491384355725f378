// The URL holds the view, the filters and the selection: a pure codec, so that a copied link reproduces the view.
import { DENSITY_CLASSES, type DensityClass } from '../domain/density.ts';
import { DEFAULT_FILTERS, type Filters, type QpvFilter } from '../domain/filters.ts';
import { NETWORK_IDS } from '../domain/networks.ts';
import { SIZE_BANDS, type SizeBand } from '../domain/size-bands.ts';
import { INDICATORS, type CoverageScope, type IndicatorId } from '../domain/indicators.ts';
import { COMMUNE_CODE, isDepartementCode } from '../domain/place.ts';

export interface View {
  lon: number;
  lat: number;
  zoom: number;
}

export interface UrlState {
  view: View | null;
  filters: Filters;
  /** Selected place id. */
  place: string | null;
  /** Open the list view instead of the map. */
  list: boolean;
  /** Selected département (its panel is open). */
  departement: string | null;
  /** Choropleth indicator; null when the départements are not coloured. */
  indicator: IndicatorId | null;
  /** Network the coverage figures are about ('all' for any network). */
  scope: CoverageScope;
  /** Show the table of all départements. */
  table: boolean;
  /** Commune whose nearest places are listed (a town hall's link: ?commune=23096). */
  commune: string | null;
  /** « La France » view: the national figures (?vue=france, in place of the map's view). */
  france: boolean;
  /** Place markers drawn on the map (?marqueurs=0: the choropleth's colours alone). */
  markers: boolean;
}

export const DEFAULT_STATE: UrlState = { view: null, filters: DEFAULT_FILTERS, place: null, list: false, departement: null, indicator: null, scope: 'all', table: false, commune: null, france: false, markers: true };

/** Years a link may ask for with ?au=: the programmes start in 2019, a year outside this range is a typing error. */
const MIN_AS_OF = 2000;
const MAX_AS_OF = 2100;

/** How the URL says « no network at all »: an empty value is a broken link, not a choice. */
export const NO_NETWORK = 'aucun';

/**
 * The state a link describes. A value it cannot read is ignored (the default stays), and its `name=value` is
 * pushed on `ignored`, so that the page can tell the user the link was not followed in full.
 */
export function parseState(search: string, ignored: string[] = []): UrlState {
  const warn = (param: string) => {
    ignored.push(param);
    if (typeof console !== 'undefined') console.warn(`[carte] ignored ${param}`);
  };
  // A list with no valid value keeps the default (null): `reseaux=foo` must not untick every network.
  function listParam<T extends string | number>(raw: string | null, valid: readonly T[], name: string, parse: (s: string) => T): T[] | null {
    if (raw === null) return null;
    const values = raw.split(',').filter((v) => v !== '').map(parse);
    const good = values.filter((v) => valid.includes(v));
    if (good.length !== values.length || values.length === 0) warn(`${name}=${raw}`);
    return good.length ? [...new Set(good)] : null;
  }
  const q = new URLSearchParams(search);
  const networks = q.get('reseaux') === NO_NETWORK ? [] : listParam(q.get('reseaux'), NETWORK_IDS, 'reseaux', (s) => s as never);
  const qpvRaw = q.get('qpv');
  const qpv: QpvFilter = qpvRaw === 'in' || qpvRaw === 'out' ? qpvRaw : 'all';
  if (qpvRaw !== null && qpv === 'all' && qpvRaw !== 'all') warn(`qpv=${qpvRaw}`);
  const density = listParam<DensityClass>(q.get('densite'), DENSITY_CLASSES.map((d) => d.id), 'densite', (s) => Number(s) as DensityClass);
  const sizeBands = listParam<SizeBand>(q.get('taille'), SIZE_BANDS.map((b) => b.id), 'taille', (s) => s as SizeBand);
  // « Situation au »: a year (?au=2021); anything else keeps « aujourd'hui ».
  const asOfRaw = q.get('au');
  const asOf = asOfRaw !== null && /^\d{4}$/.test(asOfRaw) && Number(asOfRaw) >= MIN_AS_OF && Number(asOfRaw) <= MAX_AS_OF ? Number(asOfRaw) : null;
  if (asOfRaw !== null && asOf === null) warn(`au=${asOfRaw}`);
  let view: View | null = null;
  const map = q.get('vue');
  const france = map === 'france';
  if (map && !france) {
    const [zoom, lat, lon] = map.split('/').map(Number);
    if ([zoom, lat, lon].every((n) => Number.isFinite(n)) && Math.abs(lat!) <= 85 && Math.abs(lon!) <= 180 && zoom! >= 0 && zoom! <= 22) {
      view = { zoom: zoom!, lat: lat!, lon: lon! };
    } else warn(`vue=${map}`);
  }
  const place = q.get('lieu');
  const departement = q.get('departement');
  const validDepartement = departement !== null && isDepartementCode(departement.toUpperCase()) ? departement.toUpperCase() : null;
  if (departement !== null && !validDepartement) warn(`departement=${departement}`);
  const indicatorRaw = q.get('indicateur');
  const indicator = INDICATORS.find((i) => i.id === indicatorRaw)?.id ?? null;
  if (indicatorRaw !== null && !indicator) warn(`indicateur=${indicatorRaw}`);
  const communeRaw = q.get('commune');
  const validCommune = communeRaw !== null && COMMUNE_CODE.test(communeRaw.toUpperCase()) ? communeRaw.toUpperCase() : null;
  if (communeRaw !== null && !validCommune) warn(`commune=${communeRaw}`);
  const scopeRaw = q.get('portee');
  const scope: CoverageScope = scopeRaw && (NETWORK_IDS as readonly string[]).includes(scopeRaw) ? (scopeRaw as CoverageScope) : 'all';
  return {
    departement: validDepartement,
    indicator,
    scope,
    table: q.get('tableau') === '1',
    markers: q.get('marqueurs') !== '0',
    commune: validCommune,
    france,
    view,
    filters: {
      networks: networks ?? DEFAULT_FILTERS.networks,
      qpv,
      density: density ?? [],
      sizeBands: sizeBands ?? [],
      asOf,
    },
    place: place && /^[a-z]{2,3}-[A-Za-z0-9_-]{1,40}$/.test(place) ? place : null,
    list: q.get('liste') === '1',
  };
}

/** Keeps the other parameters of the page (embed options) and writes only what differs from the default. */
export function serializeState(state: UrlState, previousSearch = ''): string {
  const q = new URLSearchParams(previousSearch);
  for (const key of ['reseaux', 'qpv', 'densite', 'taille', 'vue', 'lieu', 'liste', 'departement', 'indicateur', 'portee', 'tableau', 'commune', 'au', 'marqueurs']) q.delete(key);
  const f = state.filters;
  if (f.networks.length !== NETWORK_IDS.length || !NETWORK_IDS.every((n) => f.networks.includes(n))) {
    q.set('reseaux', NETWORK_IDS.filter((n) => f.networks.includes(n)).join(',') || NO_NETWORK);
  }
  if (f.qpv !== 'all') q.set('qpv', f.qpv);
  if (f.density.length) q.set('densite', [...f.density].sort().join(','));
  if (f.sizeBands.length) q.set('taille', SIZE_BANDS.map((b) => b.id).filter((b) => f.sizeBands.includes(b)).join(','));
  if (f.asOf !== null) q.set('au', String(f.asOf));
  if (state.france) q.set('vue', 'france');
  else if (state.view) q.set('vue', `${state.view.zoom.toFixed(2)}/${state.view.lat.toFixed(5)}/${state.view.lon.toFixed(5)}`);
  if (state.place) q.set('lieu', state.place);
  if (state.list) q.set('liste', '1');
  if (state.departement) q.set('departement', state.departement);
  if (state.indicator) q.set('indicateur', state.indicator);
  if (state.scope !== 'all') q.set('portee', state.scope);
  if (state.table) q.set('tableau', '1');
  if (!state.markers) q.set('marqueurs', '0');
  if (state.commune) q.set('commune', state.commune);
  const s = q.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  return s ? `?${s}` : '';
}

