/**
 * One thing wrong with one input record: where it is (a record id, a file and line), which field,
 * what was expected and what was found. Errors are values the user can act on.
 */
export interface Problem {
  /** The record: `practice "saverdun-recup-velos"`, `catalogue.csv line 4`. */
  where: string;
  /** Dotted path of the field ("budget.amount"), or "" for the record as a whole. */
  field: string;
  expected: string;
  found: string;
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

/** An error carrying every problem found, thrown where a whole input must be rejected. */
export class ValidationError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[], context = 'invalid input') {
    const shown = problems.slice(0, 20).map(formatProblem);
    const more = problems.length > 20 ? [`... and ${problems.length - 20} more`] : [];
    super([`${context}: ${problems.length} problem(s)`, ...shown, ...more].join('\n'));
    this.name = 'ValidationError';
    this.problems = problems;
  }
}
