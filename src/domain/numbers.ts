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
