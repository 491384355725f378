// One line when the page's link held values it could not read: they were ignored, and the user should know why.

export function linkNoticeText(ignored: readonly string[]): string | null {
  if (ignored.length === 0) return null;
  // The values come from the address bar: shown as text, and short.
  const shown = ignored.map((p) => (p.length > 60 ? `${p.slice(0, 59)}…` : p)).join(', ');
  return ignored.length === 1
    ? `Le lien contenait une valeur inconnue, ignorée : ${shown}.`
    : `Le lien contenait des valeurs inconnues, ignorées : ${shown}.`;
}

export function LinkNotice({ ignored }: { ignored: readonly string[] }) {
  const text = linkNoticeText(ignored);
  return text ? <p class="map-notice link-notice" role="status">{text}</p> : null;
}
