// The map owner: one MapLibre map and one deck.gl overlay, created once, fed with setLayers / setHighlights / focus, freed by destroy().
import type { PaddingPx } from '../app/map-port.ts';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { PLAN_IGN_ATTRIBUTION, type BasemapId } from '../domain/basemap.ts';
import type { GapPoint } from '../domain/gaps.ts';
import type { Place } from '../domain/place.ts';
import { TERRITORIES, type Territory } from '../domain/territories.ts';
import type { PlacesOverlay } from './deck-overlay.ts';
import type { MapDebug } from './debug.ts';
import type { HighlightDescription, OriginDescription, PlaceLayerDescription } from './layers.ts';
import { MAP_LOCALE_FR } from './locale-fr.ts';
import { baseSource, gapLayers, localStyle, overlayAttribution, overlayLayers, VIEW_NAMES_MIN_ZOOM } from './style.ts';
import { settlePlacementAtOnce } from './settle-placement.ts';
import { tileIndexFor, tileRequest } from './tile-requests.ts';
import type { ViewNamesLayer } from './view-names-layer.ts';

maplibregl.setWorkerUrl(workerUrl);
// The tiles the build did not write (tile-requests.ts): an empty tile, without any request.
maplibregl.addProtocol('tl-empty', async () => ({ data: new ArrayBuffer(0) }));

export interface MapOptions {
  container: HTMLElement;
  /** Absolute URL of the data folder, ending with "/". */
  dataUrl: string;
  /** The base map to start with: our offline one, or the online style below. */
  basemap: BasemapId;
  /** The online style (Plan IGN, or VITE_BASEMAP_STYLE). */
  onlineStyleUrl: string;
  /** The online base map could not be reached, or too slowly: the map went back to the offline one. */
  onBasemapFallback?: (reason: 'error' | 'slow') => void;
  view: { lon: number; lat: number; zoom: number } | null;
  reducedMotion: boolean;
  cooperativeGestures?: boolean;
  onViewChange?: (view: { lon: number; lat: number; zoom: number }) => void;
  onHover?: (place: Place | null, x: number, y: number) => void;
  onSelect?: (place: Place | null) => void;
  onError?: (message: string) => void;
  /** Called when the base map has drawn for the first time, before deck.gl is requested. */
  onFirstIdle?: () => void;
  /** A click on a département where there is no place. */
  onDepartementClick?: (code: string) => void;
  /** The département under the pointer (null when leaving), for tooltips. */
  onDepartementHover?: (departement: { code: string; name: string } | null, x: number, y: number) => void;
  /** The browser took the WebGL context away (seen on mobile Safari); restored: it came back. */
  onContextLost?: () => void;
  onContextRestored?: () => void;
  /** A gap commune drawn on the map was clicked. */
  onGapClick?: (gap: GapPoint) => void;
  /** Called once the places layer exists (after the base map's first idle). */
  onPlacesDrawn?: () => void;
  /** What the interface covers of the map now, in CSS pixels: the names of the communes the view cuts through keep clear of it. */
  coveredRoom?: () => PaddingPx;
}

const FRANCE_BOUNDS = TERRITORIES.find((t) => t.id === 'metropole')!.bbox;
/** Our own sources: their errors are ours, not the online base map's. */
const OWN_SOURCES = new Set(['base', 'communes', 'gaps']);
/** An online base map that has not drawn by then is given up for the offline one. */
const ONLINE_TIMEOUT_MS = 8000;

export class TiersLieuxMap {
  private readonly map: maplibregl.Map;
  private overlay: PlacesOverlay | null = null;
  private destroyed = false;
  private layers: PlaceLayerDescription[] = [];
  private highlighted: HighlightDescription[] = [];
  private origin: OriginDescription | null = null;
  private options: MapOptions;
  private basemap: BasemapId;
  private fallbackTimer: ReturnType<typeof setTimeout> | undefined;
  /** Style state kept here and applied whenever the style's layers exist (not on isStyleLoaded(), which is false
   * whenever tiles load): a change made while panning, or before a base-map switch, is never lost. */
  private densityVisible = false;
  private choropleth: { colours: Record<string, string> | null; selected: string | null } = { colours: null, selected: null };
  private gaps: readonly GapPoint[] = [];
  /** The names of the communes the view cuts through: loaded with the first view zoomed in enough. */
  private viewNames: Promise<ViewNamesLayer> | null = null;
  /** Their last update: the debug hook's idle() waits for it. */
  private viewNamesDone: Promise<void> = Promise.resolve();

