import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BOOLEAN,
  DOUBLE,
  DuckDBArrayValue,
  DuckDBDataChunk,
  DuckDBDecimalValue,
  DuckDBInstance,
  DuckDBListValue,
  DuckDBMapValue,
  DuckDBStructValue,
  INTEGER,
  VARCHAR,
  type DuckDBConnection,
  type DuckDBType,
  type DuckDBValue,
} from '@duckdb/node-api';
import {
  plainSqlValue,
  type ColumnSpec,
  type ColumnType,
  type SqlConnector,
  type SqlRow,
  type SqlValue,
} from '../store/connector';
import { quoteIdentifier } from '../store/sql-identifiers';

const TYPES: Record<ColumnType, DuckDBType> = { VARCHAR, INTEGER, DOUBLE, BOOLEAN };
// DuckDB's vector size: one data chunk holds at most this many rows.
const CHUNK_ROWS = 2048;

/** Options of {@link connectDuckDBNode}. */
export interface DuckDBNodeOptions {
  /** A database file, created if missing and kept between runs; in memory when absent. */
  path?: string;
}

/**
 * A DuckDB value as a plain JS value: text, numbers (BIGINT and DECIMAL included) and booleans
 * as they are, lists as arrays, structs and maps as objects (so that a STRUCT where text is
 * expected is refused as an object, not read as its text `{'x': 'y'}`), anything else (dates)
 * as its text.
 */
function plainValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return plainSqlValue(value);
  if (value instanceof DuckDBListValue || value instanceof DuckDBArrayValue) {
    return value.items.map(plainValue);
  }
  if (value instanceof DuckDBDecimalValue) return value.toDouble();
  if (value instanceof DuckDBStructValue) {
    const entries = Object.entries(value.entries).map(([k, v]) => [k, plainValue(v)] as const);
    return Object.assign(Object.create(null) as object, Object.fromEntries(entries));
  }
  if (value instanceof DuckDBMapValue) {
    return value.entries.map((entry) => ({
      key: plainValue(entry.key),
      value: plainValue(entry.value),
    }));
  }
  return String(value);
}

async function withTempDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'essaimage-duckdb-'));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

class DuckDBNodeConnector implements SqlConnector {
  private appendCount = 0;

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  async query<T extends SqlRow = SqlRow>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    const reader = await this.connection.runAndReadAll(sql, params && [...params]);
    // Raw columns, converted here: several times faster than the reader's JS row objects.
    const names = reader.deduplicatedColumnNames();
    const columns = reader.getColumns();
    const rows: T[] = new Array<T>(reader.currentRowCount);
    for (let i = 0; i < rows.length; i++) {
      const row: SqlRow = {};
      for (let c = 0; c < names.length; c++) row[names[c]] = plainValue(columns[c][i]);
      rows[i] = row as T;
    }
    return rows;
  }

  async run(sql: string, params?: readonly SqlValue[]): Promise<void> {
    await this.connection.run(sql, params && [...params]);
  }

  async insertRows(
    table: string,
    columns: readonly ColumnSpec[],
    rows: ReadonlyArray<readonly SqlValue[]>,
  ): Promise<void> {
    if (rows.length === 0) return;
    const types = columns.map((c) => TYPES[c.type]);
    const tableColumns = await this.query<{ column_name: string }>(
      `SELECT column_name FROM duckdb_columns()
       WHERE database_name = current_database() AND schema_name = 'main' AND table_name = ?
       ORDER BY column_index`,
      [table],
    );
    if (
      tableColumns.map((c) => c.column_name).join('\0') === columns.map((c) => c.name).join('\0')
    ) {
      // The appender fills every column of a table, in order: these are the table's columns.
      await this.append(table, types, rows);
      return;
    }
    // Otherwise append to a scratch table of exactly these columns, then copy by name.
    const scratch = `essaimage_append_${++this.appendCount}`;
    const names = columns.map((c) => quoteIdentifier(c.name)).join(', ');
    await this.connection.run(
      `CREATE TEMP TABLE ${quoteIdentifier(scratch)} (${columns.map((c) => `${quoteIdentifier(c.name)} ${c.type}`).join(', ')})`,
    );
    try {
      await this.append(scratch, types, rows);
      await this.connection.run(
        `INSERT INTO ${quoteIdentifier(table)} (${names}) SELECT ${names} FROM ${quoteIdentifier(scratch)}`,
      );
    } finally {
      await this.connection.run(`DROP TABLE IF EXISTS ${quoteIdentifier(scratch)}`);
    }
  }

  private async append(
    table: string,
    types: readonly DuckDBType[],
    rows: ReadonlyArray<readonly SqlValue[]>,
  ): Promise<void> {
    const appender = await this.connection.createAppender(table);
    try {
      for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
        const slice = rows.slice(start, start + CHUNK_ROWS);
        const chunk = DuckDBDataChunk.create(types, slice.length);
        chunk.setRows(slice as ReadonlyArray<readonly DuckDBValue[]>);
        appender.appendDataChunk(chunk);
      }
    } finally {
      appender.closeSync();
    }
  }

  async withInputFile<T>(
    bytes: Uint8Array,
    extension: string,
    use: (path: string) => Promise<T>,
  ): Promise<T> {
    return withTempDir(async (dir) => {
      const path = join(dir, `input.${extension.replace(/[^a-z0-9]/gi, '')}`);
      await writeFile(path, bytes);
      return use(path);
    });
  }

  async withOutputFile(
    extension: string,
    write: (path: string) => Promise<void>,
  ): Promise<Uint8Array> {
    return withTempDir(async (dir) => {
      const path = join(dir, `output.${extension.replace(/[^a-z0-9]/gi, '')}`);
      await write(path);
      return new Uint8Array(await readFile(path));
    });
  }

  async close(): Promise<void> {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

/**
 * A connector on a real DuckDB in Node (`@duckdb/node-api`): in memory, or in a database file
 * that persists between runs. Parquet and JSON readers are built in.
 */
export async function connectDuckDBNode(options: DuckDBNodeOptions = {}): Promise<SqlConnector> {
  const instance = await DuckDBInstance.create(options.path ?? ':memory:');
  const connection = await instance.connect();
  if (options.path !== undefined && options.path !== ':memory:') {
    // DuckDB opens some other files (a .json, a .csv) as a read-only view and keeps what is
    // written in memory: refuse them, or a "persistent" store would silently lose its writes.
    const reader = await connection.runAndReadAll(
      'SELECT path FROM duckdb_databases() WHERE database_name = current_database()',
    );
    if (reader.getRowObjectsJS()[0]?.path == null) {
      connection.closeSync();
      instance.closeSync();
      throw new Error(
        `${options.path} is not a DuckDB database file (DuckDB would not write to it)`,
      );
    }
  }
  return new DuckDBNodeConnector(instance, connection);
}
