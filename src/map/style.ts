// The local MapLibre style: sea, land and outlines from our own vector tiles, labels in local fonts.
// No glyphs URL: MapLibre then draws labels with the browser's fonts, so the map works offline.
import type { ExpressionSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { DENSITY_CLASSES } from '../domain/density.ts';
import { DENSITY_COLOURS } from '../domain/palette.ts';
import { tileUrlTemplate } from './tile-requests.ts';


export interface StyleOptions {
  /** Absolute URL of the generated data folder, ending with "/". */
  dataUrl: string;
  densityBackground: boolean;
}

const SEA = '#d4e4ef';
const LAND = '#fbfbf9';
/** Land that is not France: darker than France, lighter than the sea. */
const NEIGHBOURS = '#e4e1da';

const CONTOURS_ATTRIBUTION = 'Contours © ANCT, IGN Admin Express · Lieux © ANCT';

/** Our tile set of départements, land, régions and names; département features are keyed by their code (choropleth). */
export function baseSource(dataUrl: string, attribution: string): SourceSpecification {
  return { type: 'vector', tiles: [tileUrlTemplate(dataUrl, 'base')], minzoom: 0, maxzoom: 10, promoteId: { departements: 'code' }, attribution };
}

/** The attribution of our own layers drawn over an online base map (its names and land are not ours then). */
export function overlayAttribution(basemapAttribution: string): string {
  return `${basemapAttribution} · ${CONTOURS_ATTRIBUTION}`;
}

export function localStyle({ dataUrl, densityBackground }: StyleOptions): StyleSpecification {
  return {
    version: 8,
    name: 'Tiers-lieux (local)',
    sources: {
      // Départements and the offline base map in one tile set (tiles/base): one request per tile.
      base: baseSource(dataUrl, `${CONTOURS_ATTRIBUTION} · Noms et populations : Insee (COG) · Terres voisines : Natural Earth`),
      communes: {
        type: 'vector',
        tiles: [tileUrlTemplate(dataUrl, 'communes')],
        minzoom: 6,
        maxzoom: 10,
        promoteId: 'code',
      },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
      { id: 'neighbours', type: 'fill', source: 'base', 'source-layer': 'land', paint: { 'fill-color': NEIGHBOURS } },
      { id: 'land', type: 'fill', source: 'base', 'source-layer': 'departements', filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': LAND } },
      ...overlayLayers(densityBackground),
      ...basemapLayers(),
    ],
  };
}

/** The gap communes of the chosen département (setGaps), numbered as in the panel's list; above the base map's names.
 * Not in the style at first: added with the first gaps to draw (an empty GeoJSON source still costs the worker and
 * a few frames at the first map). */
export const GAP_COLOUR = '#ce0500';

export function gapLayers(): StyleSpecification['layers'] {
  return [
    {
      id: 'gap-communes',
      type: 'circle',
      source: 'gaps',
      paint: { 'circle-radius': 10, 'circle-color': '#ffffff', 'circle-opacity': 0.9, 'circle-stroke-color': GAP_COLOUR, 'circle-stroke-width': 3 },
    },
    {
      id: 'gap-numbers',
      type: 'symbol',
      source: 'gaps',
      layout: { 'text-field': ['to-string', ['get', 'rank']], 'text-font': ['sans-serif'], 'text-size': 12, 'text-allow-overlap': true, 'text-ignore-placement': true },
      paint: { 'text-color': GAP_COLOUR },
    },
  ];
}

/** Layers drawn on top of any basemap (the local one or an online style). */
export function overlayLayers(densityBackground: boolean): StyleSpecification['layers'] {
  return [
    {
      // Coloured by setChoropleth; transparent until then.
      id: 'departement-choropleth',
      type: 'fill',
      source: 'base',
      'source-layer': 'departements',
      filter: ['==', ['geometry-type'], 'Polygon'],
      layout: { visibility: 'none' },
      paint: { 'fill-color': '#000000', 'fill-opacity': 0.8 },
    },
    {
      id: 'commune-density',
      type: 'fill',
      source: 'communes',
      'source-layer': 'communes',
      minzoom: 6,
      layout: { visibility: densityBackground ? 'visible' : 'none' },
      paint: {
        'fill-color': ['match', ['get', 'densite'], ...DENSITY_CLASSES.flatMap((d, i) => [d.id, DENSITY_COLOURS[i]!]), '#cccccc'] as unknown as ExpressionSpecification,
        'fill-opacity': 0.45,
      },
    },
    {
      id: 'commune-line',
      type: 'line',
      source: 'communes',
      'source-layer': 'communes',
      minzoom: 8,
      paint: { 'line-color': '#b9bec6', 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.3, 12, 1] },
    },
    {
      id: 'departement-selected',
      type: 'line',
      source: 'base',
      'source-layer': 'departements',
      filter: ['==', ['get', 'code'], ''],
      paint: { 'line-color': '#000091', 'line-width': 3.5 },
    },
    {
      id: 'departement-line',
      type: 'line',
      source: 'base',
      'source-layer': 'departements',
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'line-color': '#7d838e', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 10, 1.6] },
    },
    {
      id: 'departement-label',
      type: 'symbol',
      source: 'base',
      'source-layer': 'departements',
      filter: ['==', ['get', 'label'], 1],
      minzoom: 6,
      // From the commune scale on, town names take over.
      maxzoom: 9,
      layout: {
        'text-field': ['get', 'nom'],
        'text-font': ['sans-serif'],
        'text-size': ['interpolate', ['linear'], ['zoom'], 6, 12, 9, 15],
        'text-max-width': 8,
      },
      paint: { 'text-color': '#5b6170', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  ];
}

const NAME_TEXT = { 'text-color': '#1f2933', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6, 'text-halo-blur': 0.4 };
/** Villages' names, from zoom 11. */
const SMALL_NAME_LAYOUT = { 'text-field': ['get', 'nom'] as ExpressionSpecification, 'text-font': ['sans-serif'], 'text-size': 11.5, 'text-max-width': 7, 'text-padding': 3 };
const SMALL_NAME_PAINT = { ...NAME_TEXT, 'text-color': '#374151' };

/** The names of the communes the view cuts through are drawn from this zoom: below, a commune is small on screen and
 * the name at its centre is enough. */
export const VIEW_NAMES_MIN_ZOOM = 11.5;

/**
 * The names of the communes the view cuts through (view-names.ts), in the middle of their visible part: as a
 * village's name, placed after every other name (below them in the style) so that a commune's own label wins.
 */
export function viewNamesLayer(): LayerSpecification {
  return {
    id: 'commune-label-view',
    type: 'symbol',
    source: 'view-names',
    layout: { ...SMALL_NAME_LAYOUT, 'symbol-sort-key': ['*', -1, ['get', 'population']] },
    paint: SMALL_NAME_PAINT,
  };
}

/**
 * The offline base map's outlines and names (tiles/base): région outlines over the département ones, commune
 * names chosen per zoom by the build (a tile of zoom z holds the names drawn from z on), larger towns first when
 * names collide, préfectures marked with a dot, région names at the national view. Text in the browser's fonts.
 */
export function basemapLayers(): StyleSpecification['layers'] {
  const labels = { source: 'base', 'source-layer': 'labels' } as const;
  const commune = ['==', ['get', 'kind'], 'commune'] as ExpressionSpecification;
  // Lower keys are placed first: préfectures, then by population.
  const priority = ['*', -1, ['+', ['get', 'population'], ['*', ['get', 'prefecture'], 10_000_000]]] as ExpressionSpecification;
  const size = ['step', ['get', 'population'], 11.5, 5_000, 12, 20_000, 13, 100_000, 14, 400_000, 15.5] as ExpressionSpecification;
  const text = NAME_TEXT;
  // Names beside the commune's centre rather than on it: a place drawn there (often at the centroid) hides no name,
  // and a name that collides on one side may fit on another.
  const beside = { 'text-variable-anchor': ['top', 'bottom', 'right', 'left'] as ('top' | 'bottom' | 'right' | 'left')[], 'text-radial-offset': 0.7 };
  /** A préfecture (rank 1) or a région's capital (rank 2): a larger name beside its dot. */
  const townLabel = (id: string, rank: 1 | 2): LayerSpecification => ({
    id,
    type: 'symbol',
    ...labels,
    filter: ['all', commune, ['==', ['get', 'prefecture'], rank]],
    layout: {
      'text-field': ['get', 'nom'],
      'text-font': ['sans-serif'],
      'text-size': ['+', size, 1],
      'text-max-width': 7,
      'symbol-sort-key': priority,
      // Beside its dot from the département scale; centred on the town at the national view.
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      'text-radial-offset': ['interpolate', ['linear'], ['zoom'], 5.9, 0, 6, 0.6],
      'text-padding': 3,
    },
    paint: { ...text, 'text-color': '#111827', 'text-halo-width': 1.8 },
  });
  return [
    {
      id: 'region-line',
      type: 'line',
      source: 'base',
      'source-layer': 'regions',
      paint: { 'line-color': '#4b5160', 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.9, 6, 1.6, 10, 3] },
    },
    {
      id: 'commune-label-local',
      type: 'symbol',
      ...labels,
      minzoom: 11,
      filter: ['all', commune, ['==', ['get', 'prefecture'], 0], ['>', ['get', 'minzoom'], 10]],
      layout: { ...SMALL_NAME_LAYOUT, 'symbol-sort-key': priority, ...beside },
      paint: SMALL_NAME_PAINT,
    },
    {
      id: 'commune-label',
      type: 'symbol',
      ...labels,
      filter: ['all', commune, ['==', ['get', 'prefecture'], 0], ['<=', ['get', 'minzoom'], 10]],
      layout: { 'text-field': ['get', 'nom'], 'text-font': ['sans-serif'], 'text-size': size, 'text-max-width': 7, 'symbol-sort-key': priority, 'text-padding': 3, ...beside },
      paint: text,
    },
    {
      id: 'prefecture-dot',
      type: 'circle',
      ...labels,
      minzoom: 6,
      filter: ['all', commune, ['>', ['get', 'prefecture'], 0]],
      paint: { 'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 2.5, 12, 4], 'circle-color': '#ffffff', 'circle-stroke-color': '#1f2933', 'circle-stroke-width': 1.4 },
    },
    townLabel('prefecture-label', 1),
    {
      // Placed after the régions' capitals, before the other towns.
      id: 'region-label',
      type: 'symbol',
      ...labels,
      minzoom: 3,
      maxzoom: 6.5,
      filter: ['==', ['get', 'kind'], 'region'],
      layout: {
        'text-field': ['get', 'nom'],
        'text-font': ['sans-serif'],
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10.5, 6, 13],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'text-max-width': 8,
        'text-padding': 2,
      },
      paint: { 'text-color': '#5b6170', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
    },
    townLabel('capital-label', 2),
  ];
}
