// Keeps the map in step with the state: created once (destroyed with the app), fed with places, highlights,
// choropleth and background, and moved to a newly chosen département or origin.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { Filters } from '../domain/filters.ts';
import type { Origin } from '../domain/nearest.ts';
import type { Place } from '../domain/place.ts';
import type { Action } from './app-state.ts';
import type { GapPoint, MapEvents, MapPort, PaddingPx } from './map-port.ts';
import type { View } from './url-state.ts';

export interface MapSyncInput {
  createMap: (container: HTMLElement, view: View | null, events: MapEvents) => MapPort;
  containerRef: RefObject<HTMLElement | null>;
  initialView: View | null;
  dispatch: (a: Action) => void;
  onHover: MapEvents['onHover'];
  onDepartementHover: MapEvents['onDepartementHover'];
  onGapClick: MapEvents['onGapClick'];
  /** Markers drawn (false: the choropleth alone). */
  markersShown: boolean;
  gaps: readonly GapPoint[];
  places: readonly Place[];
  filters: Filters;
  origin: Origin | null;
  radiusKm: number | null;
  /** The first places of the nearest list: a new origin is shown with them. */
  nearestPlaces: readonly Place[];
  hoveredId: string | null;
  selectedId: string | null;
  densityBackground: boolean;
  choropleth: Record<string, string> | null;
  departement: string | null;
  departementBbox: [number, number, number, number] | null;
  /** The room the interface's panels take over the map, measured when a box is fitted. */
  padding: () => PaddingPx;
  /** Changes of layout after which the map measures its container again. */
  layoutKey: string;
}

export function useMapSync(i: MapSyncInput): { current: MapPort | null } {
  const mapRef = useRef<MapPort | null>(null);
  // A layout effect declared before the others, so that they find the map at mount.
  useLayoutEffect(() => {
    const map = i.createMap(i.containerRef.current!, i.initialView, {
      onHover: i.onHover,
      onSelect: (p) => i.dispatch({ type: 'update', patch: { place: p?.id ?? null } }),
      onViewChange: (view) => i.dispatch({ type: 'update', patch: { view }, push: false }),
      onDepartementClick: (code) => i.dispatch({ type: 'update', patch: { departement: code, place: null } }),
      onDepartementHover: i.onDepartementHover,
      onGapClick: i.onGapClick,
      onContextLost: () => i.dispatch({ type: 'context', lost: true }),
      onContextRestored: () => i.dispatch({ type: 'context', lost: false }),
      coveredRoom: i.padding,
    });
    mapRef.current = map;
    return () => {
      mapRef.current = null;
      map.destroy();
    };
  }, []);

  const originShown = useMemo(() => (i.origin ? { lon: i.origin.lon, lat: i.origin.lat, radiusKm: i.radiusKm } : null), [i.origin, i.radiusKm]);
  // Layout effects: the layers change in the same frame as the panels, not one frame later.
  useLayoutEffect(() => mapRef.current?.setPlaces(i.places, i.filters, originShown, i.markersShown), [i.places, i.filters, originShown, i.markersShown]);
  useEffect(() => mapRef.current?.setGaps(i.gaps), [i.gaps]);
  useLayoutEffect(() => mapRef.current?.setHighlights(i.hoveredId, i.selectedId), [i.hoveredId, i.selectedId]);
  useEffect(() => mapRef.current?.setDensityBackground(i.densityBackground), [i.densityBackground]);
  useEffect(() => mapRef.current?.setChoropleth(i.choropleth, i.departement), [i.choropleth, i.departement]);
  useEffect(() => mapRef.current?.resize(), [i.layoutKey]);

  // A newly chosen département comes into view, clear of the panels over the map.
  const shownDepartement = useRef<string | null>(null);
  useEffect(() => {
    if (!i.departement || !i.departementBbox || shownDepartement.current === i.departement) return;
    shownDepartement.current = i.departement;
    mapRef.current?.showBounds(i.departementBbox, i.padding());
  }, [i.departement, i.departementBbox]);

  // Printing (a council report): the map takes the page's width, and the chosen département is fitted again at once.
  const bboxRef = useRef(i.departementBbox);
  bboxRef.current = i.departement ? i.departementBbox : null;
  useEffect(() => {
    const print = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const refit = () => {
      mapRef.current?.resize();
      if (bboxRef.current) mapRef.current?.showBounds(bboxRef.current, i.padding(), true);
    };
    print?.addEventListener('change', refit);
    window.addEventListener('beforeprint', refit);
    window.addEventListener('afterprint', refit);
    return () => {
      print?.removeEventListener('change', refit);
      window.removeEventListener('beforeprint', refit);
      window.removeEventListener('afterprint', refit);
    };
  }, []);

  // A new origin: shown within its radius, or with its five nearest places.
  const fittedOrigin = useRef<Origin | null>(null);
  useEffect(() => {
    const o = i.origin;
    if (!o || fittedOrigin.current === o) return;
    if (i.radiusKm) {
      fittedOrigin.current = o;
      mapRef.current?.centreOn(o.lon, o.lat, i.radiusKm);
      return;
    }
    fittedOrigin.current = o;
    const points = [o, ...i.nearestPlaces.slice(0, 5)];
    const lons = points.map((p) => p.lon);
    const lats = points.map((p) => p.lat);
    mapRef.current?.showBounds([Math.min(...lons) - 0.02, Math.min(...lats) - 0.02, Math.max(...lons) + 0.02, Math.max(...lats) + 0.02], i.padding());
  }, [i.origin, i.nearestPlaces]);
  return mapRef;
}
