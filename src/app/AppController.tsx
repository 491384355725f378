// Owns the application: its state (a pure reducer, app-state.ts), the history, the nearest search, the host
// bridge, the map and the coverage figures, and hands the page (src/ui/App.tsx) what it shows and what it may do.
import type { ComponentChild } from 'preact';
import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { SearchEntry } from '../domain/commune-search.ts';
import { filterPlaces, undatedByNetwork } from '../domain/filters.ts';
import { gapOrigin } from '../domain/gaps.ts';
import { datedNetworks, labelYearRange } from '../domain/over-time.ts';
import type { Place, PlaceDetails } from '../domain/place.ts';
import type { PlacesMeta } from '../domain/places-file.ts';
import { App } from '../ui/App.tsx';
import { mapPadding } from '../ui/layout-padding.ts';
import type { Hover, OverTimeView } from '../ui/view-props.ts';
import { appReducer, initialAppState } from './app-state.ts';
import type { CoverageService } from './coverage-client.ts';
import type { EmbedConfig, EmbedEvent, HostMessage } from './embed.ts';
import { download, figuresCsv, gapsCsv, placesCsv } from './exports.ts';
import { nationalCsv } from '../domain/national-table.ts';
import type { DepartementsData } from './load.ts';
import type { MapEvents, MapPort } from './map-port.ts';
import { useCoverage } from './use-coverage.ts';
import { useHistorySync } from './use-history-sync.ts';
import { useMapSync } from './use-map-sync.ts';
import { useNearest } from './use-nearest.ts';
import { serializeState, type UrlState, type View } from './url-state.ts';

export interface AppControllerProps {
  places: Place[];
  meta: PlacesMeta;
  initial: UrlState;
  createMap: (container: HTMLElement, view: View | null, events: MapEvents) => MapPort;
  loadDepartements: () => Promise<DepartementsData>;
  loadSearchIndex: () => Promise<{ entries: SearchEntry[]; departements: { code: string; name: string }[] }>;
  loadDetails: (place: Place) => Promise<Record<string, PlaceDetails>>;
  directionsUrl: string;
  geolocation: Geolocation | undefined;
  embed: EmbedConfig;
  /** Tells the host page about selections (embed mode, allowed origins only). */
  notifyHost: (event: EmbedEvent) => void;
  /** Returns the unsubscribe function. */
  subscribeHost: (apply: (m: HostMessage) => void) => () => void;
  coverage: CoverageService;
  /** The width the app will have, measured on its container before the first render. */
  initialWidthPx: number;
  /** The map's own site (ending with "/"): not the host page's, for an element on another site. */
  siteUrl: string;
  onStateChange: (state: UrlState, push: boolean) => void;
  subscribeHistory: (apply: (state: UrlState) => void) => () => void;
  /** The « Fond de carte » control (with the filters) and its notice (over the map), given by the mount. */
  basemapControl?: ComponentChild;
  mapNotice?: ComponentChild;
}

const NO_GAPS: never[] = [];

