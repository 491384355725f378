// MapLibre (checked on 6.17) draws one identical frame too many whenever tiles with names arrive. In the frame that
// adds their symbols it places every name, then marks that placement stale in case the new symbols arrived while a
// placement spread over several frames was half done. With `fadeDuration: 0` a placement is never spread: each frame
// places every name again, the new ones included. The stale mark only asks for one more frame, which draws the
// same picture and puts off `idle` (and so deck.gl and the places, loaded at the first idle) by a frame: 60–120 ms
// in software WebGL.
//
// This clears that mark for full placements only: any other placement goes through MapLibre's code unchanged. If a
// MapLibre update renames what is wrapped here, nothing is wrapped and the map only draws that frame again.

/** The part of MapLibre's Style this relies on (internal API: checked against maplibre-gl 6.17). */
export interface PlacementOwner {
  _updatePlacement(transform: unknown, showCollisionBoxes: boolean, fadeDuration: number, ...rest: unknown[]): boolean;
  pauseablePlacement?: { isDone(): boolean };
  placement?: { stale: boolean };
}

const settled = new WeakSet<object>();

/**
 * Makes the styles of this kind (MapLibre's Style class, through one instance) skip the extra frame after a full
 * placement. Returns whether the wrapper is in place.
 */
export function settlePlacementAtOnce(style: object): boolean {
  const proto = Object.getPrototypeOf(style) as PlacementOwner | null;
  if (!proto || typeof proto._updatePlacement !== 'function') return false;
  if (settled.has(proto)) return true;
  settled.add(proto);
  const update = proto._updatePlacement;
  proto._updatePlacement = function (this: PlacementOwner, transform, showCollisionBoxes, fadeDuration, ...rest) {
    const needsFrame = update.call(this, transform, showCollisionBoxes, fadeDuration, ...rest);
    // A fade, or a placement still in progress: MapLibre's answer stands.
    if (fadeDuration !== 0 || !this.pauseablePlacement?.isDone() || !this.placement) return needsFrame;
    // Without a fade, the only other reason to draw again is that mark: done and nothing fading, no frame needed.
    this.placement.stale = false;
    return false;
  };
  return true;
}
