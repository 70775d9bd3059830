import type { SqlConnector } from '../store/connector';
import type { DuckDBNodeOptions } from './duckdb-node';

/**
 * A connector on a real DuckDB in Node (`@duckdb/node-api`): in memory, or in a database file
 * that persists between runs. Parquet and JSON readers are built in. DuckDB is imported on the
 * first call, not with `@essaimage/core/node` (it takes about 0.35 s to load).
 */
export async function connectDuckDBNode(options: DuckDBNodeOptions = {}): Promise<SqlConnector> {
  const duckdb = await import('./duckdb-node');
  return duckdb.connectDuckDBNode(options);
}
