// Deployment configuration, read at build time: the default map is offline and needs none of it.
export interface AppConfig {
  /** An online basemap style URL (VITE_BASEMAP_STYLE); empty keeps the local, offline style. */
  basemapStyleUrl: string | undefined;
  /** Link to an external routing site, {lat} and {lon} replaced (VITE_DIRECTIONS_URL). A link only: nothing is fetched. */
  directionsUrl: string;
}

export const CONFIG: AppConfig = {
  basemapStyleUrl: import.meta.env.VITE_BASEMAP_STYLE || undefined,
  directionsUrl: import.meta.env.VITE_DIRECTIONS_URL || 'https://www.openstreetmap.org/directions?route=%3B{lat}%2C{lon}',
};

/** Absolute URL of the generated data, next to the page: works from any sub-path of any static host. */
export function dataUrl(): string {
  return new URL('data/', document.baseURI).href;
}
