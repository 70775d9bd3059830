import { UsageError } from './io';
import { quoted } from './words';

/** The bounds and kind of a number flag. */
export interface NumberBounds {
  min: number;
  max: number;
  /** Only whole numbers (a count, a population, a year). */
  integer?: boolean;
  /** What the number is, in French, for the message: "un nombre de résultats". */
  what: string;
}

// Spaces a number may hold as a thousands separator: space, no-break space, narrow no-break
// space, and "_"; then digits, with a decimal comma or point. No sign, no exponent, no hex.
const SEPARATORS = /[\s\u00a0\u202f_]/g;
const DECIMAL = /^\d+(?:[.,]\d+)?$/;

const french = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 3 });
const show = (n: number) => french.format(n).replace(/\s/g, ' ');

/**
 * The one parser of number flags: a value written in digits ("20000", "20 000", "1,5"), within
 * explicit bounds; anything else ("0x10", "1e308", "-5", "beaucoup", a fraction where a whole
 * number is expected) is a UsageError in French naming the flag, what was expected and what was
 * found. Undefined when the flag is absent.
 */
export function numberFlag(
  flag: string,
  value: string | undefined,
  bounds: NumberBounds,
): number | undefined {
  if (value === undefined) return undefined;
  const compact = value.replace(SEPARATORS, '').replace(/€$/, '');
  const expected = `${bounds.what} : ${bounds.integer ? 'un nombre entier' : 'un nombre'} de ${show(bounds.min)} à ${show(bounds.max)}, écrit en chiffres (ex. 20000 ou « 20 000 »${bounds.integer ? '' : ', 1,5'})`;
  const refuse = (): never => {
    throw new UsageError(`--${flag} : attendu ${expected}, trouvé ${quoted(value)}`);
  };
  if (!DECIMAL.test(compact)) refuse();
  const parsed = Number(compact.replace(',', '.'));
  if (!Number.isFinite(parsed) || parsed < bounds.min || parsed > bounds.max) refuse();
  if (bounds.integer && !Number.isInteger(parsed)) refuse();
  return parsed;
}

/** The bounds of every number flag of the CLI, in one place. */
export const NUMBER_FLAGS = {
  top: { min: 1, max: 1000, integer: true, what: 'un nombre de résultats' },
  terms: { min: 1, max: 100, integer: true, what: 'un nombre de termes par groupe' },
  // A target's population: 0 would read « 0 hab. » and be scored as unknown.
  population: { min: 1, max: 100_000_000, integer: true, what: "un nombre d'habitants" },
  'min-population': { min: 0, max: 100_000_000, integer: true, what: "un nombre d'habitants" },
  'max-population': { min: 0, max: 100_000_000, integer: true, what: "un nombre d'habitants" },
  budget: { min: 0, max: 1e12, what: 'un montant en euros' },
  'max-budget': { min: 0, max: 1e12, what: 'un montant en euros' },
  staff: { min: 0, max: 1_000_000, what: "un nombre d'équivalents temps plein" },
  'max-staff': { min: 0, max: 1_000_000, what: "un nombre d'équivalents temps plein" },
  // --max-duration: a number of months, up to a century.
  'max-duration': { min: 0, max: 1200, what: 'un nombre de mois' },
  'year-from': { min: 1900, max: 2100, integer: true, what: 'une année' },
  'year-to': { min: 1900, max: 2100, integer: true, what: 'une année' },
} as const satisfies Record<string, NumberBounds>;

/** A number flag of {@link NUMBER_FLAGS}, parsed with its bounds. */
export function boundedFlag(
  flag: keyof typeof NUMBER_FLAGS,
  value: string | undefined,
): number | undefined {
  return numberFlag(flag, value, NUMBER_FLAGS[flag]);
}
