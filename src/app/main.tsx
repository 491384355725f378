// Entry point: reads the URL, loads the data, mounts the page and wires the map adapter.
import { render } from 'preact';
import { App, type MapPort } from '../ui/App.tsx';
import { placeLayers, highlights } from '../map/layers.ts';
import { TERRITORIES } from '../domain/territories.ts';
import { CONFIG, dataUrl } from './config.ts';
import { loadDepartements, loadDetails, loadPlaces, loadSearchIndex } from './load.ts';
import { coverageService } from './coverage-client.ts';
import { parseState, serializeState } from './url-state.ts';
import { allowedOrigins, hostBridge, parseEmbed, type HostMessage } from './embed.ts';
import type { Place } from '../domain/place.ts';
import '../ui/dsfr.css';
import '../ui/styles.css';

const root = document.getElementById('app')!;
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

async function start() {
  const url = dataUrl();
  // The map module (MapLibre and deck.gl) is the heavy part: it loads in parallel with the data.
  const [{ places, meta }, { TiersLieuxMap }] = await Promise.all([loadPlaces(url), import('../map/tiers-lieux-map.ts')]);
  const byId = new Map(places.map((p) => [p.id, p]));
  const initial = parseState(location.search);
  const embed = parseEmbed(location.search);
  let applyHost: (m: HostMessage) => void = () => {};
  const notifyHost = hostBridge(allowedOrigins(import.meta.env.VITE_EMBED_ORIGINS), (m) => applyHost(m));
  // Preact keeps what the container holds: the loading message must go first.
  root.textContent = '';
  render(
    <App
      places={places}
      meta={meta}
      initial={initial}
      loadDetails={() => loadDetails(url)}
      loadDepartements={() => loadDepartements(url)}
      loadSearchIndex={() => loadSearchIndex(url)}
      directionsUrl={CONFIG.directionsUrl}
      geolocation={navigator.geolocation}
      embed={embed}
      notifyHost={notifyHost}
      subscribeHost={(apply) => (applyHost = apply)}
      coverage={coverageService(url)}
      createMap={(container, view, events) => {
        const map = new TiersLieuxMap({
          container, dataUrl: url, basemapStyleUrl: CONFIG.basemapStyleUrl, view, reducedMotion, ...events,
          // Embedded in another page, the wheel scrolls that page; Ctrl + wheel (two fingers) moves the map.
          cooperativeGestures: embed.embed,
          onError: (m) => console.error(m),
          onFirstIdle: () => {
            document.documentElement.setAttribute('data-map-idle-ms', String(performance.now()));
            document.documentElement.setAttribute('data-map-idle', '1');
          },
          onPlacesDrawn: () => document.documentElement.setAttribute('data-places-ready', '1'),
        });
        const port: MapPort = {
          setPlaces: (all, filters, hoveredId, selectedId, origin) => map.setLayers(placeLayers(all, filters), highlights(byId, hoveredId, selectedId), origin),
          centreOn: (lon, lat, radiusKm) => map.centreOn(lon, lat, radiusKm),
          focus: (p: Place) => map.focus(p),
          showTerritory: (id) => map.showTerritory(TERRITORIES.find((t) => t.id === id)!),
          setDensityBackground: (on) => map.setDensityBackground(on),
          setChoropleth: (colours, selected) => map.setChoropleth(colours, selected),
          showBounds: (bbox, roomForPanel) => map.showBounds(bbox, roomForPanel),
          resize: () => map.resize(),
        };
        // A read-only hook for the browser tests and for debugging in the console.
        (window as unknown as { __carte: unknown }).__carte = { map: map.map, project: (id: string) => map.project(byId.get(id)!) };
        return port;
      }}
      onStateChange={(state, push) => {
        const search = serializeState(state, location.search);
        if (search === location.search) return;
        history[push ? 'pushState' : 'replaceState'](null, '', `${location.pathname}${search}${location.hash}`);
      }}
      subscribeHistory={(apply) => window.addEventListener('popstate', () => apply(parseState(location.search)))}
    />,
    root,
  );
}

start().catch((error: Error) => {
  root.innerHTML = '';
  const p = document.createElement('p');
  p.className = 'fatal';
  p.setAttribute('role', 'alert');
  p.textContent = `La carte ne peut pas s’afficher : ${error.message}`;
  root.append(p);
});
