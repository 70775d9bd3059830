import type { PracticeFilter } from '../store/practice-filter';
import type { PracticeStore } from '../store/practice-store';
import { groupedQuery } from './grouped-query';
import { parseTrendDimensions, type DimensionValue, type TrendDimension } from './trend-dimensions';

/** One group of a trend: its value for each dimension asked, and how many practices. */
export type TrendRow = { [D in TrendDimension]?: DimensionValue } & {
  /** Practices in the group. */
  count: number;
};

/**
 * Count the practices matching a filter by dimensions ("year,category" or a list; checked
 * against the allow-list before any SQL runs). Groups come in the dimensions' natural order
 * (years ascending, medals or → excellence, population bands smallest first), unknown values
 * last. With `policyArea`, a practice counts once in each of its areas.
 */
export async function countTrends(
  store: PracticeStore,
  dimensions: string | readonly string[],
  filter?: PracticeFilter,
): Promise<TrendRow[]> {
  const checked = parseTrendDimensions(dimensions);
  const query = groupedQuery(checked, filter, 'count(*)::INTEGER AS count');
  return store.connector.query<TrendRow>(query.sql, query.params);
}
