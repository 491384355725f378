// French number and date formatting for the interface.
const INTEGER = new Intl.NumberFormat('fr-FR');

export function formatCount(n: number): string {
  return INTEGER.format(n);
}

export function placesLabel(n: number): string {
  return `${formatCount(n)} ${n > 1 ? 'lieux' : 'lieu'}`;
}

export function formatLabelDate(iso: string): string {
  if (/^\d{4}$/.test(iso)) return iso;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
