import type { PracticeFilter } from '../store/practice-filter';
import type { PracticeStore } from '../store/practice-store';
import { groupedQuery } from './grouped-query';
import { parseTrendDimensions, type DimensionValue, type TrendDimension } from './trend-dimensions';

/**
 * Budget statistics of one group, in euros, over the practices whose budget amount is known
 * (null when none is). Quartiles interpolate linearly between amounts (DuckDB's
 * `quantile_cont`, as numpy's default). Amounts of different periods (one-off, annual...) are
 * mixed: break down by `budgetPeriod` to separate them.
 */
export type BudgetStatsRow = { [D in TrendDimension]?: DimensionValue } & {
  /** Practices in the group. */
  practices: number;
  /** Practices with a known budget amount. */
  withBudget: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  mean: number | null;
};

const AGGREGATES = [
  'count(*)::INTEGER AS practices',
  'count(amount)::INTEGER AS "withBudget"',
  'min(amount) AS min',
  'quantile_cont(amount, 0.25) AS q1',
  'quantile_cont(amount, 0.5) AS median',
  'quantile_cont(amount, 0.75) AS q3',
  'max(amount) AS max',
  'avg(amount) AS mean',
].join(', ');

/** Budget statistics of the practices matching a filter, by dimensions (as `countTrends`). */
export async function budgetStats(
  store: PracticeStore,
  dimensions: string | readonly string[],
  filter?: PracticeFilter,
): Promise<BudgetStatsRow[]> {
  const checked = parseTrendDimensions(dimensions);
  const query = groupedQuery(checked, filter, AGGREGATES);
  return store.connector.query<BudgetStatsRow>(query.sql, query.params);
}
