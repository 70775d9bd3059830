import { describeValue, ValidationError, type Problem } from '../practice/problem';
import type { CollectivityKind, Medal } from '../practice/record';
import type { SqlValue } from './connector';
import { placeholders } from './sql-identifiers';

/**
 * Which practices to keep. Every given constraint must hold (AND); inside a list, any value
 * matches (OR). An absent field or an empty list constrains nothing.
 *
 * **Unknown facts.** A constraint on who and where (regions, departments, kinds, population,
 * years, medals, policy areas) keeps only practices whose fact is known and matches: a practice
 * without a year is not "from 2015 on", a regional practice has no department. The resource
 * ceilings (`maxBudget`, `maxStaff`) are different: they ask "can we afford it", and a practice
 * whose cost is unknown may well be affordable, so by default it is kept (`includeUnknown`,
 * default true; the engine then marks its budget criterion as unknown). Set `includeUnknown:
 * false` to keep only practices known to fit.
 */
export interface PracticeFilter {
  /** Region codes ("27", "76", "01"). */
  regions?: readonly string[];
  /** Department codes ("39", "2A", "971"). */
  departments?: readonly string[];
  /** Kinds of the practice's collectivity. */
  kinds?: readonly CollectivityKind[];
  /** Smallest population, inclusive. */
  populationMin?: number;
  /** Largest population, inclusive. */
  populationMax?: number;
  /** First year, inclusive. */
  yearFrom?: number;
  /** Last year, inclusive. */
  yearTo?: number;
  /** Award medals. */
  medals?: readonly Medal[];
  /** Policy-area codes: a practice matches when it has at least one of them. */
  policyAreas?: readonly string[];
  /** Largest budget amount in euros, inclusive, whatever its period. */
  maxBudget?: number;
  /** Most full-time equivalents, inclusive (the head count when the source gives no FTE). */
  maxStaff?: number;
  /** Keep practices whose budget or staff is unknown under `maxBudget` / `maxStaff` (default true). */
  includeUnknown?: boolean;
}

/** A WHERE condition with its bound parameters, in order. */
export interface CompiledFilter {
  /** A SQL boolean expression over the `practices` table aliased `p` ("TRUE" when empty). */
  sql: string;
  params: SqlValue[];
}

const NUMBER_FIELDS = [
  'populationMin',
  'populationMax',
  'yearFrom',
  'yearTo',
  'maxBudget',
  'maxStaff',
] as const;
const LIST_FIELDS = ['regions', 'departments', 'kinds', 'medals', 'policyAreas'] as const;

/** Every problem of a filter: numbers that are not finite, list values that are not non-empty strings. */
export function checkPracticeFilter(filter: PracticeFilter): Problem[] {
  const problems: Problem[] = [];
  for (const field of NUMBER_FIELDS) {
    const value: unknown = filter[field];
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value))) {
      problems.push({
        code: 'wrong-type',
        values: { value },
        where: 'filter',
        field,
        expected: 'a finite number',
        found: describeValue(value),
      });
    } else if (typeof value === 'number' && Math.abs(value) > Number.MAX_SAFE_INTEGER) {
      // DuckDB binds an integral number as a 64-bit integer: keep to the exact integers.
      problems.push({
        code: 'out-of-range',
        values: { value, min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER },
        where: 'filter',
        field,
        expected: `a number of at most ${Number.MAX_SAFE_INTEGER} in absolute value`,
        found: describeValue(value),
      });
    }
  }
  for (const field of LIST_FIELDS) {
    const values: unknown = filter[field];
    if (values === undefined) continue;
    if (!Array.isArray(values)) {
      problems.push({
        code: 'wrong-type',
        values: { value: values },
        where: 'filter',
        field,
        expected: 'a list of strings',
        found: describeValue(values),
      });
      continue;
    }
    values.forEach((value: unknown, i) => {
      if (typeof value !== 'string' || value === '') {
        problems.push({
          code: value === '' ? 'missing' : 'wrong-type',
          values: { value },
          where: 'filter',
          field: `${field}.${i}`,
          expected: 'a non-empty string',
          found: describeValue(value),
        });
      }
    });
  }
  return problems;
}

/**
 * Compile a filter to a WHERE condition over `practices p` with bound parameters: the values
 * never enter the SQL text. Throws a ValidationError for a malformed filter.
 */
export function compilePracticeFilter(filter: PracticeFilter = {}): CompiledFilter {
  const problems = checkPracticeFilter(filter);
  if (problems.length > 0) throw new ValidationError(problems, 'invalid filter');
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  const inList = (expression: string, values: readonly string[] | undefined) => {
    if (!values || values.length === 0) return;
    clauses.push(`${expression} IN (${placeholders(values.length)})`);
    params.push(...values);
  };
  const compare = (expression: string, operator: '>=' | '<=', value: number | undefined) => {
    if (value === undefined) return;
    clauses.push(`${expression} ${operator} ?`);
    params.push(value);
  };
  const ceiling = (expression: string, value: number | undefined) => {
    if (value === undefined) return;
    const unknown = filter.includeUnknown ?? true;
    clauses.push(unknown ? `(${expression} IS NULL OR ${expression} <= ?)` : `${expression} <= ?`);
    params.push(value);
  };

  inList('p.region', filter.regions);
  inList('p.department', filter.departments);
  inList('p.collectivity_kind', filter.kinds);
  compare('p.population', '>=', filter.populationMin);
  compare('p.population', '<=', filter.populationMax);
  compare('p.year', '>=', filter.yearFrom);
  compare('p.year', '<=', filter.yearTo);
  inList('p.award_medal', filter.medals);
  if (filter.policyAreas && filter.policyAreas.length > 0) {
    clauses.push(
      `p.id IN (SELECT practice_id FROM practice_areas WHERE area IN (${placeholders(filter.policyAreas.length)}))`,
    );
    params.push(...filter.policyAreas);
  }
  ceiling('p.budget_amount', filter.maxBudget);
  ceiling('coalesce(p.staff_fte, p.staff_agents)', filter.maxStaff);
  return { sql: clauses.length > 0 ? clauses.join(' AND ') : 'TRUE', params };
}
