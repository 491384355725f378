// The code a host site pastes: an iframe (with, optionally, the few lines that size it), or the custom element.
// Every value is escaped for HTML.
import { NETWORK_IDS, NETWORKS, type NetworkId } from '../domain/networks.ts';
import { partialListText, type PlacesMeta } from '../domain/places-file.ts';
import { MESSAGE_SOURCE, type Theme } from './embed.ts';

export interface SnippetOptions {
  networks: NetworkId[];
  departement: string | null;
  filtersLocked: boolean;
  panelOpen: boolean;
  theme: Theme;
  /** Adds the host-side script that sizes the iframe to its content. */
  autoHeight: boolean;
  widthPx: number;
  heightPx: number;
}

/** A network as the builder offers it: networks without places in this build are flagged and not ticked at first. */
export interface NetworkChoice {
  id: NetworkId;
  label: string;
  /** The build has places of this network. */
  available: boolean;
  /** « données non disponibles », or the partial list's « 155 lieux recensés sur environ 500 (liste partielle) ». */
  note: string | null;
}

/** The networks the builder offers, from the build's places.json (null when it could not be read: all offered, unflagged). */
export function networkChoices(meta: Pick<PlacesMeta, 'networks'> | null): NetworkChoice[] {
  return NETWORKS.map((n) => {
    const status = meta?.networks.find((s) => s.id === n.id);
    const available = !meta || Boolean(status?.present && status.count > 0);
    return { id: n.id, label: n.label, available, note: available ? partialListText(status) : 'données non disponibles' };
  });
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
  if (o.theme !== 'dsfr') url.searchParams.set('theme', o.theme);
  return url.href.replace(/%2C/g, ',');
}

/**
 * The host page's side of automatic height: answers the map's "ready" with "auto-height", then applies the heights
 * it reports. Only messages from one of these iframes, from the iframe's own origin, are used. Plain ES5, no library.
 * Works on any site: the map answers any parent's request for heights, and only those (src/app/host-channel.ts).
 */
export const HOST_SCRIPT = `<script>
/* Carte des tiers-lieux : la hauteur du cadre suit son contenu. */
addEventListener('message', function (e) {
  var d = e.data, frames = document.querySelectorAll('iframe[data-carte-tiers-lieux]');
  if (!d || d.source !== '${MESSAGE_SOURCE}') return;
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow !== e.source || new URL(frames[i].src).origin !== e.origin) continue;
    if (d.type === 'ready') e.source.postMessage({ type: 'auto-height' }, e.origin);
    if (d.type === 'height' && d.heightPx > 0) frames[i].style.height = Math.min(d.heightPx, 20000) + 'px';
  }
});
</script>`;

export function buildSnippet(base: string, o: SnippetOptions): string {
  const width = Math.max(300, Math.round(o.widthPx));
  const height = Math.max(300, Math.round(o.heightPx));
  const iframe =
    `<iframe src="${escapeAttribute(embedUrl(base, o))}" title="Carte des tiers-lieux labellisés" width="${width}" height="${height}"` +
    ` loading="lazy" allow="geolocation; fullscreen" allowfullscreen style="border:0;width:100%;max-width:${width}px" data-carte-tiers-lieux></iframe>`;
  return o.autoHeight ? `${iframe}\n${HOST_SCRIPT}` : iframe;
}

/**
 * What the element shows until its script runs, and instead of the map when the script cannot run at all: a module
 * script from another site needs CORS, and without it no code of ours runs to say so. A defined element puts its
 * shadow root over this text (no slot), so it is seen only while loading or when loading failed.
 */
export function elementFallback(scriptUrl: string, o: Pick<SnippetOptions, 'departement' | 'theme'>): string {
  const page = new URL('./', scriptUrl);
  if (o.departement) page.searchParams.set('departement', o.departement);
  if (o.theme !== 'dsfr') page.searchParams.set('theme', o.theme);
  return (
    '<p>Chargement de la carte des tiers-lieux… Si ce texte reste affiché, la carte n’a pas pu se charger depuis ce site : ' +
    `le serveur de la carte doit autoriser ce site (CORS). <a href="${escapeAttribute(page.href)}">Ouvrir la carte sur son site</a>.</p>`
  );
}

/** The custom element: one script from the map's site, then the element wherever the map goes. */
export function buildElementSnippet(scriptUrl: string, o: SnippetOptions): string {
  const attributes: [string, string][] = [];
  if (o.networks.length !== NETWORK_IDS.length) attributes.push(['networks', o.networks.join(',')]);
  if (o.departement) attributes.push(['departement', o.departement]);
  if (o.theme !== 'dsfr') attributes.push(['theme', o.theme]);
  if (o.filtersLocked) attributes.push(['filters', 'locked']);
  if (o.panelOpen) attributes.push(['panel', 'open']);
  const height = Math.max(300, Math.round(o.heightPx));
  const attrs = attributes.map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('');
  return (
    `<script type="module" src="${escapeAttribute(scriptUrl)}"></script>\n` +
    `<carte-tiers-lieux${attrs} style="height:${height}px">\n  ${elementFallback(scriptUrl, o)}\n</carte-tiers-lieux>`
  );
}
