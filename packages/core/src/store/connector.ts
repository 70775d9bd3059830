/**
 * A value bound to a SQL parameter. User values only ever reach SQL this way: never spliced
 * into the text of a statement.
 */
export type SqlValue = string | number | boolean | null;

/** One result row, column name to value (BIGINT and DECIMAL already turned into numbers). */
export type SqlRow = Record<string, unknown>;

/** The SQL type of a column given to {@link SqlConnector.insertRows}. */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';

/** A column of a bulk insert: its name (a fixed identifier from code, never user input) and type. */
export interface ColumnSpec {
  name: string;
  type: ColumnType;
}

/**
 * The small async interface the store needs of a SQL engine. Two implementations run a real
 * DuckDB: `connectDuckDBNode` (`@essaimage/core/node`, on `@duckdb/node-api`, in memory or in a
 * database file) and `connectDuckDBWasm` (an `AsyncDuckDB` of `@duckdb/duckdb-wasm` that the
 * caller instantiated in its worker).
 *
 * Statements use positional `?` parameters; `params` are bound in order. One connector is one
 * connection: `BEGIN` / `COMMIT` run through `run` make a transaction.
 */
export interface SqlConnector {
  /** Run a query and return every row. */
  query<T extends SqlRow = SqlRow>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Run a statement whose result is not needed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  /**
   * Append many rows to an existing table, fast (an appender in Node, batched prepared inserts
   * in the browser). `table` and the column names are fixed identifiers from code.
   */
  insertRows(
    table: string,
    columns: readonly ColumnSpec[],
    rows: ReadonlyArray<readonly SqlValue[]>,
  ): Promise<void>;
  /**
   * Make bytes readable by SQL: `use` gets a path to bind as a parameter (`read_parquet(?)`);
   * the file is gone once it returns.
   */
  withInputFile<T>(
    bytes: Uint8Array,
    extension: string,
    use: (path: string) => Promise<T>,
  ): Promise<T>;
  /**
   * Give SQL a path to write to (`COPY (...) TO ? (FORMAT parquet)`), and return the bytes
   * written there by `write`.
   */
  withOutputFile(extension: string, write: (path: string) => Promise<void>): Promise<Uint8Array>;
  /** Release the connection (and the database, when the connector opened it). */
  close(): Promise<void>;
}

/** Turn a value read from a DuckDB result into a plain JS value: bigint → number when safe. */
export function plainSqlValue(value: unknown): unknown {
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (Array.isArray(value)) return value.map(plainSqlValue);
  return value;
}
