// French number formatting, once (Intl.NumberFormat('fr-FR')): thousands with a narrow no-break space, a decimal comma.
const INTEGER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatInteger(n: number): string {
  return INTEGER.format(n);
}

export function formatOneDecimal(n: number): string {
  return ONE_DECIMAL.format(n);
}

/** A distance: one decimal below 10 km (« 2,4 km »), whole kilometres above (« 37 km »). */
export function formatKm(km: number): string {
  return `${km < 10 ? formatOneDecimal(km) : formatInteger(Math.round(km))} km`;
}

/**
 * A distance to a place placed at its commune's centre: whole kilometres after « ≈ », never under 1 km (« 0,2 km »
 * from the centre of Paris says nothing of how far the place is).
 */
export function formatApproximateKm(km: number): string {
  return `≈ ${formatInteger(Math.max(1, Math.round(km)))} km`;
}