export function AppController(p: AppControllerProps) {
  const [state, dispatch] = useReducer(appReducer, initialAppState(p.initial, p.embed.embed && p.embed.panelOpen, !p.embed.embed || p.embed.panelOpen));
  const [hover, setHover] = useState<Hover | null>(null);
  const [depHover, setDepHover] = useState<{ code: string; name: string; x: number; y: number } | null>(null);
  const layoutRef = useRef<HTMLDivElement>(null);
  const mapContainerRef = useRef<HTMLDivElement>(null);
  const { url } = state;
  const byId = useMemo(() => new Map(p.places.map((x) => [x.id, x])), [p.places]);
  const visible = useMemo(() => filterPlaces(p.places, url.filters), [p.places, url.filters]);
  const selected = url.place ? byId.get(url.place) ?? null : null;
  const years = useMemo(() => ({ range: labelYearRange(p.places), dated: datedNetworks(p.places) }), [p.places]);
  const overTime = useMemo((): OverTimeView => {
    const undated = url.filters.asOf === null ? visible : filterPlaces(p.places, { ...url.filters, asOf: null });
    return { ...years, places: undated, undated: undatedByNetwork(p.places, url.filters) };
  }, [years, visible, url.filters]);
  const cov = useCoverage(url, p.places, visible, p.meta, p.loadDepartements, p.coverage);
  const nearest = useNearest(state, dispatch, visible, cov.present, p.loadSearchIndex, p.geolocation);
  useHistorySync(state, dispatch, p.onStateChange, p.subscribeHistory);
  const nearestPlaces = useMemo(() => nearest.results.map((r) => r.place), [nearest.results]);
  const mapRef = useMapSync({
    createMap: p.createMap, containerRef: mapContainerRef, initialView: p.initial.view, dispatch,
    onHover: (place, x, y) => setHover(place ? { place, x, y } : null),
    onDepartementHover: (d, x, y) => setDepHover(d ? { ...d, x, y } : null),
    onGapClick: (g) => dispatch({ type: 'commune', origin: gapOrigin(g) }),
    markersShown: url.markers,
    // The gap communes are numbered as the figures list them: drawn only while the figures are open (an embed's
    // département frames the map with its figures closed, and unexplained numbered circles would puzzle a visitor).
    gaps: url.departement && state.figuresOpen && Array.isArray(cov.gaps) ? cov.gaps : NO_GAPS,
    places: p.places, filters: url.filters, origin: state.origin, radiusKm: state.radiusKm, nearestPlaces,
    hoveredId: hover?.place.id ?? null, selectedId: url.place, densityBackground: state.densityBackground,
    choropleth: cov.choropleth?.colours ?? null, departement: url.departement,
    departementBbox: cov.data?.departements.find((d) => d.code === url.departement)?.bbox ?? null,
    padding: () => mapPadding(layoutRef.current), layoutKey: `${url.list} ${url.table} ${url.france}`,
  });

  // A selected place is moved into the room the panels leave, once its card is drawn (the padding is measured on
  // the page): zoomed in on when asked for (a list, the results, a link, the host), else panned only if hidden.
  const zoomTo = useRef<string | null>(p.initial.place);
  useEffect(() => {
    const id = zoomTo.current;
    zoomTo.current = null;
    if (!selected || url.list || state.contextLost) return;
    if (id === selected.id) mapRef.current?.focus(selected, mapPadding(layoutRef.current));
    else mapRef.current?.reveal(selected, mapPadding(layoutRef.current));
  }, [selected?.id]);
  // Read through a ref: the host's listener keeps the first render's closure.
  const selectedId = useRef(url.place);
  selectedId.current = url.place;
  const focusPlace = (place: Place) => {
    if (place.id === selectedId.current) mapRef.current?.focus(place, mapPadding(layoutRef.current));
    else zoomTo.current = place.id;
  };

  // The host page: its requests (after the map exists: a selected place is shown on it), and our selections.
  useEffect(() => {
    return p.subscribeHost((m) => {
      if (m.type === 'select-departement') dispatch({ type: 'update', patch: { departement: m.code, place: null } });
      else if (m.type === 'select-place' && byId.get(m.id)) {
        focusPlace(byId.get(m.id)!);
        dispatch({ type: 'update', patch: { place: m.id, list: false } });
      }
    });
  }, []);
  useEffect(() => p.notifyHost({ type: 'place-selected', id: url.place, name: selected?.name ?? null }), [url.place]);
  useEffect(() => p.notifyHost({ type: 'departement-selected', code: url.departement }), [url.departement]);

  const departement = cov.departement;
  return (
    <App
      state={state} dispatch={dispatch} places={p.places} visible={visible} selected={selected} meta={p.meta} cov={cov} overTime={overTime}
      results={nearest.results} nearNetwork={nearest.network} hover={hover} depHover={depHover}
      onHover={(place) => setHover(place ? { place, x: -999, y: -999 } : null)}
      focusPlace={focusPlace}
      showTerritory={(id) => mapRef.current?.showTerritory(id)}
      setRadius={(km) => {
        dispatch({ type: 'radius', radiusKm: km });
        if (state.origin) mapRef.current?.centreOn(state.origin.lon, state.origin.lat, km);
      }}
      locate={nearest.locate} chooseCommune={nearest.chooseCommune}
      exportFigures={() => departement && cov.data && download(`couverture-${departement.code}.csv`, figuresCsv(departement, cov.data.national, cov.data.departements, cov.present.filter((n) => url.filters.networks.includes(n)), url.scope, state.delimiter, cov.filtersSummary))}
      exportGaps={() => departement && Array.isArray(cov.gaps) && download(`communes-eloignees-${departement.code}.csv`, gapsCsv(cov.gaps, state.delimiter, cov.filtersSummary))}
      exportNational={(columns) => download('chiffres-nationaux.csv', nationalCsv(columns, state.delimiter, cov.filtersSummary))}
      exportPlaces={() => {
        if (!departement) return;
        const chosen = visible.filter((x) => x.departementCode === departement.code);
        // The cards' details (address, phone, hours, labelling date) are one file per département: loaded once here.
        const details = chosen.length ? p.loadDetails(chosen[0]!).catch(() => ({})) : Promise.resolve({});
        void details.then((d) => download(`lieux-${departement.code}.csv`, placesCsv(chosen, state.delimiter, d)));
      }}
      loadDepartementNames={() => p.loadDepartements().then((d) => d.departements.map(({ code, name }) => ({ code, name })))}
      loadDetails={p.loadDetails} loadSearchIndex={p.loadSearchIndex} directionsUrl={p.directionsUrl} embed={p.embed}
      fullMapUrl={`${p.siteUrl}${serializeState({ ...url, view: null }, p.embed.theme === 'dsfr' ? '' : `?theme=${p.embed.theme}`)}`}
      initialWidthPx={p.initialWidthPx} layoutRef={layoutRef} mapContainerRef={mapContainerRef}
      basemapControl={p.basemapControl} mapNotice={p.mapNotice}
    />
  );
}
