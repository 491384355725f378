// Keeps the names of the communes the view cuts through (view-names.ts) in a GeoJSON source of the offline map,
// worked out again each time the map comes to rest: nothing is done while the map moves. Loaded by the map with the
// first view zoomed in enough: none of it is in the first map's code.
import type { GeoJSONFeature, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { VIEW_NAMES_MIN_ZOOM, viewNamesLayer } from './style.ts';
import { VIEW_NAME_DEFAULTS, viewNames, type CommuneArea, type CommuneLabelPoint, type ViewNameOptions } from './view-names.ts';

const SOURCE = 'view-names';
/** The layer of the villages' own names: the view's names go just below it (placed after it). */
const BELOW = 'commune-label-local';
/** The layers of the communes' own names (style.ts, basemapLayers). */
const OWN_NAMES = ['commune-label', 'commune-label-local', 'prefecture-label', 'capital-label'];

function polygonsOf(f: GeoJSONFeature): number[][][][] {
  const g = f.geometry;
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

function nameAndPopulation(f: GeoJSONFeature): { nom: string; population: number } {
  return { nom: String(f.properties.nom ?? ''), population: Number(f.properties.population ?? 0) };
}

export class ViewNamesLayer {
  /** The view the names were worked out for: '' when none yet or when the style was replaced. */
  private drawnFor = '';

  constructor(private readonly map: MapLibreMap) {}

  /**
   * At rest: names the communes the view cuts through, on our own base map (`offline`) and zoomed in; else none.
   * `covered`: what the interface draws over the map (panels, the phone's sheet), kept clear as the controls are.
   */
  update(offline: boolean, covered?: ViewNameOptions['insetPx']) {
    const zoom = this.map.getZoom();
    const bounds = this.map.getBounds();
    const on = offline && zoom >= VIEW_NAMES_MIN_ZOOM && Boolean(this.map.getLayer(BELOW));
    const controls = VIEW_NAME_DEFAULTS.insetPx;
    const insetPx: ViewNameOptions['insetPx'] = covered
      ? { top: Math.max(controls.top, covered.top), right: Math.max(controls.right, covered.right), bottom: Math.max(controls.bottom, covered.bottom), left: Math.max(controls.left, covered.left) }
      : controls;
    const view = on ? `${zoom}/${bounds.toArray().flat().join(',')}/${Object.values(insetPx).join(',')}` : 'off';
    if (view === this.drawnFor) return;
    this.drawnFor = view;
    const start = performance.now();
    const names = on
      ? viewNames({
          areas: this.communeAreas(),
          labelPoints: this.communeLabelPoints(),
          drawn: this.drawnNames(),
          view: { west: bounds.getWest(), south: bounds.getSouth(), east: bounds.getEast(), north: bounds.getNorth(), zoom },
        }, { ...VIEW_NAME_DEFAULTS, insetPx })
      : [];
    const data: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: names.map(({ nom, population, lon, lat }) => ({ type: 'Feature', properties: { nom, population }, geometry: { type: 'Point', coordinates: [lon, lat] } })),
    };
    // Read by the bench (bench/basemap.ts): the work done the last time the map came to rest (one entry, not one a rest).
    if (on) {
      performance.clearMeasures('view-names');
      performance.measure('view-names', { start });
    }
    const source = this.map.getSource<GeoJSONSource>(SOURCE);
    if (source) return void source.setData(data);
    // Added with the first names to draw: the first map has no source or layer more to lay out.
    if (!names.length) return;
    this.map.addSource(SOURCE, { type: 'geojson', data });
    this.map.addLayer(viewNamesLayer(), BELOW);
  }

  /** The style was replaced: its source and layer are gone, the next rest draws them again. */
  reset() {
    this.drawnFor = '';
  }

  /** The communes of the tiles in view (a commune may come in several pieces: one per tile, one per former commune). */
  private communeAreas(): CommuneArea[] {
    return this.map.querySourceFeatures('communes', { sourceLayer: 'communes' }).map((f) => ({ ...nameAndPopulation(f), polygons: polygonsOf(f) }));
  }

  /** The communes' own names drawn now, wholly or in part (MapLibre draws a name whose point is just out of view). */
  private drawnNames(): { nom: string; population: number }[] {
    const layers = OWN_NAMES.filter((id) => this.map.getLayer(id));
    return layers.length ? this.map.queryRenderedFeatures({ layers }).map(nameAndPopulation) : [];
  }

  /** Where the base map puts each commune's own name. */
  private communeLabelPoints(): CommuneLabelPoint[] {
    const points: CommuneLabelPoint[] = [];
    for (const f of this.map.querySourceFeatures('base', { sourceLayer: 'labels', filter: ['==', ['get', 'kind'], 'commune'] })) {
      if (f.geometry.type !== 'Point') continue;
      const [lon, lat] = f.geometry.coordinates;
      points.push({ ...nameAndPopulation(f), lon: lon!, lat: lat! });
    }
    return points;
  }
}
