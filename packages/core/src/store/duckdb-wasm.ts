import {
  plainSqlValue,
  type ColumnSpec,
  type SqlConnector,
  type SqlRow,
  type SqlValue,
} from './connector';
import { placeholders, quoteIdentifier } from './sql-identifiers';
import type { ArrowLikeTable, WasmConnection, WasmDuckDB } from './wasm-duckdb';

// Rows per prepared multi-row INSERT: DuckDB-wasm has no appender across the worker boundary.
const INSERT_BATCH_ROWS = 256;

function hasToArray(value: unknown): value is { toArray(): ArrayLike<unknown> } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toArray?: unknown }).toArray === 'function'
  );
}

/** An Arrow value as a plain JS value: lists (Arrow vectors) become arrays, BIGINT a number. */
function plainArrowValue(value: unknown): unknown {
  if (hasToArray(value)) return Array.from(value.toArray(), plainArrowValue);
  return plainSqlValue(value);
}

function plainRows(table: ArrowLikeTable): SqlRow[] {
  return table.toArray().map((row) => {
    const json = row.toJSON();
    const out: SqlRow = {};
    for (const key of Object.keys(json)) out[key] = plainArrowValue(json[key]);
    return out;
  });
}

class DuckDBWasmConnector implements SqlConnector {
  private fileCount = 0;

  constructor(
    private readonly db: WasmDuckDB,
    private readonly connection: WasmConnection,
  ) {}

  private async execute(sql: string, params?: readonly SqlValue[]): Promise<ArrowLikeTable> {
    if (!params || params.length === 0) return this.connection.query(sql);
    const statement = await this.connection.prepare(sql);
    try {
      return await statement.query(...params);
    } finally {
      await statement.close();
    }
  }

  async query<T extends SqlRow = SqlRow>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return plainRows(await this.execute(sql, params)) as T[];
  }

  async run(sql: string, params?: readonly SqlValue[]): Promise<void> {
    await this.execute(sql, params);
  }

  async insertRows(
    table: string,
    columns: readonly ColumnSpec[],
    rows: ReadonlyArray<readonly SqlValue[]>,
  ): Promise<void> {
    const names = columns.map((c) => quoteIdentifier(c.name)).join(', ');
    const row = `(${placeholders(columns.length)})`;
    const sqlFor = (n: number) =>
      `INSERT INTO ${quoteIdentifier(table)} (${names}) VALUES ${Array.from({ length: n }, () => row).join(', ')}`;
    let full: Awaited<ReturnType<WasmConnection['prepare']>> | undefined;
    try {
      for (let start = 0; start < rows.length; start += INSERT_BATCH_ROWS) {
        const batch = rows.slice(start, start + INSERT_BATCH_ROWS);
        const params = batch.flat();
        if (batch.length === INSERT_BATCH_ROWS) {
          full ??= await this.connection.prepare(sqlFor(INSERT_BATCH_ROWS));
          await full.query(...params);
        } else {
          await this.run(sqlFor(batch.length), params);
        }
      }
    } finally {
      await full?.close();
    }
  }

  async withInputFile<T>(
    bytes: Uint8Array,
    extension: string,
    use: (path: string) => Promise<T>,
  ): Promise<T> {
    const name = `essaimage-input-${++this.fileCount}.${extension.replace(/[^a-z0-9]/gi, '')}`;
    await this.db.registerFileBuffer(name, bytes);
    try {
      return await use(name);
    } finally {
      await this.db.dropFile(name);
    }
  }

  async withOutputFile(
    extension: string,
    write: (path: string) => Promise<void>,
  ): Promise<Uint8Array> {
    const name = `essaimage-output-${++this.fileCount}.${extension.replace(/[^a-z0-9]/gi, '')}`;
    await this.db.registerEmptyFileBuffer(name);
    try {
      await write(name);
      return await this.db.copyFileToBuffer(name);
    } finally {
      await this.db.dropFile(name);
    }
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}

/**
 * A connector on DuckDB-wasm in the browser. The caller instantiates the `AsyncDuckDB` in its
 * worker (the dashboard loads the wasm and worker bundles with Vite `?url` imports, never from a
 * CDN) and keeps ownership of it: `close()` closes this connection only.
 *
 * Parquet import and export need DuckDB's parquet extension, which the wasm bundles do not
 * include: DuckDB-wasm fetches it from extensions.duckdb.org when first used, so on a closed
 * network only CSV and JSON work in the browser.
 */
export async function connectDuckDBWasm(db: WasmDuckDB): Promise<SqlConnector> {
  return new DuckDBWasmConnector(db, await db.connect());
}
