import { compilePracticeFilter, type SqlConnector, type SqlValue } from './core-store';
import { POPULATION_BANDS, type PracticeFilters } from '../state/app-state';
import type { CountRow, TrendData } from './trend-data';

// The population band of `p.population`, as SQL (bounds are constants from code).
const BAND_SQL = `CASE ${POPULATION_BANDS.map((b) =>
  Number.isFinite(b.max) ? `WHEN p.population < ${b.max} THEN '${b.code}'` : `ELSE '${b.code}'`,
).join(' ')} END`;

/** The dashboard's filters as a WHERE condition over `practices p`, with bound parameters. */
export function filterCondition(filters: PracticeFilters): { sql: string; params: SqlValue[] } {
  const compiled = compilePracticeFilter({
    regions: filters.regions,
    kinds: filters.kinds,
    policyAreas: filters.areas,
    yearFrom: filters.yearFrom ?? undefined,
    yearTo: filters.yearTo ?? undefined,
  });
  if (filters.bands.length === 0) return compiled;
  const bands = filters.bands.map(() => '?').join(', ');
  return {
    sql: `(${compiled.sql}) AND p.population IS NOT NULL AND (${BAND_SQL}) IN (${bands})`,
    params: [...compiled.params, ...filters.bands],
  };
}

/** Run every trend aggregate of the trends view in DuckDB. */
export async function queryTrends(
  connector: SqlConnector,
  filters: PracticeFilters,
): Promise<TrendData> {
  const where = filterCondition(filters);
  const count = (key: string) =>
    connector.query<{ key: string | null; count: number }>(
      `SELECT ${key} AS key, count(*)::INTEGER AS count FROM practices p WHERE ${where.sql} GROUP BY 1 ORDER BY 1`,
      where.params,
    );
  const keyed = (rows: { key: string | null; count: number }[]): CountRow[] =>
    rows.map((r) => ({ key: r.key ?? '', count: r.count }));
  const [total, byYearCategory, byMedal, byKind, byBand, byRegion, budgets] = await Promise.all([
    connector.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM practices p WHERE ${where.sql}`,
      where.params,
    ),
    connector.query<{ year: number | null; category: string; count: number }>(
      `SELECT p.year AS year, coalesce(p.award_category, '') AS category, count(*)::INTEGER AS count
       FROM practices p WHERE ${where.sql} GROUP BY 1, 2 ORDER BY 1 NULLS LAST, 2`,
      where.params,
    ),
    count(`coalesce(p.award_medal, 'aucune')`),
    count('p.collectivity_kind'),
    count(`CASE WHEN p.population IS NULL THEN 'inconnue' ELSE ${BAND_SQL} END`),
    count('p.region'),
    connector.query<{ period: string | null; amount: number; id: string; title: string }>(
      `SELECT p.budget_period AS period, p.budget_amount AS amount, p.id AS id, p.title AS title
       FROM practices p WHERE ${where.sql} AND p.budget_amount IS NOT NULL ORDER BY 1, 2, 3`,
      where.params,
    ),
  ]);
  return {
    total: total[0]?.n ?? 0,
    byYearCategory,
    byMedal: keyed(byMedal),
    byKind: keyed(byKind),
    byBand: keyed(byBand),
    byRegion: keyed(byRegion).filter((r) => r.key !== ''),
    budgets,
  };
}
