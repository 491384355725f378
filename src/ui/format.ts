// French counts and dates for the interface; numbers are formatted by src/domain/numbers.ts.
import { formatInteger } from '../domain/numbers.ts';

export { formatApproximateKm, formatKm } from '../domain/numbers.ts';

export function formatCount(n: number): string {
  return formatInteger(n);
}

export function placesLabel(n: number): string {
  return `${formatCount(n)} ${n > 1 ? 'lieux' : 'lieu'}`;
}

export function formatLabelDate(iso: string): string {
  if (/^\d{4}$/.test(iso)) return iso;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
