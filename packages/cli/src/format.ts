const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** 4808 → "4 808" (French thousands separator, as a plain space for terminals). */
export function formatInteger(value: number | null): string | null {
  return value === null ? null : integer.format(value).replace(/\s/g, ' ');
}

/** 19000 → "19 000 €". */
export function formatEuros(value: number | null): string | null {
  const text = formatInteger(value);
  return text === null ? null : `${text} €`;
}