  /**
   * MapLibre opens a compact attribution expanded until the first drag: on a phone its two lines then cover the
   * scale bar and the bottom of the map. It starts closed here (the « i » button opens it); a wide map keeps the
   * full line.
   */
  private collapseCompactAttribution(): void {
    const collapse = () => {
      const attribution = this.map.getContainer().querySelector('.maplibregl-ctrl-attrib.maplibregl-compact-show');
      if (!attribution) return false;
      attribution.classList.remove('maplibregl-compact-show');
      return true;
    };
    // The control fills in, and turns compact, when the first source with an attribution loads.
    const onData = () => {
      if (collapse()) this.map.off('sourcedata', onData);
    };
    this.map.on('sourcedata', onData);
  }

  constructor(options: MapOptions) {
    this.options = options;
    void tileIndexFor(options.dataUrl);
    this.basemap = options.basemap;
    const style = this.basemap === 'offline' ? localStyle({ dataUrl: options.dataUrl, densityBackground: false }) : options.onlineStyleUrl;
    this.map = new maplibregl.Map({
      container: options.container,
      style,
      bounds: options.view ? undefined : FRANCE_BOUNDS,
      center: options.view ? [options.view.lon, options.view.lat] : undefined,
      zoom: options.view?.zoom,
      maxZoom: 17,
      minZoom: 2,
      // Compact (an « i » button) only where the map is narrow: MapLibre's own rule, at 640 px.
      attributionControl: {},
      locale: MAP_LOCALE_FR,
      transformRequest: tileRequest,
      cooperativeGestures: options.cooperativeGestures ?? false,
      dragRotate: false,
      pitchWithRotate: false,
      // Names appear at once rather than fading in: the first map is complete sooner, and panning places them faster.
      fadeDuration: 0,
      // Keeps the last frame in the canvas so that a printed page (council report) shows the map.
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    // No extra frame once the names are placed (settle-placement.ts): the map is idle, and the places load, a frame sooner.
    settlePlacementAtOnce(this.map.style);
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new maplibregl.FullscreenControl(), 'top-right');
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
    this.collapseCompactAttribution();
    // Zoomed in, the communes the view cuts through are named in their visible part, once the map is at rest.
    this.map.on('idle', () => this.updateViewNames());
    // After any style change, our layers go back on top of an online style, and the choropleth and density come back.
    this.map.on('style.load', () => {
      void this.viewNames?.then((names) => names.reset());
      if (this.basemap !== 'offline') this.addOverlayToBasemap();
      this.applyDensity();
      this.applyChoropleth();
      this.applyGaps();
    });
    if (this.basemap !== 'offline') this.watchOnline();
    // deck.gl is not needed for the first view: it loads once the base map has drawn.
    this.map.once('idle', () => {
      options.onFirstIdle?.();
      void import('./deck-overlay.ts').then(({ PlacesOverlay }) => {
        if (this.destroyed) return;
        this.overlay = new PlacesOverlay({
          onHover: options.onHover,
          onSelect: options.onSelect,
          // deck.gl makes its canvas an unnamed tab stop once its device is ready: MapLibre's canvas (« Carte ») takes the keyboard.
          onLoad: () => {
            for (const canvas of this.map.getContainer().querySelectorAll<HTMLCanvasElement>('canvas:not(.maplibregl-canvas)')) canvas.tabIndex = -1;
          },
        });
        this.map.addControl(this.overlay.control);
        this.render();
        options.onPlacesDrawn?.();
      });
    });
    this.map.on('moveend', () => {
      const c = this.map.getCenter();
      this.options.onViewChange?.({ lon: c.lng, lat: c.lat, zoom: this.map.getZoom() });
    });
    this.map.on('webglcontextlost', () => this.options.onContextLost?.());
    this.map.on('webglcontextrestored', () => {
      this.render();
      this.options.onContextRestored?.();
    });
    this.map.on('click', 'gap-communes', (e) => {
      const f = e.features?.[0]?.properties;
      const gap = f && this.gaps.find((g) => g.code === String(f.code));
      if (gap) this.options.onGapClick?.(gap);
    });
    this.map.on('mouseenter', 'gap-communes', () => (this.map.getCanvas().style.cursor = 'pointer'));
    this.map.on('mouseleave', 'gap-communes', () => (this.map.getCanvas().style.cursor = ''));
    this.map.on('click', 'land', (e) => {
      const code = e.features?.[0]?.properties?.code;
      if (typeof code !== 'string' || this.overlay?.pickPlace(e.point.x, e.point.y)) return;
      if (this.map.getLayer('gap-communes') && this.map.queryRenderedFeatures(e.point, { layers: ['gap-communes'] }).length) return;
      this.options.onDepartementClick?.(code);
    });
    this.map.on('mousemove', 'land', (e) => {
      const f = e.features?.[0]?.properties;
      this.options.onDepartementHover?.(f ? { code: String(f.code), name: String(f.nom) } : null, e.point.x, e.point.y);
    });
    this.map.on('mouseleave', 'land', () => this.options.onDepartementHover?.(null, 0, 0));
    this.map.on('error', (e) => {
      // The online style, its tiles, sprite or glyphs failed (offline, blocked by a CSP): back to the offline map, quietly.
      if (this.basemap !== 'offline' && !OWN_SOURCES.has(String((e as { sourceId?: string }).sourceId))) return this.fallBack('error');
      this.options.onError?.(String(e.error?.message ?? 'erreur de carte'));
    });
  }

  private updateViewNames() {
    if (!this.viewNames) {
      if (this.basemap !== 'offline' || this.map.getZoom() < VIEW_NAMES_MIN_ZOOM) return;
      this.viewNames = import('./view-names-layer.ts').then(({ ViewNamesLayer }) => new ViewNamesLayer(this.map));
    }
    // A chunk that cannot load (the site redeployed meanwhile) leaves the map as it was, without these names.
    this.viewNamesDone = this.viewNames
      .then((names) => {
        if (!this.destroyed) names.update(this.basemap === 'offline', this.options.coveredRoom?.());
      })
      .catch(() => {});
  }

  /** With an online basemap, our outlines go on top of it (its own names are better than ours: no labels of ours). */
  private addOverlayToBasemap() {
    const local = localStyle({ dataUrl: this.options.dataUrl, densityBackground: false });
    for (const [id, source] of Object.entries(local.sources)) {
      if (this.map.getSource(id)) continue;
      // Our names, land and régions are not drawn over an online base map: its attribution replaces theirs.
      this.map.addSource(id, id === 'base' ? baseSource(this.options.dataUrl, overlayAttribution(PLAN_IGN_ATTRIBUTION)) : source);
    }
    // Symbol layers would ask the online style's glyph server for our local font.
    for (const layer of overlayLayers(false)) if (layer.type !== 'symbol' && !this.map.getLayer(layer.id)) this.map.addLayer(layer);
  }

  /** Switches the base map; our layers, the choropleth and the places stay. */
  setBasemap(id: BasemapId) {
    if (id === this.basemap) return;
    this.basemap = id;
    clearTimeout(this.fallbackTimer);
    this.map.setStyle(id === 'offline' ? localStyle({ dataUrl: this.options.dataUrl, densityBackground: false }) : this.options.onlineStyleUrl, { diff: false });
    if (id !== 'offline') this.watchOnline();
  }

  private watchOnline() {
    clearTimeout(this.fallbackTimer);
    this.fallbackTimer = setTimeout(() => this.fallBack('slow'), ONLINE_TIMEOUT_MS);
    this.map.once('idle', () => clearTimeout(this.fallbackTimer));
  }

  private fallBack(reason: 'error' | 'slow') {
    if (this.basemap === 'offline' || this.destroyed) return;
    this.setBasemap('offline');
    this.options.onBasemapFallback?.(reason);
  }

  /** The places' layers and the search origin; kept by identity, so pass the same array when nothing changed. */
  setLayers(layers: PlaceLayerDescription[], origin: OriginDescription | null = null) {
    this.layers = layers;
    this.origin = origin;
    this.render();
  }

  /** The hovered and selected places: a small layer of its own, so that hovering redraws nothing else. */
  setHighlights(highlighted: HighlightDescription[]) {
    this.highlighted = highlighted;
    this.render();
  }

  setDensityBackground(visible: boolean) {
    this.densityVisible = visible;
    // Until the style's layers exist, the style.load handler applies it (isStyleLoaded also waits for tiles).
    this.applyDensity();
  }

  private applyDensity() {
    if (this.map.getLayer('commune-density')) this.map.setLayoutProperty('commune-density', 'visibility', this.densityVisible ? 'visible' : 'none');
  }

  /** Colours départements by code (null: no colouring) and outlines the selected one. */
  setChoropleth(colours: Record<string, string> | null, selected: string | null) {
    this.choropleth = { colours, selected };
    this.applyChoropleth();
  }

  private applyChoropleth() {
    const { colours, selected } = this.choropleth;
    if (!this.map.getLayer('departement-choropleth') || !this.map.getLayer('departement-selected')) return;
    this.map.setLayoutProperty('departement-choropleth', 'visibility', colours ? 'visible' : 'none');
    if (colours && Object.keys(colours).length) {
      this.map.setPaintProperty('departement-choropleth', 'fill-color', ['match', ['get', 'code'], ...Object.entries(colours).flat(), 'rgba(0,0,0,0)'] as never);
    }
    this.map.setFilter('departement-selected', ['==', ['get', 'code'], selected ?? '']);
  }

  /** Draws the gap communes (empty: none), numbered in their order. */
  setGaps(gaps: readonly GapPoint[]) {
    this.gaps = gaps;
    this.applyGaps();
  }

  private applyGaps() {
    const data: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: this.gaps.map((g, i) => ({ type: 'Feature', properties: { code: g.code, nom: g.name, rank: i + 1 }, geometry: { type: 'Point', coordinates: [g.lon, g.lat] } })),
    };
    const source = this.map.getSource('gaps') as maplibregl.GeoJSONSource | undefined;
    if (source) return void source.setData(data);
    // Added with the first gaps, on top of our layers once they exist (style.ts, gapLayers); again after a change of
    // base map (the style.load handler).
    if (!this.gaps.length || !this.map.getLayer('departement-line')) return;
    this.map.addSource('gaps', { type: 'geojson', data });
    // Over an online style, no numbers: a symbol layer would ask its glyph server for our local font.
    for (const layer of gapLayers()) if (this.basemap === 'offline' || layer.type !== 'symbol') this.map.addLayer(layer);
  }

