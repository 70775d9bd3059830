import { describe, expect, it } from 'vitest';
import { inTransaction } from '../store/transaction';
import { connectDuckDBNode } from './duckdb-node';

describe('connectDuckDBNode', () => {
  it('binds positional parameters and gives plain JS values', async () => {
    const db = await connectDuckDBNode();
    try {
      const rows = await db.query(
        `SELECT ? AS text, ?::INTEGER + 1 AS n, count(*) AS big, 2.50::DECIMAL(10, 2) AS dec,
                ['a', 'b'] AS list, NULL AS nothing, ? AS flag`,
        ['l\'été "x"; --', 41, true],
      );
      expect(rows).toEqual([
        {
          text: 'l\'été "x"; --',
          n: 42,
          big: 1,
          dec: 2.5,
          list: ['a', 'b'],
          nothing: null,
          flag: true,
        },
      ]);
    } finally {
      await db.close();
    }
  });

  it('appends rows to all the columns of a table, or to some of them', async () => {
    const db = await connectDuckDBNode();
    try {
      await db.run('CREATE TABLE t (id VARCHAR PRIMARY KEY, n INTEGER, x DOUBLE, note VARCHAR)');
      const all = [
        { name: 'id', type: 'VARCHAR' },
        { name: 'n', type: 'INTEGER' },
        { name: 'x', type: 'DOUBLE' },
        { name: 'note', type: 'VARCHAR' },
      ] as const;
      await db.insertRows('t', all, [
        ['a', 1, 1.5, null],
        ['b', null, null, "it's"],
      ]);
      await db.insertRows('t', [all[3], all[0]], [['only note and id', 'c']]);
      expect(await db.query('SELECT * FROM t ORDER BY id')).toEqual([
        { id: 'a', n: 1, x: 1.5, note: null },
        { id: 'b', n: null, x: null, note: "it's" },
        { id: 'c', n: null, x: null, note: 'only note and id' },
      ]);
      await expect(db.insertRows('t', all, [['a', 2, 2, 'duplicate']])).rejects.toThrow(
        /Duplicate key/,
      );
    } finally {
      await db.close();
    }
  });

  it('rolls a failed transaction back, appended rows included', async () => {
    const db = await connectDuckDBNode();
    try {
      await db.run('CREATE TABLE t (id VARCHAR PRIMARY KEY)');
      const column = [{ name: 'id', type: 'VARCHAR' }] as const;
      await expect(
        inTransaction(db, async () => {
          await db.insertRows('t', column, [['a'], ['b']]);
          await db.insertRows('t', column, [['a']]);
        }),
      ).rejects.toThrow();
      expect(await db.query('SELECT count(*) AS n FROM t')).toEqual([{ n: 0 }]);
    } finally {
      await db.close();
    }
  });

  it('writes a Parquet file to bytes and reads bytes back', async () => {
    const db = await connectDuckDBNode();
    try {
      const bytes = await db.withOutputFile('parquet', (path) =>
        db.run("COPY (SELECT 'é' AS a, 1 AS b) TO ? (FORMAT parquet)", [path]),
      );
      expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('PAR1');
      const rows = await db.withInputFile(bytes, 'parquet', (path) =>
        db.query('SELECT * FROM read_parquet(?)', [path]),
      );
      expect(rows).toEqual([{ a: 'é', b: 1 }]);
    } finally {
      await db.close();
    }
  });
});
