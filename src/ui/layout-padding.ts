// The room the panels drawn over the map take, measured on the page: a fitted box stays clear of them.
import type { PaddingPx } from '../app/map-port.ts';

const MARGIN_PX = 24;
/** What a fitted box keeps at least, across and down, whatever the panels take. */
const MIN_FREE_PX = 160;

/** Padding for the map in `layout`: panels cover its sides (wide layouts) or its bottom (compact: the bottom sheet). */
export function mapPadding(layout: HTMLElement | null): PaddingPx {
  const padding = { top: MARGIN_PX, right: MARGIN_PX, bottom: MARGIN_PX, left: MARGIN_PX };
  const map = layout?.querySelector('.map')?.getBoundingClientRect();
  if (!layout || !map || map.width === 0) return padding;
  const shortcuts = layout.querySelector('.territories')?.getBoundingClientRect();
  if (shortcuts && shortcuts.height > 0) padding.top = Math.max(padding.top, shortcuts.bottom - map.top + MARGIN_PX / 2);
  // The département panel, the place card and the phone's bottom sheet of nearest places (when shown).
  for (const selector of ['.departement-panel', '.map-wrap .place-card:not(.in-flow)', '.nearest-sheet']) {
    const panel = layout.querySelector(selector)?.getBoundingClientRect();
    if (!panel || panel.width === 0) continue;
    // A panel along the bottom spans most of the map's width; one on the side does not.
    if (panel.width > map.width * 0.8) padding.bottom = Math.max(padding.bottom, map.bottom - panel.top + MARGIN_PX);
    else if (panel.left - map.left < map.right - panel.right) padding.left = Math.max(padding.left, panel.right - map.left + MARGIN_PX);
    else padding.right = Math.max(padding.right, map.right - panel.left + MARGIN_PX);
  }
  // The whole panel's width, as long as a strip of the map is left for the box (MapLibre refuses padding larger than
  // the map): a cap at 60 % of the width hid the east of Corse-du-Sud behind a 520 px panel on a 940 px map. A small
  // map (a phone at 200 % zoom) keeps 40 % of itself free rather than 160 px it does not have.
  // The opaque panel wins over the shortcuts' row (small buttons the map still shows between): when both do not fit,
  // the top gives way, so that the box is never fitted behind the panel.
  const free = (sizePx: number) => Math.min(MIN_FREE_PX, sizePx * 0.4);
  padding.left = Math.max(0, Math.min(padding.left, map.width - padding.right - free(map.width)));
  padding.right = Math.max(0, Math.min(padding.right, map.width - padding.left - free(map.width)));
  padding.bottom = Math.max(0, Math.min(padding.bottom, map.height - MARGIN_PX - free(map.height)));
  padding.top = Math.max(MARGIN_PX / 2, Math.min(padding.top, map.height - padding.bottom - free(map.height)));
  return padding;
}