  private render() {
    this.overlay?.update(this.layers, this.highlighted, this.origin);
  }

  /** Centres on a point (a commune or the user's position), zoomed to show a radius or the neighbourhood. */
  centreOn(lon: number, lat: number, radiusKm: number | null) {
    const zoom = radiusKm ? Math.max(7, 14 - Math.log2(radiusKm * 2)) : 11;
    const target = { center: [lon, lat] as [number, number], zoom };
    if (this.options.reducedMotion) this.map.jumpTo(target);
    else this.map.flyTo({ ...target, duration: 1200 });
  }

  /** Zooms in on a place, at the centre of the room the panels leave (a phone's bottom sheet covers half the map). */
  focus(place: Place, padding: PaddingPx, zoom = 12) {
    const target = { center: [place.lon, place.lat] as [number, number], zoom: Math.max(zoom, this.map.getZoom()), offset: this.paddedOffset(padding) };
    if (this.options.reducedMotion) this.map.jumpTo(target);
    else this.map.flyTo({ ...target, duration: 1200 });
  }

  /** Pans at the same zoom when a place is under a panel or off the map; leaves the map alone when it is in sight. */
  reveal(place: Place, padding: PaddingPx) {
    const { x, y } = this.map.project([place.lon, place.lat]);
    const { clientWidth: width, clientHeight: height } = this.map.getContainer();
    // In sight, the map stays: the card now covers part of it, and the names of the communes the view cuts through
    // move clear of it (they are otherwise worked out when the map comes to rest).
    if (x >= padding.left && x <= width - padding.right && y >= padding.top && y <= height - padding.bottom) return this.updateViewNames();
    const target = { center: [place.lon, place.lat] as [number, number], offset: this.paddedOffset(padding) };
    if (this.options.reducedMotion) this.map.jumpTo(target);
    else this.map.easeTo({ ...target, duration: 600 });
  }

