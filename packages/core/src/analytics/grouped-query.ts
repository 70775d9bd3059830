import type { SqlValue } from '../store/connector';
import { compilePracticeFilter, type PracticeFilter } from '../store/practice-filter';
import { DIMENSION_SQL, type TrendDimension } from './trend-dimensions';

/** A query over the practices matching a filter, grouped by dimensions. */
export interface GroupedQuery {
  sql: string;
  params: SqlValue[];
}

/**
 * SQL grouping the practices matching `filter` by `dimensions` (already checked against the
 * allow-list), computing `aggregates` over the CTE `base` (one row per practice and group, with
 * its budget `amount`). Each dimension's value comes out under its own name, groups in the
 * dimensions' natural order, unknown values last.
 */
export function groupedQuery(
  dimensions: readonly TrendDimension[],
  filter: PracticeFilter | undefined,
  aggregates: string,
): GroupedQuery {
  const where = compilePracticeFilter(filter);
  const sqls = dimensions.map((d) => DIMENSION_SQL[d]);
  // Areas are joined distinct: a practice listing an area twice counts once in it.
  const byArea = dimensions.includes('policyArea');
  const areas = byArea
    ? 'LEFT JOIN (SELECT DISTINCT practice_id, area FROM practice_areas) pa ON pa.practice_id = p.id'
    : '';
  const columns = sqls.map((s, i) => `, ${s.value} AS d${i}`).join('');
  const base = `WITH base AS (
    SELECT p.id AS pid, p.budget_amount AS amount${columns}
    FROM practices p ${areas}
    WHERE ${where.sql}
  )`;
  const outputs = dimensions.map((d, i) => `d${i} AS "${d}"`);
  const groups = dimensions.map((_, i) => `d${i}`);
  const order = sqls.flatMap((s, i) => [`${s.order(`d${i}`)} NULLS LAST`, `d${i} NULLS LAST`]);
  const sql =
    `${base} SELECT ${[...outputs, aggregates].join(', ')} FROM base` +
    (dimensions.length > 0 ? ` GROUP BY ${groups.join(', ')} ORDER BY ${order.join(', ')}` : '');
  return { sql, params: where.params };
}
