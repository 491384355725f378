import { describe, expect, it } from 'vitest';
import { mapPadding } from '../../src/ui/layout-padding.ts';

type Box = { top: number; bottom: number; left: number; right: number; width: number; height: number };
const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, width, height, right: left + width, bottom: top + height });

/** A layout whose elements are only boxes: what mapPadding reads from the page. */
function layout(boxes: Record<string, Box>): HTMLElement {
  return { querySelector: (s: string) => (boxes[s] ? { getBoundingClientRect: () => boxes[s] } : null) } as unknown as HTMLElement;
}

describe('the room a fitted box keeps clear of the panels over the map', () => {
  it('takes the whole width of a side panel (520 px on a 940 px map), not 60 % of the map', () => {
    const p = mapPadding(layout({ '.map': box(340, 140, 940, 660), '.departement-panel': box(708, 150, 520, 640) }));
    expect(p.right).toBe(1280 - 708 + 24);
    expect(p.left).toBe(24);
  });

  it('leaves 160 px for the box, or 40 % of a small map, and on a phone gives the top way to the opaque bottom panel', () => {
    const p = mapPadding(layout({ '.map': box(0, 248, 360, 392), '.territories': box(8, 256, 296, 92), '.departement-panel': box(0, 445, 360, 195) }));
    // The panel asks 219 px, the shortcuts 112 px: the panel gets all but 24 px and the free strip (40 % of a 392 px
    // map is less than 160 px), the top what is left.
    const free = 392 * 0.4;
    expect(p.bottom).toBeCloseTo(392 - 24 - free);
    expect(p.top).toBe(24);
    expect(392 - p.top - p.bottom).toBeCloseTo(free);
  });

  it('keeps 160 px free on a large map whatever the panel asks', () => {
    const p = mapPadding(layout({ '.map': box(0, 100, 1000, 700), '.departement-panel': box(200, 100, 790, 680) }));
    expect(1000 - p.left - p.right).toBe(160);
  });

  it('keeps a margin all round when nothing is drawn over the map', () => {
    expect(mapPadding(layout({ '.map': box(0, 0, 800, 600) }))).toEqual({ top: 24, right: 24, bottom: 24, left: 24 });
  });
});
