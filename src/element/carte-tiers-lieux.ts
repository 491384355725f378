// <carte-tiers-lieux>: the map as a custom element, built from the same code as the page, in a shadow root whose
// styles cannot leak into the host page nor the host page's into it. Attributes: networks, departement, theme
// (dsfr | neutral), filters (locked | hidden), panel (open), commune. Events: departement-selected, place-selected.
import { loadMapModule, mountApp } from '../app/mount.tsx';
import { parseEmbed, parseHostMessage } from '../app/embed.ts';
import { queuedChannel } from '../app/host-channel.ts';
import { adoptShadowStyles } from '../ui/theme.ts';
import { elementParams } from './attributes.ts';
import type { MapDebug } from '../map/debug.ts';

/** The data sits next to this script on the map's site (during development, next to the page). */
const DATA_URL = new URL('data/', import.meta.env.DEV ? document.baseURI : import.meta.url).href;

export class CarteTiersLieux extends HTMLElement {
  static observedAttributes = ['departement'];
  /** The hook tests and the bench drive the map with (src/map/debug.ts), as window.__carte on the page; null once removed. */
  debug: MapDebug | null = null;
  private started = false;
  /** Resolves to the function that unmounts the app; null while no app runs. */
  private mounted: Promise<() => void> | null = null;
  private channel = queuedChannel((event) => {
    this.dispatchEvent(new CustomEvent(event.type, { detail: event, bubbles: true, composed: true }));
  });

  connectedCallback() {
    // Moving the element in the page keeps its map (removed and added back in the same task).
    if (this.mounted) return;
    this.started = true;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    shadow.replaceChildren();
    const root = document.createElement('div');
    root.className = 'element-root';
    root.setAttribute('lang', 'fr');
    root.textContent = 'Chargement de la carte…';
    shadow.append(root);
    const params = elementParams((name) => this.getAttribute(name));
    const embed = parseEmbed(params);
    // The map module downloads while the styles load.
    void loadMapModule();
    // A mount that was removed before it finished must not flag or expose itself on the element added back.
    const mounted: Promise<() => void> = adoptShadowStyles(embed.theme, shadow)
      .catch((error: Error) => console.error('[carte] styles:', error.message))
      .then(() =>
        mountApp({
          root, params, embed, dataUrl: DATA_URL, urlState: false, host: this.channel,
          flags: { setAttribute: (name, value) => this.mounted === mounted && this.setAttribute(name, value) },
          exposeDebug: (hook) => {
            if (this.mounted === mounted) this.debug = hook;
          },
        }),
      );
    this.mounted = mounted;
  }

  /** A host page that removes the element gets its WebGL contexts, worker and listeners back. */
  disconnectedCallback() {
    queueMicrotask(() => {
      if (this.isConnected || !this.mounted) return;
      const mounted = this.mounted;
      this.mounted = null;
      this.debug = null;
      for (const flag of ['data-map-idle', 'data-map-idle-ms', 'data-places-ready']) this.removeAttribute(flag);
      void mounted.then((unmount) => unmount());
    });
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null) {
    if (!this.started || previous === value || name !== 'departement' || !value) return;
    const m = parseHostMessage({ type: 'select-departement', code: value.trim().toUpperCase() });
    if (m) this.channel.receive(m);
    else console.warn(`[carte] ignored departement="${value}"`);
  }
}

if (!customElements.get('carte-tiers-lieux')) customElements.define('carte-tiers-lieux', CarteTiersLieux);
