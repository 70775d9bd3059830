import { foldText } from './fold';

// Spaces a number may hold as a thousands separator: space, no-break space, narrow no-break space.
const SPACES = /[\s\u00a0\u202f]/g;
const NUMBER = /^-?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * A cell read as a number when it is one: "19000", "19 000", "19 000 €", "1,5" (French decimal
 * comma) and "-500" are numbers; anything else ("20x7", "beaucoup") is returned unchanged, for
 * validation to report as found.
 */
export function readNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const compact = value.replace(SPACES, '').replace(/€$/, '');
  return NUMBER.test(compact) ? Number(compact.replace(',', '.')) : value;
}

/**
 * A cell naming one of a fixed set of words, matched without case or accents ("Or", "OR" →
 * "or"; "Département" → "departement"), with optional aliases ("annuel" → "annual"). An
 * unknown word is returned folded, for validation to report.
 */
export function readWord(value: unknown, aliases: Readonly<Record<string, string>> = {}): unknown {
  if (typeof value !== 'string') return value;
  const folded = foldText(value.trim());
  return aliases[folded] ?? folded;
}

/** The French (and English) words accepted for a budget period. */
export const PERIOD_ALIASES: Readonly<Record<string, string>> = {
  ponctuel: 'one-off',
  ponctuelle: 'one-off',
  unique: 'one-off',
  annuel: 'annual',
  annuelle: 'annual',
  pluriannuel: 'multi-year',
  pluriannuelle: 'multi-year',
};

/** The French words accepted for a budget's precision. */
export const PRECISION_ALIASES: Readonly<Record<string, string>> = {
  exact: 'exact',
  exacte: 'exact',
  plafond: 'upper-bound',
  maximum: 'upper-bound',
  estimation: 'estimate',
  estime: 'estimate',
};

/** Words accepted for the kinds of collectivity, besides the canonical ones. */
export const KIND_ALIASES: Readonly<Record<string, string>> = {
  ville: 'commune',
  'conseil departemental': 'departement',
  'conseil regional': 'region',
  intercommunalite: 'epci',
};

/**
 * Policy-area codes from a cell: a list (Parquet) as it is, a JSON array, or codes separated
 * by ";" (or ","), blanks dropped.
 */
export function readCodes(value: unknown): unknown {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text.startsWith('[')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return value;
    }
  }
  return text
    .split(/[;,]/)
    .map((code) => code.trim())
    .filter((code) => code !== '');
}

/**
 * A list from a cell: empty for none, or a JSON array (of partners `{ name, kind, code }`, budget
 * lines, sentences...). Anything else is returned unchanged, for validation to report.
 */
export function readJsonList(value: unknown): unknown {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'string') return value;
  if (value.trim() === '') return [];
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** A code cell as text: Parquet or JSON may give 1053 as a number. */
export function readCode(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value.trim() : value;
}