  /** From the map's centre to the centre of the free room, in pixels (an offset, not MapLibre's padding, which would stay set). */
  private paddedOffset(padding: PaddingPx): [number, number] {
    return [(padding.left - padding.right) / 2, (padding.top - padding.bottom) / 2];
  }

  showTerritory(territory: Territory) {
    const [w, s, e, n] = territory.bbox;
    this.map.fitBounds([w, s, e, n], { padding: 24, animate: !this.options.reducedMotion });
  }

  /** Fits a box, keeping clear of what the interface draws over the map (padding measured by the UI, in CSS pixels). */
  showBounds([w, s, e, n]: [number, number, number, number], padding: { top: number; right: number; bottom: number; left: number }, instant = false) {
    this.map.fitBounds([w, s, e, n], { padding, animate: !this.options.reducedMotion && !instant, maxZoom: 10 });
  }

  /** The hook for browser tests and the bench; places are found by id in `byId`. */
  debugHook(byId: ReadonlyMap<string, Place>): MapDebug {
    const map = this.map;
    const project = (id: string) => {
      const p = byId.get(id);
      if (!p) throw new Error(`no place ${id}`);
      return map.project([p.lon, p.lat]);
    };
    const rendered = (layers: string[]) => {
      const existing = layers.filter((id) => map.getLayer(id));
      return existing.length ? map.queryRenderedFeatures({ layers: existing }) : [];
    };
    return {
      view: () => ({ lon: map.getCenter().lng, lat: map.getCenter().lat, zoom: map.getZoom() }),
      bounds: () => map.getBounds().toArray().flat() as [number, number, number, number],
      isMoving: () => map.isMoving(),
      loaded: () => map.loaded(),
      jumpTo: (lon, lat, zoom) => void map.jumpTo({ center: [lon, lat], zoom }),
      renderedNames: (layers) => rendered(layers).map((f) => String(f.properties?.nom ?? '')),
      renderedLabels: (layers) =>
        rendered(layers).flatMap((f) => {
          if (f.geometry.type !== 'Point') return [];
          const { x, y } = map.project(f.geometry.coordinates as [number, number]);
          return [{ nom: String(f.properties?.nom ?? ''), x, y }];
        }),
      projectLonLat: (lon, lat) => {
        const { x, y } = map.project([lon, lat]);
        return { x, y };
      },
      project: (id) => {
        const { x, y } = project(id);
        return { x, y };
      },
      panBy: (dx, dy) => void map.panBy([dx, dy], { duration: 0 }),
      // Two more frames after MapLibre's idle: deck.gl draws its canvas on the frame after the map's. Then again if
      // the map was given more to draw at rest (the names of the communes the view cuts through).
      idle: () =>
        new Promise((resolve) => {
          const wait = () =>
            requestAnimationFrame(() => {
              if (map.loaded() && !map.isMoving()) settle();
              else map.once('idle', settle);
            });
          const settle = () =>
            requestAnimationFrame(() => requestAnimationFrame(() => void this.viewNamesDone.then(() => (map.loaded() && !map.isMoving() ? resolve() : wait()))));
          wait();
        }),
      layerVisible: (id) => Boolean(map.getLayer(id)) && map.getLayoutProperty(id, 'visibility') !== 'none',
      hover: (id) => {
        const point = id ? project(id) : { x: 0, y: 0 };
        this.options.onHover?.(id ? byId.get(id)! : null, point.x, point.y);
      },
      loseContext: () => {
        const gl = map.getCanvas().getContext('webgl2') ?? map.getCanvas().getContext('webgl');
        gl?.getExtension('WEBGL_lose_context')?.loseContext();
      },
    };
  }

  resize() {
    this.map.resize();
  }

  /** Frees both WebGL contexts: MapLibre loses its own on remove(), deck.gl's canvas is told to here. */
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const canvas of this.map.getContainer().querySelectorAll<HTMLCanvasElement>('canvas:not(.maplibregl-canvas)')) {
      (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))?.getExtension('WEBGL_lose_context')?.loseContext();
    }
    clearTimeout(this.fallbackTimer);
    this.overlay?.finalize();
    this.map.remove();
  }
}
