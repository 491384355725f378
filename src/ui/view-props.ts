// What the page's components get from the application (src/app/AppController.tsx): state, derived data and
// callbacks. Types only: src/ui imports nothing from src/app or src/map at run time.
import type { ComponentChild, RefObject } from 'preact';
import type { Action, AppState } from '../app/app-state.ts';
import type { EmbedConfig } from '../app/embed.ts';
import type { CoverageView } from '../app/use-coverage.ts';
import type { SearchEntry } from '../domain/commune-search.ts';
import type { NationalColumn } from '../domain/national-table.ts';
import type { NetworkId } from '../domain/networks.ts';
import type { Place, PlaceDetails } from '../domain/place.ts';
import type { PlacesMeta } from '../domain/places-file.ts';

export interface Hover {
  place: Place;
  x: number;
  y: number;
}

/** What « Situation au » and the chart of places labelled per year need (src/domain/over-time.ts), computed once per data and filters. */
export interface OverTimeView {
  /** First and last years of labelling in the data: the choices of « Situation au » and the chart's axis. */
  range: { first: number; last: number } | null;
  /** Networks with at least one dated place: the others' exports give no date. */
  dated: ReadonlySet<NetworkId>;
  /** Places every filter keeps but « Situation au »: the chart draws them up to its year, and counts the undated apart. */
  places: Place[];
  /** Under « Situation au », the places hidden for want of a date, per network. */
  undated: ReadonlyMap<NetworkId, number>;
}

export interface ViewProps {
  state: AppState;
  dispatch: (a: Action) => void;
  places: readonly Place[];
  visible: Place[];
  selected: Place | null;
  meta: PlacesMeta;
  cov: CoverageView;
  overTime: OverTimeView;
  results: { place: Place; distanceKm: number }[];
  hover: Hover | null;
  depHover: { code: string; name: string; x: number; y: number } | null;
  /** Hovering a place in a list (not on the map). */
  onHover: (p: Place | null) => void;
  /** Shows a place on the map. */
  focusPlace: (p: Place) => void;
  showTerritory: (id: string) => void;
  setRadius: (km: number | null) => void;
  locate: () => void;
  chooseCommune: (e: SearchEntry) => void;
  exportFigures: () => void;
  exportPlaces: () => void;
  exportGaps: () => void;
  exportNational: (columns: readonly NationalColumn[]) => void;
  loadDepartementNames: () => Promise<{ code: string; name: string }[]>;
  loadDetails: (place: Place) => Promise<Record<string, PlaceDetails>>;
  /** The « Fond de carte » control (with the filters) and its notice (over the map), given by the mount. */
  basemapControl?: ComponentChild;
  mapNotice?: ComponentChild;
  loadSearchIndex: () => Promise<{ entries: SearchEntry[]; departements: { code: string; name: string }[] }>;
  directionsUrl: string;
  embed: EmbedConfig;
  /** The same view on the map's own site (embeds link to it). */
  fullMapUrl: string;
  initialWidthPx: number;
  layoutRef: RefObject<HTMLDivElement | null>;
  mapContainerRef: RefObject<HTMLDivElement | null>;
}
