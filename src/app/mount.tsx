// Mounts the map application in an element: shared by the page (main.tsx) and the custom element.
import { render } from 'preact';
import { AppController } from './AppController.tsx';
import type { MapPort } from './map-port.ts';
import { memoizedPlaceLayers, highlights } from '../map/layers.ts';
import { TERRITORIES } from '../domain/territories.ts';
import { CONFIG } from './config.ts';
import { loadDepartements, loadDetails, loadPlaces, loadSearchIndex, startFailureMessage } from './load.ts';
import { coverageService } from './coverage-client.ts';
import { parseState, serializeState } from './url-state.ts';
import { LinkNotice } from '../ui/LinkNotice.tsx';
import type { EmbedConfig, HostMessage } from './embed.ts';
import type { HostChannel } from './host-channel.ts';
import type { Place } from '../domain/place.ts';
import type { MapDebug } from '../map/debug.ts';
import { initialBasemap, withBasemap } from '../domain/basemap.ts';
import { basemapStore } from './basemap-store.ts';
import { BasemapControl, BasemapNotice } from '../ui/BasemapControl.tsx';

export interface MountOptions {
  /** Preact renders here; the loading message it holds is replaced. */
  root: HTMLElement;
  /** The display parameters: the page's query string, or the element's attributes written as one. */
  params: string;
  embed: EmbedConfig;
  /** Absolute URL of the generated data folder, ending with "/". */
  dataUrl: string;
  /** The page keeps its state in its URL (links, back and forward); an element leaves the host page's URL alone. */
  urlState: boolean;
  /** Receives data-map-idle and data-places-ready (for tests and for host pages that wait for the map). */
  flags: Pick<HTMLElement, 'setAttribute'>;
  host: HostChannel;
  /** Called when the host page asks for automatic height, with the layout element. */
  onAutoHeight?: (layout: HTMLElement) => void;
  /** The typed hook (src/map/debug.ts) the browser tests and the bench drive the map with; handy in the console too. */
  exposeDebug?: (hook: MapDebug) => void;
}

/** The map module (MapLibre): the heavy part. Callers ask for it before the styles, so that both download at once. */
export const loadMapModule = () => import('../map/tiers-lieux-map.ts');

