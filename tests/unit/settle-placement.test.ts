// settle-placement.ts: the frame MapLibre draws again after placing new names without a fade is skipped, and
// nothing else changes. The style here plays MapLibre's Style._updatePlacement (6.17) in the few lines that matter.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { settlePlacementAtOnce, type PlacementOwner } from '../../src/map/settle-placement.ts';

/** MapLibre's answer: draw again while a placement is unfinished, stale (new names arrived during it) or fading. */
function styleClass() {
  return class FakeStyle implements PlacementOwner {
    pauseablePlacement = { done: false, isDone() { return this.done; } };
    placement = { stale: false, fadingUntil: 0 };
    /** What the next call does: finish the placement or not, with names that arrived during it or not. */
    next = { finishes: true, newNames: false };
    _updatePlacement(_transform: unknown, _boxes: boolean, fadeDuration: number): boolean {
      this.pauseablePlacement.done = this.next.finishes;
      if (this.next.newNames) this.placement.stale = true;
      if (this.next.newNames && fadeDuration > 0) this.placement.fadingUntil = fadeDuration;
      return !this.pauseablePlacement.isDone() || this.placement.stale || this.placement.fadingUntil > 0;
    }
  };
}

describe('one frame for the names, without a fade', () => {
  it('the frame that places newly arrived names asks for no other frame (fadeDuration 0)', () => {
    const Style = styleClass();
    const style = new Style();
    style.next = { finishes: true, newNames: true };
    expect(style._updatePlacement(null, false, 0)).toBe(true);
    expect(settlePlacementAtOnce(style)).toBe(true);
    expect(style._updatePlacement(null, false, 0)).toBe(false);
    expect(style.placement.stale).toBe(false);
  });

  it('leaves a fade, and a placement not finished, to MapLibre', () => {
    const Style = styleClass();
    const style = new Style();
    settlePlacementAtOnce(style);
    style.next = { finishes: true, newNames: true };
    expect(style._updatePlacement(null, false, 300)).toBe(true);
    expect(style.placement.stale).toBe(true);
    const unfinished = new Style();
    unfinished.next = { finishes: false, newNames: true };
    expect(unfinished._updatePlacement(null, false, 0)).toBe(true);
    expect(unfinished.placement.stale).toBe(true);
  });

  it('wraps each kind of style once: a second map on the page does not wrap it again', () => {
    const Style = styleClass();
    const first = new Style();
    settlePlacementAtOnce(first);
    const wrapped = Style.prototype._updatePlacement;
    expect(settlePlacementAtOnce(new Style())).toBe(true);
    expect(Style.prototype._updatePlacement).toBe(wrapped);
  });

  it('wraps nothing when the style has no such method (a MapLibre that changed)', () => {
    expect(settlePlacementAtOnce({})).toBe(false);
  });

  it('the installed maplibre-gl still works as the wrapper assumes (else the extra frame is back: see the bench)', () => {
    // The package ships its sources next to its build.
    const style = readFileSync('node_modules/maplibre-gl/src/style/style.ts', 'utf8');
    expect(style).toMatch(/_updatePlacement\(transform: IReadonlyTransform, showCollisionBoxes: boolean, fadeDuration: number/);
    // Without a fade every frame places every name: nothing is left half placed.
    expect(style).toContain('forceFullPlacement ||= this._layerOrderChanged || fadeDuration === 0;');
    expect(style).toContain('this.pauseablePlacement.placement.setStale();');
    expect(style).toContain('return !this.pauseablePlacement.isDone() || this.placement.hasTransitions(now());');
    expect(readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.mjs', 'utf8')).toContain('_updatePlacement(');
  });
});
