// The shape of each network's marker, once: drawn on the map's canvas (src/map/icons.ts) and as SVG in the
// interface (src/ui/Marker.tsx). Colour plus shape keeps networks apart in grey scale.
import type { Network } from './networks.ts';

/** A marker's radius as a share of its box. */
export const MARKER_RADIUS = 0.36;

/** Centred on 0,0, in units of the marker's radius. */
export type MarkerGeometry = { kind: 'circle'; r: number } | { kind: 'polygon'; points: readonly (readonly [number, number])[] };

const GEOMETRY: Record<Network['shape'], MarkerGeometry> = {
  circle: { kind: 'circle', r: 1 },
  ring: { kind: 'circle', r: 0.9 },
  square: { kind: 'polygon', points: [[-0.85, -0.85], [0.85, -0.85], [0.85, 0.85], [-0.85, 0.85]] },
  diamond: { kind: 'polygon', points: [[0, -1.1], [1.1, 0], [0, 1.1], [-1.1, 0]] },
  triangle: { kind: 'polygon', points: [[0, -1.1], [1.05, 0.8], [-1.05, 0.8]] },
};

export function markerGeometry(shape: Network['shape']): MarkerGeometry {
  return GEOMETRY[shape];
}
