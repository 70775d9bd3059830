import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDuckDBNode } from '../node/duckdb-node';
import type { SqlConnector } from '../store/connector';
import { readParquetTable } from './read-parquet';

// On a real DuckDB: the Parquet bytes are written by DuckDB itself, then read back.
let db: SqlConnector;
beforeAll(async () => {
  db = await connectDuckDBNode();
});
afterAll(async () => {
  await db.close();
});

function parquetOf(select: string): Promise<Uint8Array> {
  return db.withOutputFile('parquet', (path) =>
    db.run(`COPY (${select}) TO '${path.replaceAll("'", "''")}' (FORMAT parquet)`),
  );
}

describe('readParquetTable', () => {
  it('reads each row under its dotted columns, labelled « row n », typed as stored', async () => {
    const bytes = await parquetOf(
      `SELECT * FROM (VALUES ('a', '39189', 2020), ('b', '09225', NULL))
         AS t("id", "collectivity.code", "year")`,
    );
    const table = await readParquetTable(db, bytes, 'cat.parquet');
    expect(table).toEqual({
      file: 'cat.parquet',
      tabular: true,
      columns: ['id', 'collectivity.code', 'year'],
      fileProblems: [],
      rows: [
        {
          label: 'cat.parquet row 1',
          at: { file: 'cat.parquet', row: 1 },
          cells: { id: 'a', 'collectivity.code': '39189', year: 2020 },
          nested: false,
          problems: [],
        },
        {
          label: 'cat.parquet row 2',
          at: { file: 'cat.parquet', row: 2 },
          cells: { id: 'b', 'collectivity.code': '09225', year: null },
          nested: false,
          problems: [],
        },
      ],
    });
  });

  it('gives its columns even when it has no row', async () => {
    const bytes = await parquetOf(`SELECT 'a' AS "id", 1 AS "year" WHERE false`);
    const table = await readParquetTable(db, bytes, 'empty.parquet');
    expect(table.columns).toEqual(['id', 'year']);
    expect(table.rows).toEqual([]);
    expect(table.fileProblems).toEqual([]);
  });

  it('refuses bytes that are not Parquet, in words without SQL or temporary path', async () => {
    const bytes = new TextEncoder().encode('id,year\na,2020\n');
    const table = await readParquetTable(db, bytes, 'cat.parquet');
    expect(table).toEqual({
      file: 'cat.parquet',
      columns: [],
      tabular: true,
      rows: [],
      fileProblems: [
        {
          code: 'bad-file',
          values: { format: 'parquet', lacks: 'readable' },
          where: 'cat.parquet',
          at: { file: 'cat.parquet' },
          field: '',
          expected: 'a readable Parquet file',
          found: 'a file DuckDB cannot read as Parquet (not Parquet, or damaged)',
        },
      ],
    });
  });

  it('says « as a catalogue » when DuckDB fails for another reason than the file', async () => {
    const closed = await connectDuckDBNode();
    const bytes = await parquetOf(`SELECT 'a' AS "id"`);
    await closed.close();
    const table = await readParquetTable(closed, bytes, 'cat.parquet');
    expect(table.fileProblems.map((p) => p.found)).toEqual([
      'a file DuckDB cannot read as a catalogue',
    ]);
  });
});
