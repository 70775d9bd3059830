import type { Practice } from '@essaimage/core';

/**
 * What the dashboard needs of the DuckDB store: a table of the current catalogue, and Parquet
 * in and out. Implemented over DuckDB-wasm in store-handle-loader.ts (loaded lazily).
 */
export interface StoreHandle {
  /** Replace the stored practices (after an import). */
  replacePractices(practices: readonly Practice[]): Promise<void>;
  /** The practices as a Parquet file. */
  exportParquet(practices: readonly Practice[]): Promise<Uint8Array>;
  /** The records of a Parquet file, as plain objects shaped like a JSON catalogue. */
  readParquet(bytes: Uint8Array): Promise<unknown[]>;
  /** Run a SQL query and return its rows (for the trends). */
  query<Row extends Record<string, unknown>>(sql: string): Promise<Row[]>;
}
