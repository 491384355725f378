// The deck.gl part of the map, loaded after MapLibre so that the first map view ships less JavaScript.
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { IconLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { PickingInfo } from '@deck.gl/core';
import type { IControl } from 'maplibre-gl';
import type { Place } from '../domain/place.ts';
import { iconAtlas } from './icons.ts';
import type { HighlightDescription, OriginDescription, PlaceLayerDescription } from './layers.ts';

export interface PlaceEvents {
  onHover?: (place: Place | null, x: number, y: number) => void;
  onSelect?: (place: Place | null) => void;
  /** deck.gl's canvas and its input handling exist. */
  onLoad?: () => void;
}

export class PlacesOverlay {
  readonly control: IControl;
  private overlay: MapLibreOverlay;
  private atlas = iconAtlas();

  constructor(private events: PlaceEvents) {
    this.overlay = new MapLibreOverlay({ interleaved: false, layers: [], getCursor: ({ isHovering }) => (isHovering ? 'pointer' : ''), onLoad: () => events.onLoad?.() });
    this.control = this.overlay as unknown as IControl;
  }

  /** deck.gl layers kept between updates: a hover rebuilds the highlight alone, so the places' attributes stay. */
  private placeLayers: unknown[] = [];
  private originLayers: { under: unknown[]; over: unknown[] } = { under: [], over: [] };
  private highlightLayers: unknown[] = [];
  private shown: { layers: PlaceLayerDescription[] | null; origin: OriginDescription | null | undefined; highlighted: HighlightDescription[] | null } = {
    layers: null, origin: undefined, highlighted: null,
  };

  /** Updates what changed since the last call (compared by identity) and hands deck.gl the layers. */
  update(layers: PlaceLayerDescription[], highlighted: HighlightDescription[], origin: OriginDescription | null) {
    if (layers !== this.shown.layers) this.placeLayers = layers.map((l) => this.placeLayer(l));
    if (origin !== this.shown.origin) this.originLayers = originLayers(origin);
    if (highlighted !== this.shown.highlighted) this.highlightLayers = highlightLayers(highlighted);
    this.shown = { layers, origin, highlighted };
    this.overlay.setProps({ layers: [...this.originLayers.under, ...this.placeLayers, ...this.originLayers.over, ...this.highlightLayers] as never });
  }

  private placeLayer(l: PlaceLayerDescription) {
    const { canvas, mapping } = this.atlas;
    const pick = (info: PickingInfo<Place>) => info.object ?? null;
    return new IconLayer<Place>({
      id: l.id,
      data: l.data,
      visible: l.visible,
      iconAtlas: canvas as never,
      iconMapping: mapping,
      getIcon: () => l.iconName,
      getPosition: (p) => [p.lon, p.lat],
      // Metres with pixel bounds: small at the national view, comfortable to click when zoomed in.
      getSize: 3000,
      sizeUnits: 'meters',
      sizeMinPixels: l.sizePx * 0.55,
      sizeMaxPixels: l.sizePx * 1.3,
      pickable: true,
      onHover: (info) => this.events.onHover?.(pick(info), info.x, info.y),
      onClick: (info) => {
        this.events.onSelect?.(pick(info));
        return true;
      },
    });
  }

  /** Whether a place is drawn at this screen point (so that a click there is not a click on the département). */
  pickPlace(x: number, y: number): boolean {
    return Boolean(this.overlay.pickObject({ x, y, radius: 2 }));
  }

  finalize() {
    this.overlay.finalize();
  }
}

/** The radius under the places, the origin above them. */
function originLayers(origin: OriginDescription | null): { under: unknown[]; over: unknown[] } {
  if (!origin) return { under: [], over: [] };
  const under = origin.radiusKm
    ? [
        new ScatterplotLayer<OriginDescription>({
          id: 'radius',
          data: [origin],
          getPosition: (o) => [o.lon, o.lat],
          getRadius: (o) => (o.radiusKm ?? 0) * 1000,
          radiusUnits: 'meters',
          stroked: true,
          getFillColor: [0, 0, 145, 20],
          getLineColor: [0, 0, 145, 220],
          getLineWidth: 2,
          lineWidthUnits: 'pixels',
        }),
      ]
    : [];
  const over = [
    new ScatterplotLayer<OriginDescription>({
      id: 'origin',
      data: [origin],
      getPosition: (o) => [o.lon, o.lat],
      getRadius: 7,
      radiusUnits: 'pixels',
      stroked: true,
      getFillColor: [255, 255, 255, 255],
      getLineColor: [0, 0, 0, 255],
      getLineWidth: 4,
      lineWidthUnits: 'pixels',
    }),
  ];
  return { under, over };
}

function highlightLayers(highlighted: HighlightDescription[]): unknown[] {
  if (!highlighted.length) return [];
  return [
    new ScatterplotLayer<HighlightDescription>({
      id: 'highlight',
      data: highlighted,
      getPosition: (h) => [h.place.lon, h.place.lat],
      getRadius: (h) => (h.kind === 'selected' ? 14 : 12),
      radiusUnits: 'pixels',
      stroked: true,
      filled: false,
      getLineColor: (h) => (h.kind === 'selected' ? [17, 24, 39, 255] : [17, 24, 39, 180]),
      getLineWidth: 3,
      lineWidthUnits: 'pixels',
    }),
  ];
}
