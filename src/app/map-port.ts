// What the application needs from the map, and what the map tells it: the real one wraps MapLibre and deck.gl
// (src/map/tiers-lieux-map.ts, adapted in mount.tsx).
import type { Filters } from '../domain/filters.ts';
import type { GapPoint } from '../domain/gaps.ts';
export type { GapPoint };
import type { Place } from '../domain/place.ts';
import type { View } from './url-state.ts';

export interface OriginShown {
  lon: number;
  lat: number;
  radiusKm: number | null;
}

/** Room kept free at each side of the map when fitting a box (panels drawn over the map), in CSS pixels. */
export interface PaddingPx {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface MapPort {
  centreOn(lon: number, lat: number, radiusKm: number | null): void;
  setChoropleth(colours: Record<string, string> | null, selected: string | null): void;
  /** `instant`: no animation (printing: the page is laid out at once). */
  showBounds(bbox: [number, number, number, number], padding: PaddingPx, instant?: boolean): void;
  /** Called again only when places, filters, origin or `shown` change (hovering does not come here). `shown` false: no
   * marker at all (the choropleth alone), the origin still drawn. */
  setPlaces(places: readonly Place[], filters: Filters, origin: OriginShown | null, shown: boolean): void;
  /** The gap communes of the chosen département, numbered in this order; empty for none. */
  setGaps(gaps: readonly GapPoint[]): void;
  setHighlights(hoveredId: string | null, selectedId: string | null): void;
  /** Zooms in on a place and centres it in the room the panels leave free. */
  focus(place: Place, padding: PaddingPx): void;
  /** Pans, at the same zoom, only when the place is under a panel or off the map: a selected marker stays in sight. */
  reveal(place: Place, padding: PaddingPx): void;
  showTerritory(id: string): void;
  setDensityBackground(on: boolean): void;
  resize(): void;
  destroy(): void;
}

export interface MapEvents {
  onContextLost: () => void;
  onContextRestored: () => void;
  onHover: (p: Place | null, x: number, y: number) => void;
  onSelect: (p: Place | null) => void;
  onViewChange: (v: View) => void;
  onDepartementClick: (code: string) => void;
  onDepartementHover: (d: { code: string; name: string } | null, x: number, y: number) => void;
  onGapClick: (gap: GapPoint) => void;
  /** What the interface covers of the map now (shortcuts, panels, the phone's sheet): the map names no commune there. */
  coveredRoom: () => PaddingPx;
}
