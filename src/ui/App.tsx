// The page: header, search, filter panel, map or list, place card, footer. State lives here; the map is an adapter fed by it.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChild } from 'preact';
import { filterPlaces, type Filters } from '../domain/filters.ts';
import type { Place } from '../domain/place.ts';
import type { PlacesMeta } from '../domain/places-file.ts';
import { serializeState, type UrlState, type View } from '../app/url-state.ts';
import { formatCount, placesLabel } from './format.ts';
import { FilterPanel } from './FilterPanel.tsx';
import { PlaceCard } from './PlaceCard.tsx';
import { PlaceList } from './PlaceList.tsx';
import type { PlaceDetails } from '../domain/place.ts';
import type { Delimiter } from '../domain/csv-export.ts';
import type { DepartementsData } from '../app/load.ts';
import type { CoverageService } from '../app/coverage-client.ts';
import { download, figuresCsv, placesCsv } from '../app/exports.ts';
import { useCoverage } from './use-coverage.ts';
import { CoverageTable } from './CoverageTable.tsx';
import { CoverageControls, DepartementSearch } from './CoverageControls.tsx';
import { ChoroplethLegend, DensityLegend, TerritoryShortcuts } from './MapOverlays.tsx';
import { SiteHeader } from './SiteHeader.tsx';
import { SiteFooter } from './SiteFooter.tsx';
import { useWidthPx } from './use-width.ts';
import { DepartementPanel } from './DepartementPanel.tsx';
import { CommuneSearch } from './CommuneSearch.tsx';
import { NearestPanel, type Origin } from './NearestPanel.tsx';
import type { SearchEntry } from '../domain/commune-search.ts';
import { nearest, nearestIndex } from '../domain/nearest.ts';
import type { NetworkId } from '../domain/networks.ts';
import type { OriginDescription } from '../map/layers.ts';
import type { EmbedConfig, EmbedEvent, HostMessage } from '../app/embed.ts';

/** What the page needs from the map; the real one wraps MapLibre, tests may give another. */
export interface MapPort {
  centreOn(lon: number, lat: number, radiusKm: number | null): void;
  setChoropleth(colours: Record<string, string> | null, selected: string | null): void;
  /** Fits a box, leaving room for the département panel on the side where it opens. */
  showBounds(bbox: [number, number, number, number], panelSide?: 'right' | 'bottom' | null): void;
  setPlaces(places: readonly Place[], filters: Filters, hoveredId: string | null, selectedId: string | null, origin: OriginDescription | null): void;
  focus(place: Place): void;
  showTerritory(id: string): void;
  setDensityBackground(on: boolean): void;
  resize(): void;
}

interface Props {
  places: Place[];
  meta: PlacesMeta;
  initial: UrlState;
  createMap: (container: HTMLElement, view: View | null, events: MapEvents) => MapPort;
  loadDepartements: () => Promise<DepartementsData>;
  loadSearchIndex: () => Promise<{ entries: SearchEntry[]; departements: { code: string; name: string }[] }>;
  directionsUrl: string;
  geolocation: Geolocation | undefined;
  embed: EmbedConfig;
  /** Tells the host page about selections (embed mode, allowed origins only). */
  notifyHost: (event: EmbedEvent) => void;
  subscribeHost: (apply: (m: HostMessage) => void) => void;
  coverage: CoverageService;
  /** The width the app will have, measured on its container before the first render. */
  initialWidthPx: number;
  /** The map's own site (ending with "/"): not the host page's, for an element on another site. */
  siteUrl: string;
  loadDetails: () => Promise<Record<string, PlaceDetails>>;
  onStateChange: (state: UrlState, push: boolean) => void;
  subscribeHistory: (apply: (state: UrlState) => void) => void;
  /** The « Fond de carte » control (with the filters) and its notice (over the map), given by the mount. */
  basemapControl?: ComponentChild;
  mapNotice?: ComponentChild;
}

export interface MapEvents {
  onContextLost: () => void;
  onContextRestored: () => void;
  onHover: (p: Place | null, x: number, y: number) => void;
  onSelect: (p: Place | null) => void;
  onViewChange: (v: View) => void;
  onDepartementClick: (code: string) => void;
  onDepartementHover: (d: { code: string; name: string } | null, x: number, y: number) => void;
}

