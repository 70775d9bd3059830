import { describeValue, ValidationError, type Problem } from '../practice/problem';
import { BUDGET_PERIODS, COLLECTIVITY_KINDS, MEDALS } from '../practice/record';
import { POPULATION_BANDS, populationBandSql } from './population-bands';

/**
 * The dimensions trends can be broken down by: the practice's year, its award category, medal
 * and programme, its collectivity's kind, region, department and population band, its policy
 * areas (a practice counts once in each of its areas) and its budget's period.
 */
export const TREND_DIMENSIONS = [
  'year',
  'category',
  'medal',
  'programme',
  'kind',
  'region',
  'department',
  'populationBand',
  'policyArea',
  'budgetPeriod',
] as const;

/** One dimension of a trend. */
export type TrendDimension = (typeof TREND_DIMENSIONS)[number];

/** The value of a dimension for one group: a year, a label, a code; null when unknown. */
export type DimensionValue = string | number | null;

/** The SQL of a dimension, over `practices p` and `pa` (its areas, one row each). */
interface DimensionSql {
  value: string;
  /**
   * What groups are sorted by, as SQL over the grouped value (`column`): the natural order of
   * medals, kinds, bands; text without case or accents.
   */
  order: (column: string) => string;
}

function rankOf(values: readonly string[]): (column: string) => string {
  return (column) =>
    `CASE ${column} ${values.map((v, i) => `WHEN '${v.replace(/'/g, "''")}' THEN ${i + 1}`).join(' ')} END`;
}
const itself = (column: string) => column;
const folded = (column: string) => `lower(strip_accents(${column}))`;

/**
 * The allow-list: each dimension's SQL is written here, in code. A name that is not a key of
 * this table never reaches SQL.
 */
export const DIMENSION_SQL: Readonly<Record<TrendDimension, DimensionSql>> = {
  year: { value: 'p.year', order: itself },
  category: { value: 'p.award_category', order: folded },
  medal: { value: 'p.award_medal', order: rankOf(MEDALS) },
  programme: { value: 'p.award_programme', order: folded },
  kind: { value: 'p.collectivity_kind', order: rankOf(COLLECTIVITY_KINDS) },
  region: { value: 'p.region', order: itself },
  department: { value: 'p.department', order: itself },
  populationBand: {
    value: populationBandSql('p.population'),
    order: rankOf(POPULATION_BANDS.map((b) => b.label)),
  },
  policyArea: { value: 'pa.area', order: itself },
  budgetPeriod: { value: 'p.budget_period', order: rankOf(BUDGET_PERIODS) },
};

// Other spellings accepted on input: kebab-case and a few French words.
const ALIASES: Readonly<Record<string, TrendDimension>> = {
  'population-band': 'populationBand',
  'policy-area': 'policyArea',
  'budget-period': 'budgetPeriod',
  annee: 'year',
  categorie: 'category',
  medaille: 'medal',
  type: 'kind',
  departement: 'department',
  population: 'populationBand',
  domaine: 'policyArea',
};

/** Whether a string is one of the {@link TREND_DIMENSIONS}. */
export function isTrendDimension(name: string): name is TrendDimension {
  return (TREND_DIMENSIONS as readonly string[]).includes(name);
}

/**
 * Read a list of dimensions: "year,category" or ["year", "category"]. Names are those of
 * {@link TREND_DIMENSIONS} (also in kebab-case: "population-band"). Anything else, or a
 * dimension given twice, throws a ValidationError that lists the allowed names, before any
 * SQL is written.
 */
export function parseTrendDimensions(input: string | readonly string[]): TrendDimension[] {
  const names = (typeof input === 'string' ? input.split(',') : [...input]).map((n) => n.trim());
  const dimensions: TrendDimension[] = [];
  const problems: Problem[] = [];
  for (const name of names) {
    const dimension = isTrendDimension(name) ? name : ALIASES[name];
    if (dimension === undefined) {
      problems.push({
        code: 'not-one-of',
        values: { value: name, allowed: TREND_DIMENSIONS },
        where: 'trend dimensions',
        field: '',
        expected: `one of ${TREND_DIMENSIONS.join(', ')}`,
        found: describeValue(name),
      });
    } else if (dimensions.includes(dimension)) {
      problems.push({
        code: 'duplicate',
        values: { value: name },
        where: 'trend dimensions',
        field: '',
        expected: 'each dimension once',
        found: describeValue(name),
      });
    } else {
      dimensions.push(dimension);
    }
  }
  if (problems.length > 0) throw new ValidationError(problems, 'unknown trend dimension');
  return dimensions;
}
