// Automatic iframe height: once the host page's script asks, the page lays out to its content and reports its height.

/**
 * Switches the document to the auto-height layout (class `auto-height` on <html>): the map keeps the height it has
 * now, the list, the table and the département figures flow below it instead of scrolling inside the frame.
 * Reports every change of the content height (the layout's scroll height: it includes an open side panel, which is
 * absolutely positioned). A second request (the host's lines pasted twice) changes nothing.
 */
export function followContentHeight(layout: HTMLElement, report: (heightPx: number) => void): void {
  const doc = layout.ownerDocument;
  if (doc.documentElement.classList.contains('auto-height')) return;
  const mapWrap = layout.querySelector<HTMLElement>('.map-wrap');
  const mapHeightPx = mapWrap && mapWrap.clientHeight > 0 ? mapWrap.clientHeight : Math.round((doc.defaultView?.innerHeight ?? 500) * 0.75);
  doc.documentElement.style.setProperty('--map-height', `${Math.max(280, mapHeightPx)}px`);
  doc.documentElement.classList.add('auto-height');
  let last = -1;
  const measure = () => {
    const heightPx = Math.ceil(layout.scrollHeight);
    if (heightPx === last) return;
    last = heightPx;
    report(heightPx);
  };
  const observer = new ResizeObserver(measure);
  observer.observe(layout);
  // The side panel opens over the layout (absolutely positioned): its growth does not resize the layout.
  for (const el of layout.querySelectorAll('.panel')) observer.observe(el);
  measure();
}
