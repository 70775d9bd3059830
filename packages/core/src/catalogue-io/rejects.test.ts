import { describe, expect, it } from 'vitest';
import type { Problem } from '../practice/problem';
import type { ImportReport } from './import-catalogue';
import { rejectReason, rejectsCsv, rejectsJson } from './rejects';

const noYear: Problem = {
  code: 'missing',
  where: 'f.csv line 2',
  field: 'year',
  expected: 'a year',
  found: 'nothing (missing)',
};
const shortRow: Problem = {
  code: 'bad-row',
  where: 'f.csv line 3',
  field: '',
  expected: '3 cells, as in the header',
  found: '2',
};

/** A fixed reason, so that these tests look at the cells and the file's form. */
const R = () => 'r';

function report(over: Partial<ImportReport>): ImportReport {
  return {
    file: 'f.csv',
    columns: ['id', 'title'],
    tabular: true,
    rows: 2,
    added: [],
    unchanged: [],
    rejected: [],
    ...over,
  };
}

describe('rejectReason', () => {
  it('says each problem’s field, what was expected and found, on one line', () => {
    expect(rejectReason('f.csv line 2', [noYear])).toBe(
      'f.csv line 2: year: expected a year, found nothing (missing)',
    );
    expect(rejectReason('f.csv line 3', [shortRow, noYear])).toBe(
      'f.csv line 3: expected 3 cells, as in the header, found 2 ; year: expected a year, found nothing (missing)',
    );
  });
});

describe('rejectsCsv', () => {
  it('writes the file’s own columns then the reason, with its separator', () => {
    const csv = rejectsCsv(
      report({
        delimiter: ';',
        rejected: [
          { label: 'f.csv line 2', cells: { id: 'a', title: 'Vélos' }, problems: [noYear] },
        ],
      }),
    );
    expect(csv).toBe(
      'id;title;reason\na;Vélos;f.csv line 2: year: expected a year, found nothing (missing)\n',
    );
  });

  it('keeps a tab separator, and falls back to "," for another or none', () => {
    const rejected = [{ label: 'l', cells: { id: 'a', title: 'b' }, problems: [] }];
    expect(rejectsCsv(report({ delimiter: '\t', rejected }), R)).toBe(
      'id\ttitle\treason\na\tb\tr\n',
    );
    expect(rejectsCsv(report({ delimiter: '|', rejected }), R)).toBe('id,title,reason\na,b,r\n');
    expect(rejectsCsv(report({ rejected }), R)).toBe('id,title,reason\na,b,r\n');
  });

  it('starts with a byte-order mark when the input was Windows-1252 or had one, only then', () => {
    const base = { delimiter: ',', rejected: [{ label: 'l', cells: { id: 'a' }, problems: [] }] };
    const out = 'id,title,reason\na,,r\n';
    expect(rejectsCsv(report({ ...base, encoding: 'windows-1252' }), R)).toBe(`\uFEFF${out}`);
    expect(rejectsCsv(report({ ...base, bom: true }), R)).toBe(`\uFEFF${out}`);
    expect(rejectsCsv(report({ ...base, encoding: 'utf-8', bom: false }), R)).toBe(out);
  });

  it('writes each cell as read: blank as nothing, lists with ";", objects as JSON', () => {
    const csv = rejectsCsv(
      report({
        columns: ['a', 'b', 'c', 'd', 'e', 'f'],
        rejected: [
          {
            label: 'l',
            cells: { a: null, b: '  ', c: ['x', 2], d: { k: 1 }, e: 3 },
            problems: [],
          },
        ],
      }),
      R,
    );
    expect(csv).toBe('a,b,c,d,e,f,reason\n,,x;2,"{""k"":1}",3,,r\n');
  });

  it('gives back a neutralised CSV cell as the user wrote it, not neutralised twice', () => {
    const rejected = [{ label: 'l', cells: { id: "'=x", title: '=y' }, problems: [] }];
    // From a CSV, "'=x" was read as written: it goes back as it was; "=y" gets its apostrophe.
    expect(rejectsCsv(report({ delimiter: ',', rejected }), R)).toBe(
      "id,title,reason\n'=x,'=y,r\n",
    );
    // From a JSON record (no delimiter), "'=x" is the text itself: neutralised once more.
    expect(rejectsCsv(report({ rejected }), R)).toBe("id,title,reason\n''=x,'=y,r\n");
  });

  it('words the reason as the caller asks', () => {
    const rejected = [{ label: 'f.csv line 2', cells: { id: 'a' }, problems: [noYear] }];
    const csv = rejectsCsv(report({ columns: ['id'], rejected }), (row) => `${row.label} !`);
    expect(csv).toBe('id,reason\na,f.csv line 2 !\n');
  });
});

describe('rejectsJson', () => {
  it('lists each rejected record unchanged with its reason, indented, ending with a newline', () => {
    const record = { id: 'a', collectivity: { code: '39189' } };
    const json = rejectsJson(
      report({ rejected: [{ label: 'f.json record 1', cells: record, problems: [noYear] }] }),
    );
    expect(json).toBe(
      `${JSON.stringify(
        [{ reason: 'f.json record 1: year: expected a year, found nothing (missing)', record }],
        null,
        2,
      )}\n`,
    );
    expect(json).toContain('\n  {\n    "reason"');
  });

  it('words the reason as the caller asks', () => {
    const json = rejectsJson(
      report({ rejected: [{ label: 'r', cells: {}, problems: [] }] }),
      (row) => `${row.label}?`,
    );
    expect(JSON.parse(json)).toEqual([{ reason: 'r?', record: {} }]);
  });
});
