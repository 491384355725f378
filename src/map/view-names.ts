// Names for the communes the view cuts through. From about zoom 12 a commune is wider than a phone's screen: its
// name, drawn at its centre, is then often off screen, and the commune around the user's place has no name. Such a
// commune, when it fills a good part of the view, is named in the middle of its visible part (its pole of
// inaccessibility within the view), worked out again whenever the map comes to rest.
import { clipPolygon } from 'lineclip';
import polylabel from 'polylabel';
import { mercatorDegrees, mercatorPosition } from '../domain/web-mercator.ts';

/** What the map shows: degrees, at a zoom (512-pixel tiles, north up, no tilt). */
export interface MapView {
  west: number;
  south: number;
  east: number;
  north: number;
  zoom: number;
}

/** A commune (or a part of it: a tile's piece, a former commune) with its rings in degrees, holes after the outer ring. */
export interface CommuneArea {
  nom: string;
  population: number;
  polygons: number[][][][];
}

/** A commune's own name label (at its centre, in the base map's tiles). */
export interface CommuneLabelPoint {
  nom: string;
  population: number;
  lon: number;
  lat: number;
}

export interface ViewName {
  nom: string;
  population: number;
  lon: number;
  lat: number;
}

export interface ViewNameOptions {
  /** What the map's controls cover along each edge of the view: a name keeps clear of it. */
  insetPx: { top: number; right: number; bottom: number; left: number };
  /** The visible part must hold a circle this wide around the name, or the commune is not named. */
  minRadiusPx: number;
}

/** Insets: the territory menu at the top, zoom buttons on the right, the scale bar and sources at the bottom. */
export const VIEW_NAME_DEFAULTS: ViewNameOptions = { insetPx: { top: 48, right: 44, bottom: 40, left: 12 }, minRadiusPx: 36 };

/** Names are matched by name and population: two communes of one view never share both. */
function communeKey(c: { nom: string; population: number }): string {
  return `${c.nom}|${c.population}`;
}

/** Web Mercator pixels at a zoom, from the top left corner of the world. */
function toPixels([lon, lat]: number[], size: number): [number, number] {
  return mercatorPosition(lon ?? 0, lat ?? 0, size);
}

export interface ViewNameInputs {
  /** The communes of the tiles in view, in as many pieces as they come. */
  areas: Iterable<CommuneArea>;
  /** Where the base map puts each commune's own name: a commune whose point is in view is named there. */
  labelPoints: Iterable<CommuneLabelPoint>;
  /** The communes whose own name is drawn now, if only in part (its point just out of view). */
  drawn: Iterable<{ nom: string; population: number }>;
  view: MapView;
}

/**
 * The communes to name in the middle of their visible part: those whose own name is neither in view nor drawn
 * but which fill enough of the view (`minRadiusPx`), largest town first. A commune in several pieces is named once,
 * in its largest one.
 */
export function viewNames({ areas, labelPoints, drawn, view }: ViewNameInputs, options: ViewNameOptions = VIEW_NAME_DEFAULTS): ViewName[] {
  const size = 512 * 2 ** view.zoom;
  const [left, top] = toPixels([view.west, view.north], size);
  const [right, bottom] = toPixels([view.east, view.south], size);
  const named = new Set<string>([...drawn].map(communeKey));
  for (const p of labelPoints) {
    const [x, y] = toPixels([p.lon, p.lat], size);
    if (x >= left && x <= right && y >= top && y <= bottom) named.add(communeKey(p));
  }
  const inset = options.insetPx;
  const box = [left + inset.left, top + inset.top, right - inset.right, bottom - inset.bottom];
  if (box[0]! >= box[2]! || box[1]! >= box[3]!) return [];
  const best = new Map<string, { name: ViewName; radius: number }>();
  for (const area of areas) {
    const key = communeKey(area);
    if (named.has(key)) continue;
    for (const polygon of area.polygons) {
      const outer = clipPolygon(polygon[0]!.map((p) => toPixels(p, size)), box);
      if (outer.length < 3) continue;
      const holes = polygon.slice(1).map((ring) => clipPolygon(ring.map((p) => toPixels(p, size)), box)).filter((ring) => ring.length >= 3);
      const centre = polylabel([outer, ...holes], 1);
      if (centre.distance < options.minRadiusPx || (best.get(key)?.radius ?? 0) >= centre.distance) continue;
      const [lon, lat] = mercatorDegrees(centre[0], centre[1], size);
      best.set(key, { name: { nom: area.nom, population: area.population, lon, lat }, radius: centre.distance });
    }
  }
  return [...best.values()].map((b) => b.name).sort((a, b) => b.population - a.population);
}
