/** The SQL connector interface both DuckDB engines implement, and its value types. */
export {
  plainSqlValue,
  type ColumnSpec,
  type ColumnType,
  type SqlConnector,
  type SqlRow,
  type SqlValue,
} from './connector';
/** The browser connector, over an `AsyncDuckDB` the caller instantiated. */
export { connectDuckDBWasm } from './duckdb-wasm';
export type { WasmConnection, WasmDuckDB, WasmPreparedStatement } from './wasm-duckdb';
/** Practice filters, compiled to a WHERE condition with bound parameters. */
export {
  checkPracticeFilter,
  compilePracticeFilter,
  type CompiledFilter,
  type PracticeFilter,
} from './practice-filter';
/** The practices table of a DuckDB database. */
export {
  PracticeStore,
  type AddPracticesOptions,
  type AddPracticesResult,
  type PracticeStoreOptions,
} from './practice-store';
/** The store's tables, for SQL written elsewhere (trends, exports, the dashboard). */
export {
  PRACTICE_AREA_COLUMNS,
  PRACTICE_COLUMNS,
  STORE_SCHEMA_VERSION,
  type PracticeColumn,
} from './store-schema';
/** Run statements in one transaction. */
export { inTransaction } from './transaction';
