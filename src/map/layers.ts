// Layers are data: (places, filters, interaction state) -> one description per network, for the map adapter.
import { matches, type Filters } from '../domain/filters.ts';
import { NETWORKS, type NetworkId } from '../domain/networks.ts';
import type { Place } from '../domain/place.ts';

export interface PlaceLayerDescription {
  id: string;
  network: NetworkId;
  data: Place[];
  visible: boolean;
  iconName: NetworkId;
  sizePx: number;
}

export interface HighlightDescription {
  place: Place;
  kind: 'hover' | 'selected';
}

export function placeLayers(places: readonly Place[], filters: Filters, sizePx = 14): PlaceLayerDescription[] {
  return NETWORKS.map((n) => {
    const data = places.filter((p) => p.network === n.id && matches(p, filters));
    return { id: `places-${n.id}`, network: n.id, data, visible: data.length > 0, iconName: n.id, sizePx };
  });
}

/** placeLayers that gives back the same descriptions (the same arrays) while places and filters are the same
 * objects: deck.gl then keeps its attributes instead of recomputing them for every place. */
export function memoizedPlaceLayers(): (places: readonly Place[], filters: Filters) => PlaceLayerDescription[] {
  let last: { places: readonly Place[]; filters: Filters; layers: PlaceLayerDescription[] } | null = null;
  return (places, filters) => {
    if (last?.places !== places || last.filters !== filters) last = { places, filters, layers: placeLayers(places, filters) };
    return last.layers;
  };
}

export function highlights(byId: ReadonlyMap<string, Place>, hoveredId: string | null, selectedId: string | null): HighlightDescription[] {
  const out: HighlightDescription[] = [];
  const selected = selectedId ? byId.get(selectedId) : undefined;
  const hovered = hoveredId && hoveredId !== selectedId ? byId.get(hoveredId) : undefined;
  if (selected) out.push({ place: selected, kind: 'selected' });
  if (hovered) out.push({ place: hovered, kind: 'hover' });
  return out;
}

export interface OriginDescription {
  lon: number;
  lat: number;
  radiusKm: number | null;
}
