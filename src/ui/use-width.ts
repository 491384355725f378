// The width of an element, followed as it changes: the layout follows the map's own width, not the window's
// (a custom element may be narrow on a wide page).
import { useLayoutEffect, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

/** `initialPx`: the width before the first render (the container's), so that the first layout is already the right one. */
export function useWidthPx(ref: RefObject<HTMLElement | null>, initialPx: number): number {
  const [widthPx, setWidthPx] = useState(initialPx);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidthPx(el.clientWidth);
    const observer = new ResizeObserver(() => setWidthPx(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return widthPx;
}
