// The room the panels drawn over the map take, measured on the page: a fitted box stays clear of them.
import type { PaddingPx } from '../app/map-port.ts';

const MARGIN_PX = 24;

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
  // Never more than the map can give: MapLibre refuses padding larger than the map.
  padding.left = Math.min(padding.left, map.width * 0.6);
  padding.right = Math.min(padding.right, map.width * 0.6);
  if (padding.left + padding.right > map.width * 0.8) padding.right = Math.max(MARGIN_PX, map.width * 0.8 - padding.left);
  padding.bottom = Math.min(padding.bottom, map.height * 0.6);
  return padding;
}
