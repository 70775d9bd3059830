import { describe, expect, it } from 'vitest';
import { guessDelimiter, readCsvTable } from './read-csv';

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

  it('gives the table its columns, delimiter and rows flat, with no problem on good rows', () => {
    expect(readCsvTable('a;b\n1;2\n', 'f.csv')).toEqual({
      file: 'f.csv',
      columns: ['a', 'b'],
      tabular: true,
      delimiter: ';',
      fileProblems: [],
      rows: [
        {
          label: 'f.csv line 2',
          at: { file: 'f.csv', line: 2 },
          cells: { a: '1', b: '2' },
          nested: false,
          problems: [],
        },
      ],
    });
  });

  it('trims the header names, not the cells', () => {
    const table = readCsvTable(' a , b\n 1 , 2 \n', 'f.csv');
    expect(table.columns).toEqual(['a', 'b']);
    expect(table.rows[0]?.cells).toEqual({ a: ' 1 ', b: ' 2 ' });
  });

  it('skips blank and whitespace-only lines before the header and between rows', () => {
    const table = readCsvTable('\n \na,b\n\n , \n1,2\n', 'f.csv');
    expect(table.columns).toEqual(['a', 'b']);
    expect(table.rows.map((r) => [r.label, r.cells])).toEqual([
      ['f.csv line 6', { a: '1', b: '2' }],
    ]);
    expect(table.fileProblems).toEqual([]);
  });

  it('counts a file of blank lines only as empty, with the whole problem', () => {
    expect(readCsvTable('\n\n  \n', 'f.csv')).toEqual({
      file: 'f.csv',
      columns: [],
      tabular: true,
      rows: [],
      fileProblems: [
        {
          code: 'bad-file',
          values: { format: 'csv', lacks: 'header' },
          where: 'f.csv',
          at: { file: 'f.csv' },
          field: '',
          expected: 'a header line of column names',
          found: 'an empty file',
        },
      ],
    });
  });

  it('names an empty or repeated header name by its column, with the problem in full', () => {
    const problems = readCsvTable('\na,,a\n1,2,3\n', 'f.csv').fileProblems;
    expect(problems).toEqual([
      {
        code: 'missing',
        values: { value: '' },
        where: 'f.csv line 2',
        at: { file: 'f.csv', line: 2, column: 2 },
        field: 'column 2',
        expected: 'a column name, different from the others',
        found: 'an empty string',
      },
      {
        code: 'duplicate',
        values: { value: 'a' },
        where: 'f.csv line 2',
        at: { file: 'f.csv', line: 2, column: 3 },
        field: 'column 3',
        expected: 'a column name, different from the others',
        found: '"a"',
      },
    ]);
  });

  it('reports a header that cannot be read', () => {
    const problems = readCsvTable('a,"b"c\n1,2\n', 'f.csv').fileProblems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'bad-row',
      where: 'f.csv line 1',
      at: { file: 'f.csv', line: 1 },
      field: '',
      expected: 'a readable header line',
    });
    expect(problems[0]?.found).toBe(
      'Trailing quote on quoted field is malformed; Quoted field unterminated',
    );
    expect(problems[0]?.values).toEqual({ detail: problems[0]?.found });
  });

  it('reports a malformed quote inside a row with the parser’s words, not a cell count', () => {
    const table = readCsvTable('a,b\n1,2\n"1"2",3\n', 'f.csv');
    expect(table.rows[0]?.problems).toEqual([]);
    expect(table.rows[1]?.problems).toEqual([
      {
        code: 'bad-row',
        values: { detail: 'Trailing quote on quoted field is malformed' },
        where: 'f.csv line 3',
        at: { file: 'f.csv', line: 3 },
        field: '',
        expected: 'a well-formed CSV row',
        found: 'Trailing quote on quoted field is malformed',
      },
    ]);
  });

  it('fills the cells a short row lacks with empty text', () => {
    const table = readCsvTable('a,b,c\n1\n', 'f.csv');
    expect(table.rows[0]?.cells).toEqual({ a: '1', b: '', c: '' });
    expect(table.rows[0]?.problems[0]).toEqual({
      code: 'bad-row',
      values: { expectedCount: 3, foundCount: 1 },
      where: 'f.csv line 2',
      at: { file: 'f.csv', line: 2 },
      field: '',
      expected: '3 cells, as in the header',
      found: '1',
    });
  });

  it('numbers lines right in a long file, past many line breaks', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `${i},x`);
    const table = readCsvTable(`a,b\n${lines.join('\n')}\n`, 'f.csv');
    expect(table.rows.map((r) => r.at?.line)).toEqual(lines.map((_, i) => i + 2));
  });

  it('keeps a row whose only content is an unclosed quote: it is no blank line', () => {
    const table = readCsvTable('a,b\n1,2\n"', 'f.csv');
    expect(table.rows.map((r) => [r.label, r.problems.map((p) => p.values)])).toEqual([
      ['f.csv line 2', []],
      ['f.csv line 3', [{ line: 3 }]],
    ]);
  });

  it('names the line a quote opens on, when the row started on an earlier line', () => {
    // The row starts on line 2; its first cell closes on line 3, where « "z » never closes.
    const table = readCsvTable('a,b\n"x\ny","z\n', 'f.csv');
    expect(table.rows[0]?.label).toBe('f.csv line 2');
    expect(table.rows[0]?.problems.map((p) => p.expected)).toEqual([
      'a closing quote (") for the quoted cell opened on line 3',
    ]);
  });

  it('reads a single-column file without a problem', () => {
    const table = readCsvTable('titre\nVélos\nJardins\n', 'f.csv');
    expect(table.columns).toEqual(['titre']);
    expect(table.rows.map((r) => [r.cells, r.problems])).toEqual([
      [{ titre: 'Vélos' }, []],
      [{ titre: 'Jardins' }, []],
    ]);
  });
});

describe('guessDelimiter', () => {
  it('takes the separator the header holds most, outside quotes', () => {
    expect(guessDelimiter('a;b;c\n1,2,3,4,5\n')).toBe(';');
    expect(guessDelimiter('a\tb\n')).toBe('\t');
    expect(guessDelimiter('"a;b;c",d\n')).toBe(',');
    expect(guessDelimiter('a,b;c;d\n')).toBe(';');
  });

  it('reads a quoted header name across a line break as one header', () => {
    expect(guessDelimiter('"a\nb;c;d";e,f\n')).toBe(',');
    expect(guessDelimiter('a;b\r\n1,2,3,4\r\n')).toBe(';');
  });

  it('ends the header at a lone carriage return (old Mac line ends)', () => {
    expect(guessDelimiter('a;b\r1,2,3,4\r')).toBe(';');
  });

  it('skips blank lines before the header', () => {
    expect(guessDelimiter('\n\r\na;b\n1,2,3\n')).toBe(';');
  });

  it('falls back to "," with no separator, and on a tie', () => {
    expect(guessDelimiter('titre\nVélos\n')).toBe(',');
    expect(guessDelimiter('')).toBe(',');
    expect(guessDelimiter('a;b,c\n')).toBe(',');
    expect(guessDelimiter('a;b\tc\n')).toBe(';');
  });
});
