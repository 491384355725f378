// Automatic iframe height: once the host page's script asks, the page lays out to its content and reports its height.

/** Content height of the layout, including an open side panel that overflows it (absolutely positioned). */
export function contentHeightPx(layout: HTMLElement): number {
  return Math.ceil(layout.scrollHeight);
}

/**
 * Switches the document to the auto-height layout (class `auto-height` on <html>): the map keeps the height it has
 * now, the list, the table and the département figures flow below it instead of scrolling inside the frame.
 * Reports every change of the content height; returns a function that stops.
 */
export function followContentHeight(layout: HTMLElement, report: (heightPx: number) => void): () => void {
  const doc = layout.ownerDocument;
  const mapWrap = layout.querySelector<HTMLElement>('.map-wrap');
  const mapHeightPx = mapWrap && mapWrap.clientHeight > 0 ? mapWrap.clientHeight : Math.round((doc.defaultView?.innerHeight ?? 500) * 0.75);
  doc.documentElement.style.setProperty('--map-height', `${Math.max(280, mapHeightPx)}px`);
  doc.documentElement.classList.add('auto-height');
  let last = -1;
  const measure = () => {
    const heightPx = contentHeightPx(layout);
    if (heightPx === last) return;
    last = heightPx;
    report(heightPx);
  };
  const observer = new ResizeObserver(measure);
  observer.observe(layout);
  // The side panel opens over the layout (absolutely positioned): its growth does not resize the layout.
  for (const el of layout.querySelectorAll('.panel')) observer.observe(el);
  measure();
  return () => observer.disconnect();
}
