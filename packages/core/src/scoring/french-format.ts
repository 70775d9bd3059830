const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
// Two decimals: a quarter-time post reads « 0,25 ETP », not « 0,3 ».
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const millions = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

// Intl writes a narrow no-break space between thousands: a plain space reads the same everywhere.
const plain = (text: string) => text.replace(/\s/g, ' ');

// Intl's format takes a microsecond, and every ranked practice's explanation formats a few
// numbers, mostly the same ones (the target's population, common budgets): remember them.
const MEMO_LIMIT = 4096;

function memoised(format: (value: number) => string): (value: number) => string {
  const memo = new Map<number, string>();
  return (value) => {
    if (value === 0) return format(value); // the memo's keys cannot tell 0 from -0
    let text = memo.get(value);
    if (text === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      text = format(value);
      memo.set(value, text);
    }
    return text;
  };
}

/** 2587 → "2 587". */
export const formatCount = memoised((value) => plain(integer.format(value)));

/** 0.5 → "0,5", 0.25 → "0,25". */
export const formatDecimal = memoised((value) => plain(decimal.format(value)));

/** 19000 → "19 000 €", 1250000 → "1,3 M€". */
export function formatEuros(value: number): string {
  if (value >= 1_000_000) return `${plain(millions.format(value / 1_000_000))} M€`;
  return `${formatCount(Math.round(value))} €`;
}
