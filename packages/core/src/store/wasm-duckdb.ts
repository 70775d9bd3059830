// What the wasm connector uses of DuckDB-wasm, written out rather than imported from
// @duckdb/duckdb-wasm: that package is an optional peer, and core's published types must
// type-check without it. An `AsyncDuckDB` and its connections fit these shapes.

/** A result table (an Apache Arrow `Table`), as far as the connector reads it. */
export interface ArrowLikeTable {
  toArray(): Array<{ toJSON(): Record<string, unknown> }>;
}

/** A prepared statement of DuckDB-wasm (`AsyncPreparedStatement`). */
export interface WasmPreparedStatement {
  query(...params: unknown[]): Promise<ArrowLikeTable>;
  close(): Promise<void>;
}

/** A connection of DuckDB-wasm (`AsyncDuckDBConnection`). */
export interface WasmConnection {
  query(sql: string): Promise<ArrowLikeTable>;
  prepare(sql: string): Promise<WasmPreparedStatement>;
  close(): Promise<void>;
}

/** What the connector uses of an `AsyncDuckDB` (the caller instantiates it in its worker). */
export interface WasmDuckDB {
  connect(): Promise<WasmConnection>;
  registerFileBuffer(name: string, buffer: Uint8Array): Promise<void>;
  registerEmptyFileBuffer(name: string): Promise<void>;
  copyFileToBuffer(name: string): Promise<Uint8Array>;
  dropFile(name: string): Promise<unknown>;
}