/** Mounts the app; the promise gives the function that unmounts it and frees its map, worker and listeners. */
export async function mountApp(o: MountOptions): Promise<() => void> {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const { embed } = o;
  try {
    // The map module loads in parallel with the data (and with the styles, when the caller asked for it first).
    const [{ places, meta }, { TiersLieuxMap }] = await Promise.all([loadPlaces(o.dataUrl), loadMapModule()]);
    const byId = new Map(places.map((p) => [p.id, p]));
    const ignoredParams: string[] = [];
    const initial = parseState(o.params, ignoredParams);
    const coverage = coverageService(o.dataUrl);
    let setBasemap: ((id: 'offline' | 'plan-ign') => void) | null = null;
    const basemap = basemapStore(initialBasemap(o.params, CONFIG.basemapDefault), (id) => {
      setBasemap?.(id);
      if (o.urlState) history.replaceState(history.state, '', `${location.pathname}${withBasemap(location.search, id, CONFIG.basemapDefault)}${location.hash}`);
    });
    // Preact keeps what the container holds: the loading message must go first.
    o.root.textContent = '';
    render(
      <AppController
        places={places}
        meta={meta}
        initial={initial}
        loadDetails={(place) => loadDetails(o.dataUrl, place)}
        loadDepartements={() => loadDepartements(o.dataUrl)}
        loadSearchIndex={() => loadSearchIndex(o.dataUrl)}
        directionsUrl={CONFIG.directionsUrl}
        geolocation={navigator.geolocation}
        embed={embed}
        initialWidthPx={o.root.clientWidth}
        siteUrl={new URL('../', o.dataUrl).href}
        notifyHost={o.host.notify}
        subscribeHost={(apply) =>
          o.host.subscribe((m: HostMessage) => {
            if (m.type !== 'auto-height') return apply(m);
            const layout = o.root.querySelector<HTMLElement>('.layout');
            if (layout) o.onAutoHeight?.(layout);
          })
        }
        coverage={coverage}
        basemapControl={<BasemapControl store={basemap} />}
        mapNotice={
          <>
            <BasemapNotice store={basemap} />
            <LinkNotice ignored={ignoredParams} />
          </>
        }
        createMap={(container, view, events) => {
          const map = new TiersLieuxMap({
            container, dataUrl: o.dataUrl, view, reducedMotion, ...events,
            basemap: basemap.get().active, onlineStyleUrl: CONFIG.onlineStyleUrl, onBasemapFallback: (reason) => basemap.fellBack(reason),
            // Embedded in another page, the wheel scrolls that page; Ctrl + wheel (two fingers) moves the map.
            cooperativeGestures: embed.embed,
            onError: (m) => console.error(m),
            onFirstIdle: () => {
              o.flags.setAttribute('data-map-idle-ms', String(performance.now()));
              o.flags.setAttribute('data-map-idle', '1');
            },
            onPlacesDrawn: () => o.flags.setAttribute('data-places-ready', '1'),
          });
          const layersOf = memoizedPlaceLayers();
          // Hidden markers (« Lieux sur la carte » unticked): the same layers, not drawn; kept while the layers are the same.
          let hidden: { from: ReturnType<typeof layersOf>; layers: ReturnType<typeof layersOf> } | null = null;
          const hiddenOf = (layers: ReturnType<typeof layersOf>) => {
            if (hidden?.from !== layers) hidden = { from: layers, layers: layers.map((l) => ({ ...l, visible: false })) };
            return hidden.layers;
          };
          setBasemap = (id) => map.setBasemap(id);
          const port: MapPort = {
            setPlaces: (all, filters, origin, shown) => map.setLayers(shown ? layersOf(all, filters) : hiddenOf(layersOf(all, filters)), origin),
            setGaps: (gaps) => map.setGaps(gaps),
            setHighlights: (hoveredId, selectedId) => map.setHighlights(highlights(byId, hoveredId, selectedId)),
            centreOn: (lon, lat, radiusKm) => map.centreOn(lon, lat, radiusKm),
            focus: (p: Place, padding) => map.focus(p, padding),
            reveal: (p: Place, padding) => map.reveal(p, padding),
            showTerritory: (id) => map.showTerritory(TERRITORIES.find((t) => t.id === id)!),
            setDensityBackground: (on) => map.setDensityBackground(on),
            setChoropleth: (colours, selected) => map.setChoropleth(colours, selected),
            showBounds: (bbox, padding, instant) => map.showBounds(bbox, padding, instant),
            resize: () => map.resize(),
            destroy: () => map.destroy(),
          };
          o.exposeDebug?.(map.debugHook(byId));
          return port;
        }}
        onStateChange={(state, push) => {
          if (!o.urlState) return;
          const search = serializeState(state, location.search);
          if (search === location.search) return;
          history[push ? 'pushState' : 'replaceState'](null, '', `${location.pathname}${search}${location.hash}`);
        }}
        subscribeHistory={(apply) => {
          if (!o.urlState) return () => {};
          const listener = () => apply(parseState(location.search));
          window.addEventListener('popstate', listener);
          return () => window.removeEventListener('popstate', listener);
        }}
      />,
      o.root,
    );
    return () => {
      render(null, o.root);
      coverage.dispose();
    };
  } catch (error) {
    console.error('[carte]', (error as Error).message);
    o.root.textContent = '';
    const p = document.createElement('p');
    p.className = 'fatal';
    p.setAttribute('role', 'alert');
    p.textContent = startFailureMessage(error, new URL(o.dataUrl).origin !== location.origin);
    o.root.append(p);
    return () => {};
  }
}
