// Deployment configuration, read at build time: the default map is offline and needs none of it.
import { PLAN_IGN_STYLE_URL } from '../domain/basemap.ts';

export interface AppConfig {
  /** The base map a visitor gets first (VITE_BASEMAP=offline|plan-ign; default offline); ?fond= overrides it. */
  basemapDefault: string | undefined;
  /** The online base map's style (VITE_BASEMAP_STYLE; default IGN's Plan IGN). */
  onlineStyleUrl: string;
  /** Link to an external routing site, {lat} and {lon} replaced (VITE_DIRECTIONS_URL). A link only: nothing is fetched. */
  directionsUrl: string;
}

export const CONFIG: AppConfig = {
  basemapDefault: import.meta.env.VITE_BASEMAP || undefined,
  onlineStyleUrl: import.meta.env.VITE_BASEMAP_STYLE || PLAN_IGN_STYLE_URL,
  directionsUrl: import.meta.env.VITE_DIRECTIONS_URL || 'https://www.openstreetmap.org/directions?route=%3B{lat}%2C{lon}',
};

/** Absolute URL of the generated data, next to the page: works from any sub-path of any static host. */
export function dataUrl(): string {
  return new URL('data/', document.baseURI).href;
}
