// The local MapLibre style: sea, land and outlines from our own vector tiles, labels in local fonts.
// No glyphs URL: MapLibre then draws labels with the browser's fonts, so the map works offline.
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { DENSITY_CLASSES } from '../domain/density.ts';
import { DENSITY_COLOURS } from './palette.ts';
import { tileUrlTemplate } from './tile-protocol.ts';


export interface StyleOptions {
  /** Absolute URL of the generated data folder, ending with "/". */
  dataUrl: string;
  densityBackground: boolean;
}

const SEA = '#d4e4ef';
const LAND = '#fbfbf9';

export function localStyle({ dataUrl, densityBackground }: StyleOptions): StyleSpecification {
  return {
    version: 8,
    name: 'Tiers-lieux (local)',
    sources: {
      departements: {
        type: 'vector',
        tiles: [tileUrlTemplate(dataUrl, 'departements')],
        minzoom: 0,
        maxzoom: 8,
        promoteId: 'code',
        attribution: 'Contours © ANCT, IGN Admin Express · Lieux © ANCT',
      },
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
      { id: 'land', type: 'fill', source: 'departements', 'source-layer': 'departements', filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': LAND } },
      ...overlayLayers(densityBackground),
    ],
  };
}

/** Layers drawn on top of any basemap (the local one or an online style). */
export function overlayLayers(densityBackground: boolean): StyleSpecification['layers'] {
  return [
    {
      // Coloured by setChoropleth; transparent until then.
      id: 'departement-choropleth',
      type: 'fill',
      source: 'departements',
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
      source: 'departements',
      'source-layer': 'departements',
      filter: ['==', ['get', 'code'], ''],
      paint: { 'line-color': '#000091', 'line-width': 3.5 },
    },
    {
      id: 'departement-line',
      type: 'line',
      source: 'departements',
      'source-layer': 'departements',
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'line-color': '#6b7280', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 10, 2] },
    },
    {
      id: 'departement-label',
      type: 'symbol',
      source: 'departements',
      'source-layer': 'departements',
      filter: ['==', ['get', 'label'], 1],
      minzoom: 5.5,
      layout: {
        'text-field': ['get', 'nom'],
        'text-font': ['sans-serif'],
        'text-size': ['interpolate', ['linear'], ['zoom'], 5.5, 11, 9, 15],
        'text-max-width': 8,
      },
      paint: { 'text-color': '#374151', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  ];
}