/** Below this width the side panel opens over the map and the département figures start folded. */
const COMPACT_WIDTH_PX = 768;

/** The same view on the map's own site, for a visitor of an embed who wants more room. */
function fullMapUrl(siteUrl: string, state: UrlState, theme: EmbedConfig['theme']): string {
  return `${siteUrl}${serializeState({ ...state, view: null }, theme === 'dsfr' ? '' : `?theme=${theme}`)}`;
}

/** Skip links move the focus themselves: inside a shadow root, "#id" links find nothing. */
function skipTo(id: string, before?: () => void) {
  return (e: MouseEvent) => {
    e.preventDefault();
    before?.();
    ((e.currentTarget as HTMLElement).getRootNode() as Document | ShadowRoot).getElementById(id)?.focus();
  };
}

const GEOLOCATION_ERRORS: Record<number, string> = {
  1: 'Vous avez refusé la localisation : cherchez plutôt votre commune.',
  2: 'Position indisponible : cherchez plutôt votre commune.',
  3: 'La localisation a pris trop de temps : réessayez ou cherchez votre commune.',
};

export function App({ places, meta, initial, createMap, loadDetails, loadDepartements, loadSearchIndex, directionsUrl, geolocation, coverage, onStateChange, subscribeHistory, embed, notifyHost, subscribeHost, initialWidthPx, siteUrl, basemapControl, mapNotice }: Props) {
  const [origin, setOrigin] = useState<Origin | null>(null);
  const [nearNetwork, setNearNetwork] = useState<NetworkId | 'all'>('all');
  const [radiusKm, setRadiusKm] = useState<number | null>(null);
  const [locating, setLocating] = useState(false);
  const [geoMessage, setGeoMessage] = useState('');
  const [contextLost, setContextLost] = useState(false);
  const [state, setState] = useState<UrlState>(initial);
  const [hover, setHover] = useState<{ place: Place; x: number; y: number } | null>(null);
  const [panelOpen, setPanelOpen] = useState(embed.embed && embed.panelOpen);
  const [densityBg, setDensityBg] = useState(false);
  const [delimiter, setDelimiter] = useState<Delimiter>(';');
  const mapRef = useRef<MapPort | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const layoutRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const panelToggleRef = useRef<HTMLButtonElement>(null);
  const widthPx = useWidthPx(layoutRef, initialWidthPx);
  const compact = embed.embed || widthPx < COMPACT_WIDTH_PX;
  const byId = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  const visible = useMemo(() => filterPlaces(places, state.filters), [places, state.filters]);
  const selected = state.place ? byId.get(state.place) ?? null : null;
  const [depHover, setDepHover] = useState<{ code: string; name: string; x: number; y: number } | null>(null);
  const cov = useCoverage(state, places, visible, meta, loadDepartements, coverage);
  const index = useMemo(() => nearestIndex(visible), [visible]);
  const results = useMemo(
    () => (origin ? nearest(index, origin.lon, origin.lat, 10, { maxKm: radiusKm ?? Infinity, accept: (p) => nearNetwork === 'all' || p.network === nearNetwork }) : []),
    [index, origin, radiusKm, nearNetwork],
  );
  const showOrigin = (o: Origin) => {
    setOrigin(o);
    setGeoMessage('');
    setPanelOpen(true);
    if (radiusKm) mapRef.current?.centreOn(o.lon, o.lat, radiusKm);
  };
  const chooseCommune = (e: SearchEntry) => {
    update({ commune: e.code, place: null, list: false });
    showOrigin({ label: e.name, lon: e.lon, lat: e.lat, communeCode: e.code });
  };
  const locate = () => {
    if (!geolocation) {
      setGeoMessage('La localisation n’est pas disponible dans ce navigateur : cherchez votre commune.');
      return;
    }
    setLocating(true);
    geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        update({ commune: null, place: null, list: false });
        showOrigin({ label: 'votre position', lon: pos.coords.longitude, lat: pos.coords.latitude, communeCode: null });
      },
      (error) => {
        setLocating(false);
        setGeoMessage(GEOLOCATION_ERRORS[error.code] ?? GEOLOCATION_ERRORS[2]!);
      },
      { timeout: 10_000, maximumAge: 60_000 },
    );
  };
  useEffect(() => {
    if (!state.commune || origin?.communeCode === state.commune) return;
    loadSearchIndex().then(({ entries }) => {
      const e = entries.find((x) => x.code === state.commune);
      if (e) showOrigin({ label: e.name, lon: e.lon, lat: e.lat, communeCode: e.code });
      else setGeoMessage(`Commune ${state.commune} inconnue.`);
    }, () => setGeoMessage('Recherche des communes indisponible.'));
  }, [state.commune]);

  const update = useCallback((patch: Partial<UrlState>, push = true) => {
    setState((s) => {
      const next = { ...s, ...patch };
      onStateChange(next, push);
      return next;
    });
  }, [onStateChange]);

  // Created in a layout effect declared first, so that the layer effect below finds the map at mount.
  useLayoutEffect(() => {
    const map = createMap(containerRef.current!, initial.view, {
      onHover: (p, x, y) => setHover(p ? { place: p, x, y } : null),
      onSelect: (p) => update({ place: p?.id ?? null }),
      onViewChange: (view) => update({ view }, false),
      onDepartementClick: (code) => update({ departement: code, place: null }),
      onDepartementHover: (d, x, y) => setDepHover(d ? { ...d, x, y } : null),
      // Never a blank frame: without WebGL, the list gives the same information.
      onContextLost: () => {
        setContextLost(true);
        update({ list: true }, false);
      },
      onContextRestored: () => setContextLost(false),
    });
    mapRef.current = map;
    subscribeHistory((s) => setState(s));
    subscribeHost((m) => {
      if (m.type === 'select-departement') update({ departement: m.code, place: null });
      else if (m.type === 'select-place' && byId.get(m.id)) {
        update({ place: m.id, list: false });
        map.focus(byId.get(m.id)!);
      }
    });
    if (initial.place && byId.get(initial.place)) map.focus(byId.get(initial.place)!);
  }, []);

  // A layout effect: the layers change in the same frame as the panel, not one frame later.
  useLayoutEffect(() => {
    mapRef.current?.setPlaces(places, state.filters, hover?.place.id ?? null, state.place, origin ? { lon: origin.lon, lat: origin.lat, radiusKm } : null);
  }, [places, state.filters, hover, state.place, origin, radiusKm]);

  useEffect(() => mapRef.current?.setDensityBackground(densityBg), [densityBg]);
  useEffect(() => notifyHost({ type: 'place-selected', id: state.place, name: selected?.name ?? null }), [state.place]);
  useEffect(() => notifyHost({ type: 'departement-selected', code: state.departement }), [state.departement]);
  // A newly chosen département comes into view (its panel covers the right of the map).
  const shownDepartement = useRef<string | null>(null);
  useEffect(() => {
    const bbox = cov.data?.departements.find((d) => d.code === state.departement)?.bbox;
    if (!state.departement || !bbox || shownDepartement.current === state.departement) return;
    shownDepartement.current = state.departement;
    mapRef.current?.showBounds(bbox, compact ? 'bottom' : 'right');
  }, [state.departement, cov.data]);
  // A new origin: show it with its five nearest places (or its radius, when one is chosen).
  const fittedOrigin = useRef<Origin | null>(null);
  useEffect(() => {
    if (!origin || fittedOrigin.current === origin || radiusKm) return;
    fittedOrigin.current = origin;
    const points = [origin, ...results.slice(0, 5).map((r) => r.place)];
    const lons = points.map((p) => p.lon);
    const lats = points.map((p) => p.lat);
    mapRef.current?.showBounds([Math.min(...lons) - 0.02, Math.min(...lats) - 0.02, Math.max(...lons) + 0.02, Math.max(...lats) + 0.02]);
  }, [origin, results]);
  useEffect(() => mapRef.current?.setChoropleth(cov.choropleth?.colours ?? null, state.departement), [cov.choropleth, state.departement]);
  useEffect(() => mapRef.current?.resize(), [state.list, state.table]);
  // Opened over the map, the panel takes the focus, so that keyboard and screen reader users land in it.
  useEffect(() => {
    if (panelOpen && compact) panelRef.current?.focus();
  }, [panelOpen]);

  // A closed card or panel hands the focus to the main content, not to the page's body.
  const focusMain = () => layoutRef.current?.querySelector<HTMLElement>('#contenu')?.focus();
  // Without WebGL the list stays, and a chosen place opens its card above it.
  const selectFromList = (p: Place) => {
    update({ place: p.id, list: contextLost });
    if (!contextLost) mapRef.current?.focus(p);
  };
  const card = selected && (
    <PlaceCard
      place={selected}
      loadDetails={loadDetails}
      directionsUrl={directionsUrl}
      onClose={() => {
        update({ place: null });
        focusMain();
      }}
      inFlow={contextLost}
    />
  );

  const closePanel = () => {
    setPanelOpen(false);
    panelToggleRef.current?.focus();
  };

  return (
    <div ref={layoutRef} class={`app layout theme-${embed.theme} ${state.list ? 'mode-list' : 'mode-map'} ${embed.embed ? 'embed' : 'standalone'}${compact ? ' compact' : ''}`}>
      <nav class="skip-links" aria-label="Accès rapide">
        <a class="fr-link" href="#contenu" onClick={skipTo('contenu')}>Aller au contenu</a>
        <a class="fr-link" href="#panneau" onClick={skipTo('panneau', () => setPanelOpen(true))}>Aller aux filtres</a>
      </nav>
      <div class="screen">
        {embed.embed ? <h1 class="sr-only">Carte des tiers-lieux labellisés</h1> : <SiteHeader theme={embed.theme} />}
        <div class="workspace">
          <div class="search-area">
            <CommuneSearch loadIndex={loadSearchIndex} onCommune={chooseCommune} onDepartement={(code) => update({ departement: code, place: null })} onLocate={locate} locating={locating} />
          </div>
          <aside
            id="panneau"
            ref={panelRef}
            class={`panel ${panelOpen ? 'open' : ''}`}
            aria-labelledby="panneau-titre"
            tabIndex={-1}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && compact && panelOpen) closePanel();
            }}
          >
            <div class="panel-head">
              <h2 id="panneau-titre">Filtres et légende</h2>
              <button type="button" class="close panel-close" onClick={closePanel} aria-label="Fermer les filtres">×</button>
            </div>
            {geoMessage && <p class="note" role="alert">{geoMessage}</p>}
            {origin && (
              <NearestPanel
                origin={origin}
                results={results}
                network={nearNetwork}
                present={meta.networks.filter((n) => n.present).map((n) => n.id)}
                radiusKm={radiusKm}
                selectedId={state.place}
                hoveredId={hover?.place.id ?? null}
                onNetwork={setNearNetwork}
                onRadius={(km) => {
                  setRadiusKm(km);
                  mapRef.current?.centreOn(origin.lon, origin.lat, km);
                }}
                onSelect={(p) => {
                  if (compact) setPanelOpen(false);
                  update({ place: p.id, list: false });
                  mapRef.current?.focus(p);
                }}
                onHover={(p) => setHover(p ? { place: p, x: -999, y: -999 } : null)}
                onClose={() => {
                  setOrigin(null);
                  update({ commune: null });
                }}
              />
            )}
            {embed.filtersShown && (
              <FilterPanel places={places} meta={meta} filters={state.filters} locked={embed.filtersLocked} onChange={(filters) => update({ filters })} />
            )}
            <CoverageControls indicator={state.indicator} scope={state.scope} present={cov.present} onChange={(indicator, scope) => update({ indicator, scope })} />
            <div class="background-option fr-checkbox-group fr-checkbox-group--sm">
              <input type="checkbox" id="fond-densite" checked={densityBg} onChange={(e) => setDensityBg(e.currentTarget.checked)} disabled={!meta.sources.density} />
              <label class="fr-label" for="fond-densite">Colorer les communes selon leur densité (à partir du zoom régional)</label>
            </div>
            {embed.filtersShown && basemapControl}
            {embed.embed && (
              <p class="footer-note">
                Agence nationale de la cohésion des territoires · Données ANCT, INSEE, IGN, La Poste (Licence Ouverte 2.0).{' '}
                <a href={fullMapUrl(siteUrl, state, embed.theme)} target="_blank" rel="noopener">Ouvrir la carte en grand (nouvel onglet)</a>
              </p>
            )}
          </aside>
          <main id="contenu" class="main" tabIndex={-1}>
            <div class="toolbar">
              <button
                ref={panelToggleRef}
                type="button"
                class="fr-btn fr-btn--sm fr-btn--secondary fr-icon-filter-line fr-btn--icon-left panel-toggle"
                aria-expanded={panelOpen}
                aria-controls="panneau"
                onClick={() => (panelOpen ? closePanel() : setPanelOpen(true))}
              >
                Filtres
              </button>
              <div class="view-switch" role="group" aria-label="Affichage">
                <button type="button" class="fr-btn fr-btn--sm" aria-pressed={!state.list && !state.table} disabled={contextLost} onClick={() => update({ list: false, table: false })}>
                  Carte
                </button>
                <button type="button" class="fr-btn fr-btn--sm" aria-pressed={state.list && !state.table} onClick={() => update({ list: true, table: false })}>
                  Liste
                </button>
                <button type="button" class="fr-btn fr-btn--sm" aria-pressed={state.table} onClick={() => update({ table: !state.table })}>
                  Départements
                </button>
              </div>
              <p class="visible-count" role="status">
                {placesLabel(visible.length)} sur {formatCount(places.length)}
              </p>
              {!embed.embed && (
                <DepartementSearch names={cov.names} onFocus={cov.ensureLoaded}
                  loadNames={() => loadDepartements().then((d) => d.departements.map(({ code, name }) => ({ code, name })))} onPick={(code) => update({ departement: code, place: null })} />
              )}
            </div>
            <div class="map-wrap" hidden={state.list || state.table}>
              {/* Before the map in the DOM: keyboard users meet the shortcuts where they see them, at the top. */}
              <TerritoryShortcuts onPick={(id) => mapRef.current?.showTerritory(id)} />
              <div ref={containerRef} class="map" role="region" aria-label="Carte des lieux (la liste donne les mêmes informations)" />
              {mapNotice}
              <div class="map-legends">
                {state.indicator && cov.choropleth && <ChoroplethLegend indicator={state.indicator} classes={cov.choropleth.classes} />}
                {densityBg && <DensityLegend />}
              </div>
              {!hover && depHover && state.indicator && cov.data && (
                <div class="tooltip" style={{ left: `${depHover.x + 12}px`, top: `${depHover.y + 12}px` }} role="presentation">
                  {depHover.name} : {cov.formatValue(depHover.code)}
                </div>
              )}
              {state.departement && cov.data && cov.departement && (
                <DepartementPanel
                  departement={cov.departement}
                  national={cov.data.national}
                  all={cov.data.departements}
                  present={cov.present}
                  filtersSummary={cov.filtersSummary}
                  gaps={cov.gaps}
                  delimiter={delimiter}
                  onDelimiter={setDelimiter}
                  onExportFigures={() => download(`couverture-${cov.departement!.code}.csv`, figuresCsv(cov.departement!, cov.data!.national, cov.data!.departements, cov.present, delimiter))}
                  onExportPlaces={() => download(`lieux-${cov.departement!.code}.csv`, placesCsv(visible.filter((p) => p.departementCode === cov.departement!.code), delimiter))}
                  onClose={() => {
                    update({ departement: null });
                    focusMain();
                  }}
                  collapsible={compact}
                />
              )}
              {state.departement && cov.data && !cov.departement && <p class="note" role="alert">Département « {state.departement} » inconnu.</p>}
              {!contextLost && card}
              {hover && !state.list && (
                <div class="tooltip" style={{ left: `${hover.x + 12}px`, top: `${hover.y + 12}px` }} role="presentation">
                  {hover.place.name}
                </div>
              )}
            </div>
            {contextLost && (
              <p class="note" role="alert">
                La carte ne peut plus s’afficher sur cet appareil (contexte graphique perdu) : voici la liste des lieux. Rechargez la page pour retrouver la carte.
              </p>
            )}
            {contextLost && card}
            {state.list && !state.table && (
              <PlaceList places={visible} pageSize={embed.embed ? 50 : 200} selectedId={state.place} onSelect={selectFromList} onHover={(p) => setHover(p ? { place: p, x: -999, y: -999 } : null)} />
            )}
            {state.table && !cov.data && <p class="hint">Chargement des chiffres des départements…</p>}
            {state.table && cov.data && (
              <CoverageTable departements={cov.data.departements} scope={state.scope} scopeLabel={cov.scopeLabel} onSelect={(code) => update({ departement: code, table: false })} />
            )}
          </main>
        </div>
      </div>
      {!embed.embed && <SiteFooter theme={embed.theme} />}
    </div>
  );
}
