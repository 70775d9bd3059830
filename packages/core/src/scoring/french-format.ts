const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

// Intl writes a narrow no-break space between thousands: a plain space reads the same everywhere.
const plain = (text: string) => text.replace(/\s/g, ' ');

/** 2587 → "2 587". */
export const formatCount = (value: number): string => plain(integer.format(value));

/** 0.5 → "0,5". */
export const formatDecimal = (value: number): string => plain(decimal.format(value));

/** 19000 → "19 000 €", 1250000 → "1,3 M€". */
export function formatEuros(value: number): string {
  if (value >= 1_000_000) return `${formatDecimal(value / 1_000_000)} M€`;
  return `${formatCount(Math.round(value))} €`;
}
