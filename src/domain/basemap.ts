// The base map choice: offline (our own tiles, the default) or IGN's Plan IGN online; ?fond= and VITE_BASEMAP.
export type BasemapId = 'offline' | 'plan-ign';

export const BASEMAPS: readonly { id: BasemapId; label: string }[] = [
  { id: 'plan-ign', label: 'Plan IGN' },
  { id: 'offline', label: 'Sans fond en ligne' },
];

/** IGN's vector Plan IGN style (Géoplateforme), the one the ANCT's national cartography uses. */
export const PLAN_IGN_STYLE_URL = 'https://data.geopf.fr/annexes/ressources/vectorTiles/styles/PLAN.IGN/standard.json';

export const PLAN_IGN_ATTRIBUTION = 'Fond de carte © IGN – Plan IGN';

/** The hosts the online option needs (style, tiles, sprite, glyphs), for a Content-Security-Policy. */
export const PLAN_IGN_HOSTS = ['https://data.geopf.fr'] as const;

export function parseBasemap(raw: string | null | undefined): BasemapId | null {
  return BASEMAPS.find((b) => b.id === raw)?.id ?? null;
}

/** The link's ?fond= wins over the build's default; an unknown value is ignored with a warning. */
export function initialBasemap(search: string, buildDefault: string | undefined): BasemapId {
  const raw = new URLSearchParams(search).get('fond');
  const chosen = parseBasemap(raw);
  if (raw !== null && !chosen && typeof console !== 'undefined') console.warn(`[carte] ignored fond=${raw}`);
  return chosen ?? parseBasemap(buildDefault) ?? 'offline';
}

/** The page's query string with the choice written only when it differs from the build's default. */
export function withBasemap(search: string, id: BasemapId, buildDefault: string | undefined): string {
  const q = new URLSearchParams(search);
  if (id === (parseBasemap(buildDefault) ?? 'offline')) q.delete('fond');
  else q.set('fond', id);
  const s = q.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  return s ? `?${s}` : '';
}
