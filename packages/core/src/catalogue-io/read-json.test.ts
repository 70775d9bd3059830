import { describe, expect, it } from 'vitest';
import { readJsonTable } from './read-json';

describe('readJsonTable', () => {
  it('reads nested and flat records, labelled « record n », their keys as columns', () => {
    const text = JSON.stringify([
      { id: 'a', collectivity: { code: '39189' } },
      { id: 'b', 'collectivity.code': '09225', year: 2020 },
    ]);
    const table = readJsonTable(text, 'cat.json');
    expect(table).toEqual({
      file: 'cat.json',
      columns: ['id', 'collectivity', 'collectivity.code', 'year'],
      tabular: false,
      fileProblems: [],
      rows: [
        {
          label: 'cat.json record 1',
          at: { file: 'cat.json', record: 1 },
          cells: { id: 'a', collectivity: { code: '39189' } },
          nested: true,
          problems: [],
        },
        {
          label: 'cat.json record 2',
          at: { file: 'cat.json', record: 2 },
          cells: { id: 'b', 'collectivity.code': '09225', year: 2020 },
          nested: false,
          problems: [],
        },
      ],
    });
  });

  it('drops a byte-order mark', () => {
    const table = readJsonTable('\uFEFF[{"id": "a"}]', 'cat.json');
    expect(table.fileProblems).toEqual([]);
    expect(table.rows.map((r) => r.cells)).toEqual([{ id: 'a' }]);
  });

  it('names the line and column of a syntax error', () => {
    const text = '[\n  {"id": "a"}\n  {"id": "b"}\n]';
    const [problem, ...others] = readJsonTable(text, 'cat.json').fileProblems;
    expect(others).toEqual([]);
    // Offset 18 is the second "{", line 3 column 3 (1-based, counted by hand).
    expect(problem).toEqual({
      code: 'bad-file',
      values: { detail: expect.stringMatching(/position 18/), format: 'json', lacks: 'syntax' },
      where: 'cat.json line 3, column 3',
      at: { file: 'cat.json', line: 3, column: 3 },
      field: '',
      expected: 'valid JSON',
      found: expect.stringMatching(/position 18/),
    });
  });

  it('counts columns from 1 on the first line too', () => {
    // Offset 3 is the "2" of « [1 2] », the fourth character.
    const [problem] = readJsonTable('[1 2]', 'cat.json').fileProblems;
    expect(problem?.where).toBe('cat.json line 1, column 4');
    expect(problem?.at).toEqual({ file: 'cat.json', line: 1, column: 4 });
  });

  it('names only the file when the parser gives no position', () => {
    const table = readJsonTable('[', 'cat.json');
    expect(table.rows).toEqual([]);
    expect(table.columns).toEqual([]);
    expect(table.tabular).toBe(false);
    expect(table.fileProblems).toHaveLength(1);
    expect(table.fileProblems[0]).toMatchObject({
      code: 'bad-file',
      where: 'cat.json',
      at: { file: 'cat.json' },
      found: 'Unexpected end of JSON input',
    });
  });

  it('refuses JSON that is not an array, saying what it is', () => {
    const table = readJsonTable('{"id": "a"}', 'cat.json');
    expect(table).toEqual({
      file: 'cat.json',
      columns: [],
      tabular: false,
      rows: [],
      fileProblems: [
        {
          code: 'wrong-type',
          values: { value: { id: 'a' } },
          where: 'cat.json',
          at: { file: 'cat.json' },
          field: '',
          expected: 'a JSON array of practice records',
          found: 'an object',
        },
      ],
    });
  });

  it('flags each item that is not an object, and reads the others', () => {
    const table = readJsonTable('[null, 3, [1], "x", {"id": "a"}]', 'cat.json');
    expect(table.rows.map((r) => r.problems.map((p) => p.found))).toEqual([
      ['null'],
      ['3'],
      ['an array of 1'],
      ['"x"'],
      [],
    ]);
    expect(table.rows[1]).toEqual({
      label: 'cat.json record 2',
      at: { file: 'cat.json', record: 2 },
      cells: {},
      nested: true,
      problems: [
        {
          code: 'wrong-type',
          values: { value: 3 },
          where: 'cat.json record 2',
          at: { file: 'cat.json', record: 2 },
          field: '',
          expected: 'a practice object',
          found: '3',
        },
      ],
    });
    expect(table.columns).toEqual(['id']);
  });
});
