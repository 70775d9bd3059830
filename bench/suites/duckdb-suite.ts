import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { measureLatencyAsync, timeOnceAsync, type Latency } from '../measure/timing';

/** What the DuckDB run reports at one catalogue size. */
export interface DuckDBSuiteResult {
  /** Reading the catalogue's CSV into a table, in ms. */
  loadMs: number;
  /** Rows loaded (must equal the catalogue size). */
  rows: number;
  /** Two-dimension trend: practices and gold medals by year × award category. */
  trend: Latency;
  /** Filtered pre-selection: the ids matching kind, years, budget ceiling and policy areas. */
  preselection: Latency;
  /** Ids the pre-selection keeps. */
  preselected: number;
  note: string;
}

const TREND_SQL = `
  SELECT year, "award.category" AS category, count(*)::INTEGER AS practices,
         count(*) FILTER (WHERE "award.medal" = 'or')::INTEGER AS gold
  FROM practices WHERE year IS NOT NULL
  GROUP BY ALL ORDER BY year, category`;

const PRESELECTION_SQL = `
  SELECT id FROM practices
  WHERE "collectivity.kind" IN ('commune', 'epci')
    AND year BETWEEN 2010 AND 2025
    AND ("budget.amount" IS NULL OR "budget.amount" <= 50000)
    AND list_has_any(string_split("policyAreas", ';'),
                     ['ressources-humaines', 'qualite-vie-travail', 'organisation-des-services'])`;

function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

async function rowsOf(connection: DuckDBConnection, sql: string): Promise<unknown[][]> {
  return (await connection.runAndReadAll(sql)).getRows();
}

/**
 * DuckDB in Node (@duckdb/node-api, in memory): load the generated CSV, then time a trend and a
 * pre-selection in SQL, as the store does.
 */
export async function runDuckDBSuite(csvPath: string): Promise<DuckDBSuiteResult> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const loadMs = await timeOnceAsync(() =>
      connection.run(
        `CREATE TABLE practices AS SELECT * FROM read_csv(${sqlString(csvPath)}, header = true)`,
      ),
    );
    const [[rows]] = (await rowsOf(connection, 'SELECT count(*)::INTEGER FROM practices')) as [
      [number],
    ];
    const timing = { warmupRounds: 3, rounds: 30 };
    const trend = await measureLatencyAsync([TREND_SQL], (sql) => rowsOf(connection, sql), timing);
    let preselected = 0;
    const preselection = await measureLatencyAsync(
      [PRESELECTION_SQL],
      async (sql) => {
        const ids = new Set((await rowsOf(connection, sql)).map((r) => r[0] as string));
        preselected = ids.size;
      },
      timing,
    );
    return {
      loadMs,
      rows,
      trend,
      preselection,
      preselected,
      note: 'raw SQL on @duckdb/node-api over read_csv of the generated CSV (in memory)',
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
