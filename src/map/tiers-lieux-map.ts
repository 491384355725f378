// The map owner: one MapLibre map and one deck.gl overlay, created once and fed with setLayers / focus.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { IconLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { PickingInfo } from '@deck.gl/core';
import type { Place } from '../domain/place.ts';
import type { Territory } from '../domain/territories.ts';
import { iconAtlas } from './icons.ts';
import type { HighlightDescription, PlaceLayerDescription } from './layers.ts';
import { MAP_LOCALE_FR } from './locale-fr.ts';
import { localStyle, overlayLayers } from './style.ts';

maplibregl.setWorkerUrl(workerUrl);

export interface MapOptions {
  container: HTMLElement;
  /** Absolute URL of the data folder, ending with "/". */
  dataUrl: string;
  /** An online basemap style, set by configuration; the default is the local, offline style. */
  basemapStyleUrl?: string;
  view: { lon: number; lat: number; zoom: number } | null;
  reducedMotion: boolean;
  cooperativeGestures?: boolean;
  onViewChange?: (view: { lon: number; lat: number; zoom: number }) => void;
  onHover?: (place: Place | null, x: number, y: number) => void;
  onSelect?: (place: Place | null) => void;
  onError?: (message: string) => void;
}

const FRANCE_BOUNDS: [number, number, number, number] = [-5.2, 41.3, 9.6, 51.1];

export class TiersLieuxMap {
  readonly map: maplibregl.Map;
  private overlay: MapLibreOverlay;
  private atlas = iconAtlas();
  private layers: PlaceLayerDescription[] = [];
  private highlighted: HighlightDescription[] = [];
  private options: MapOptions;

  constructor(options: MapOptions) {
    this.options = options;
    const style = options.basemapStyleUrl ?? localStyle({ dataUrl: options.dataUrl, densityBackground: false });
    this.map = new maplibregl.Map({
      container: options.container,
      style,
      bounds: options.view ? undefined : FRANCE_BOUNDS,
      center: options.view ? [options.view.lon, options.view.lat] : undefined,
      zoom: options.view?.zoom,
      maxZoom: 17,
      minZoom: 2,
      attributionControl: { compact: true },
      locale: MAP_LOCALE_FR,
      cooperativeGestures: options.cooperativeGestures ?? false,
      dragRotate: false,
      pitchWithRotate: false,
      fadeDuration: options.reducedMotion ? 0 : 300,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
    if (options.basemapStyleUrl) this.map.on('style.load', () => this.addOverlayToBasemap());
    this.overlay = new MapLibreOverlay({ interleaved: false, layers: [], getCursor: ({ isHovering }) => (isHovering ? 'pointer' : '') });
    this.map.addControl(this.overlay as unknown as maplibregl.IControl);
    this.map.on('moveend', () => {
      const c = this.map.getCenter();
      this.options.onViewChange?.({ lon: c.lng, lat: c.lat, zoom: this.map.getZoom() });
    });
    this.map.on('error', (e) => this.options.onError?.(String(e.error?.message ?? 'erreur de carte')));
  }

  /** With an online basemap, our outlines and labels go on top of it. */
  private addOverlayToBasemap() {
    const local = localStyle({ dataUrl: this.options.dataUrl, densityBackground: false });
    for (const [id, source] of Object.entries(local.sources)) if (!this.map.getSource(id)) this.map.addSource(id, source);
    for (const layer of overlayLayers(false)) if (!this.map.getLayer(layer.id)) this.map.addLayer(layer);
  }

  setLayers(layers: PlaceLayerDescription[], highlighted: HighlightDescription[]) {
    this.layers = layers;
    this.highlighted = highlighted;
    this.render();
  }

  setDensityBackground(visible: boolean) {
    const apply = () => this.map.getLayer('commune-density') && this.map.setLayoutProperty('commune-density', 'visibility', visible ? 'visible' : 'none');
    if (this.map.isStyleLoaded()) apply();
    else this.map.once('load', apply);
  }

  private render() {
    const { canvas, mapping } = this.atlas;
    const pick = (info: PickingInfo<Place>) => info.object ?? null;
    const deckLayers: unknown[] = this.layers.map(
      (l) =>
        new IconLayer<Place>({
          id: l.id,
          data: l.data,
          visible: l.visible,
          iconAtlas: canvas as never,
          iconMapping: mapping,
          getIcon: () => l.iconName,
          getPosition: (p) => [p.lon, p.lat],
          // Metres with pixel bounds: small at the national view, comfortable to click when zoomed in.
          getSize: 3000,
          sizeUnits: 'meters',
          sizeMinPixels: l.sizePx * 0.55,
          sizeMaxPixels: l.sizePx * 1.3,
          pickable: true,
          onHover: (info) => this.options.onHover?.(pick(info), info.x, info.y),
          onClick: (info) => {
            this.options.onSelect?.(pick(info));
            return true;
          },
          updateTriggers: { getIcon: l.iconName },
        }),
    );
    if (this.highlighted.length) {
      deckLayers.push(
        new ScatterplotLayer<HighlightDescription>({
          id: 'highlight',
          data: this.highlighted,
          getPosition: (h) => [h.place.lon, h.place.lat],
          getRadius: (h) => (h.kind === 'selected' ? 14 : 12),
          radiusUnits: 'pixels',
          stroked: true,
          filled: false,
          getLineColor: (h) => (h.kind === 'selected' ? [17, 24, 39, 255] : [17, 24, 39, 180]),
          getLineWidth: 3,
          lineWidthUnits: 'pixels',
          updateTriggers: { getRadius: this.highlighted.map((h) => h.kind).join() },
        }),
      );
    }
    this.overlay.setProps({ layers: deckLayers as never });
  }

  focus(place: Place, zoom = 12) {
    const target = { center: [place.lon, place.lat] as [number, number], zoom: Math.max(zoom, this.map.getZoom()) };
    if (this.options.reducedMotion) this.map.jumpTo(target);
    else this.map.flyTo({ ...target, duration: 1200 });
  }

  showTerritory(territory: Territory) {
    const [w, s, e, n] = territory.id === 'metropole' ? FRANCE_BOUNDS : territory.bbox;
    this.map.fitBounds([w, s, e, n], { padding: 24, animate: !this.options.reducedMotion });
  }

  /** Screen position of a place (for tests and for keyboard-driven popups). */
  project(place: Place): { x: number; y: number } {
    return this.map.project([place.lon, place.lat]);
  }

  resize() {
    this.map.resize();
  }

  destroy() {
    this.overlay.finalize();
    this.map.remove();
  }
}
