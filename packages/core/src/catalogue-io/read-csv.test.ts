import { describe, expect, it } from 'vitest';
import { readCsvTable } from './read-csv';

describe('readCsvTable', () => {
  it('labels each row with its physical line, quoted line breaks and blank lines included', () => {
    const text = 'a,b\n1,"x\ny\nz"\n\n2,w\n3,"q"\n';
    const table = readCsvTable(text, 'f.csv');
    expect(table.columns).toEqual(['a', 'b']);
    expect(table.rows.map((r) => [r.label, r.cells])).toEqual([
      ['f.csv line 2', { a: '1', b: 'x\ny\nz' }],
      ['f.csv line 6', { a: '2', b: 'w' }],
      ['f.csv line 7', { a: '3', b: 'q' }],
    ]);
    expect(table.fileProblems).toEqual([]);
  });

  it('reads a file with CRLF line ends', () => {
    const table = readCsvTable('a,b\r\n1,"x\r\ny"\r\n2,z\r\n', 'f.csv');
    expect(table.rows.map((r) => [r.label, r.cells])).toEqual([
      ['f.csv line 2', { a: '1', b: 'x\r\ny' }],
      ['f.csv line 4', { a: '2', b: 'z' }],
    ]);
  });

  it('guesses ";" as the delimiter and drops a byte-order mark', () => {
    const table = readCsvTable('\uFEFFIntitulé;Montant\n"a; b";1,5\n', 'f.csv');
    expect(table.columns).toEqual(['Intitulé', 'Montant']);
    expect(table.rows[0].cells).toEqual({ Intitulé: 'a; b', Montant: '1,5' });
  });

  it('reports an unclosed quote on the line it opens, with the lines it swallowed', () => {
    const table = readCsvTable('a,b\n1,ok\n2,"never closed\n3,x\n4,y\n', 'f.csv');
    expect(table.rows[0].problems).toEqual([]);
    expect(table.rows[1].label).toBe('f.csv line 3');
    expect(table.rows[1].problems).toEqual([
      {
        code: 'bad-row',
        values: { line: 3 },
        where: 'f.csv line 3',
        at: { file: 'f.csv', line: 3 },
        field: '',
        expected: 'a closing quote (") for the quoted cell opened on line 3',
        found: 'none before the end of the file: lines 3 to 5 could not be read',
      },
    ]);
  });

  it('reports a row with too few or too many cells', () => {
    const table = readCsvTable('a,b,c\n1,2\n1,2,3,4\n1,2,3\n', 'f.csv');
    expect(table.rows.map((r) => r.problems.map((p) => p.found))).toEqual([['2'], ['4'], []]);
    expect(table.rows[0].problems[0].expected).toBe('3 cells, as in the header');
    expect(table.rows[1].problems[0].values).toEqual({ expectedCount: 3, foundCount: 4 });
  });

  it('reports an empty file and bad header names', () => {
    expect(readCsvTable('', 'f.csv').fileProblems[0].found).toBe('an empty file');
    const problems = readCsvTable('a,,a\n1,2,3\n', 'f.csv').fileProblems;
    expect(problems.map((p) => p.field)).toEqual(['column 2', 'column 3']);
  });
});
