// The iframe snippet a host site pastes: built from choices, every value escaped for HTML.
import { NETWORK_IDS, type NetworkId } from '../domain/networks.ts';

export interface SnippetOptions {
  networks: NetworkId[];
  departement: string | null;
  filtersLocked: boolean;
  panelOpen: boolean;
  widthPx: number;
  heightPx: number;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function embedUrl(base: string, o: SnippetOptions): string {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  url.searchParams.set('embed', '1');
  if (o.networks.length !== NETWORK_IDS.length) url.searchParams.set('reseaux', o.networks.join(','));
  if (o.departement) url.searchParams.set('departement', o.departement);
  if (o.filtersLocked) url.searchParams.set('verrou', '1');
  if (o.panelOpen) url.searchParams.set('panneau', '1');
  return url.href.replace(/%2C/g, ',');
}

export function buildSnippet(base: string, o: SnippetOptions): string {
  const width = Math.max(300, Math.round(o.widthPx));
  const height = Math.max(300, Math.round(o.heightPx));
  return `<iframe src="${escapeAttribute(embedUrl(base, o))}" title="Carte des tiers-lieux labellisés" width="${width}" height="${height}" loading="lazy" allow="geolocation" style="border:0;max-width:100%"></iframe>`;
}
