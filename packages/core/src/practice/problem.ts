/**
 * What kind of thing is wrong, for a program to word in its user's language (the CLI and the
 * dashboard word problems in French from the code and the values):
 *
 * - `missing`: a required value is absent, null or empty;
 * - `wrong-type`: a value of another type (text where a number is expected, a list, an object);
 * - `not-integer`: a number with a fraction where an integer is expected;
 * - `out-of-range`: a number outside its bounds (`values.min`, `values.max`);
 * - `bad-format`: text not of the expected form (a slug id, an official code, a mapping pair);
 * - `not-one-of`: a word outside a fixed list (`values.allowed`);
 * - `unknown-code`: a code the official geography or the policy-area taxonomy does not know;
 * - `duplicate`: given twice (an id, a column name, a mapped column; `values.other` has the first);
 * - `conflict`: an id already stored with other content (`values.other` lists the fields);
 * - `unknown-column`: a column that is neither a record column nor mapped;
 * - `bad-row`: a CSV row that cannot be read whole (an unclosed quote, a wrong number of cells);
 * - `bad-file`: a file that cannot be read at all (empty, no header, not JSON, not Parquet);
 * - `bad-encoding`: bytes that are neither UTF-8 nor Windows-1252.
 */
export type ProblemCode =
  | 'missing'
  | 'wrong-type'
  | 'not-integer'
  | 'out-of-range'
  | 'bad-format'
  | 'not-one-of'
  | 'unknown-code'
  | 'duplicate'
  | 'conflict'
  | 'unknown-column'
  | 'bad-row'
  | 'bad-file'
  | 'bad-encoding';

/** The values a problem's wording needs, besides its code; each only where it applies. */
export interface ProblemValues {
  /** The value found, as it was read; absent when nothing was there. */
  value?: unknown;
  /** The values allowed (`not-one-of`, `unknown-column`). */
  allowed?: readonly string[];
  /** The bounds of `out-of-range`. */
  min?: number;
  max?: number;
  /**
   * The other party: the record or column that has the value already (`duplicate`), the fields
   * that differ (`conflict`).
   */
  other?: string;
  /** For `bad-row`: the number of cells expected and found, or the line a quote opened on. */
  expectedCount?: number;
  foundCount?: number;
  line?: number;
  /** For `bad-row` and `bad-file`: the parser's own words (not meant for end users). */
  detail?: string;
  /** For `bad-file`: the format the file was read as, and what it lacks. */
  format?: 'csv' | 'json' | 'parquet';
  lacks?: 'header' | 'syntax' | 'readable';
}

/** Where in a file a problem is: the file, and the line (CSV), record (JSON) or row (Parquet). */
export interface ProblemLocation {
  file: string;
  line?: number;
  column?: number;
  record?: number;
  row?: number;
}

/**
 * One thing wrong with one input record: where it is (a record id, a file and line), which field,
 * what was expected and what was found. Errors are values the user can act on. `code` and
 * `values` let a program word the problem for its own user; `expected` and `found` are a plain
 * English rendering, for logs.
 */
export interface Problem {
  code: ProblemCode;
  /** The record: `practice "saverdun-recup-velos"`, `catalogue.csv line 4`. */
  where: string;
  /** The file position of `where`, when the record comes from a file. */
  at?: ProblemLocation;
  /** Dotted path of the field ("budget.amount"), or "" for the record as a whole. */
  field: string;
  expected: string;
  found: string;
  values?: ProblemValues;
}

/** A French-free, one-line rendering of a problem, for logs, stderr and the dashboard. */
export function formatProblem(problem: Problem): string {
  const field = problem.field ? `, field "${problem.field}"` : '';
  return `${problem.where}${field}: expected ${problem.expected}, found ${problem.found}`;
}

/** Describe a found value briefly and safely (no huge dumps). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return value === '' ? 'an empty string' : JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return 'an object';
}

/**
 * An error carrying every problem found, thrown where a whole input must be rejected. Its
 * message lists every problem, one a line; `context` says what was refused.
 */
export class ValidationError extends Error {
  readonly problems: readonly Problem[];
  readonly context: string;
  constructor(problems: readonly Problem[], context = 'invalid input') {
    super([`${context}: ${problems.length} problem(s)`, ...problems.map(formatProblem)].join('\n'));
    this.name = 'ValidationError';
    this.problems = problems;
    this.context = context;
  }
}
