// The application's state and every change to it: a pure reducer, tested without a DOM. What the URL holds is
// `url`; the rest lives as long as the page. History syncing reads `history` (src/app/use-history-sync.ts).
import type { Delimiter } from '../domain/csv-export.ts';
import type { NetworkId } from '../domain/networks.ts';
import type { Origin } from '../domain/nearest.ts';
import type { UrlState } from './url-state.ts';

export interface AppState {
  url: UrlState;
  /** How the last change of `url` goes into the browser's history: a new entry, in place, or not at all (it came from there). */
  history: 'push' | 'replace' | 'none';
  /** Where nearest places are measured from, with the network and radius chosen for them. */
  origin: Origin | null;
  nearNetwork: NetworkId | 'all';
  radiusKm: number | null;
  locating: boolean;
  /** A message about the search or the geolocation (French, shown as an alert). */
  geoMessage: string;
  /** The browser took the WebGL context away: the list replaces the map. */
  contextLost: boolean;
  panelOpen: boolean;
  /**
   * The département's figures are shown over the map. In an embed, a département given by the host page only frames
   * the map and scopes the list: its figures open when asked (panneau=1, the « Chiffres » button, or a département the
   * visitor or the host chooses afterwards).
   */
  figuresOpen: boolean;
  densityBackground: boolean;
  delimiter: Delimiter;
}

export type Action =
  | { type: 'update'; patch: Partial<UrlState>; push?: boolean }
  /** « Situation au » (null: today): a filter like the others, kept apart so that moving through the years keeps them. */
  | { type: 'as-of'; year: number | null }
  | { type: 'history'; url: UrlState }
  | { type: 'origin'; origin: Origin }
  | { type: 'commune'; origin: Origin & { communeCode: string } }
  | { type: 'locating' }
  | { type: 'located'; lon: number; lat: number }
  | { type: 'message'; text: string }
  | { type: 'close-origin' }
  | { type: 'near-network'; network: NetworkId | 'all' }
  | { type: 'radius'; radiusKm: number | null }
  | { type: 'context'; lost: boolean }
  | { type: 'panel'; open: boolean }
  | { type: 'figures'; open: boolean }
  | { type: 'density-background'; on: boolean }
  | { type: 'delimiter'; delimiter: Delimiter };

export function initialAppState(url: UrlState, panelOpen: boolean, figuresOpen = true): AppState {
  return {
    url, history: 'none', origin: null, nearNetwork: 'all', radiusKm: null, locating: false, geoMessage: '',
    contextLost: false, panelOpen, figuresOpen, densityBackground: false, delimiter: ';',
  };
}

function withUrl(state: AppState, patch: Partial<UrlState>, history: AppState['history']): AppState {
  return { ...state, url: { ...state.url, ...patch }, history };
}

/** A new origin opens the panel where its nearest places are listed. */
function withOrigin(state: AppState, origin: Origin): AppState {
  return { ...state, origin, geoMessage: '', panelOpen: true, locating: false };
}

export function appReducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'update': {
      // A département chosen after the start (map, search, host page) is a request for its figures.
      const chosen = Boolean(action.patch.departement) && action.patch.departement !== state.url.departement;
      return withUrl(chosen ? { ...state, figuresOpen: true } : state, action.patch, action.push === false ? 'replace' : 'push');
    }
    case 'as-of':
      return withUrl(state, { filters: { ...state.url.filters, asOf: action.year } }, 'push');
    case 'history':
      return { ...state, url: action.url, history: 'none' };
    case 'origin':
      return withOrigin(state, action.origin);
    case 'commune':
      return withOrigin(withUrl(state, { commune: action.origin.communeCode, place: null, list: false }, 'push'), action.origin);
    case 'locating':
      return { ...state, locating: true };
    case 'located':
      return withOrigin(withUrl(state, { commune: null, place: null, list: false }, 'push'), { label: 'votre position', lon: action.lon, lat: action.lat, communeCode: null });
    case 'message':
      return { ...state, geoMessage: action.text, locating: false };
    case 'close-origin':
      return withUrl({ ...state, origin: null }, { commune: null }, 'push');
    case 'near-network':
      return { ...state, nearNetwork: action.network };
    case 'radius':
      return { ...state, radiusKm: action.radiusKm };
    case 'context':
      // Never a blank frame: without WebGL, the list gives the same information.
      return action.lost ? withUrl({ ...state, contextLost: true }, { list: true }, 'replace') : { ...state, contextLost: false };
    case 'panel':
      return { ...state, panelOpen: action.open };
    case 'figures':
      return { ...state, figuresOpen: action.open };
    case 'density-background':
      return { ...state, densityBackground: action.on };
    case 'delimiter':
      return { ...state, delimiter: action.delimiter };
  }
}
