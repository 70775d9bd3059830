import { describe, expect, it } from 'vitest';
import { ValidationError } from '../practice/problem';
import { mapColumns, parseColumnMapping } from './column-mapping';

describe('parseColumnMapping', () => {
  it('reads Source=target pairs, French names and spaces included', () => {
    const mapping = parseColumnMapping('Intitulé=title, Code INSEE = collectivity.code,Notes=-');
    expect([...mapping]).toEqual([
      ['Intitulé', 'title'],
      ['Code INSEE', 'collectivity.code'],
      ['Notes', '-'],
    ]);
  });

  it('refuses an unknown target, a pair without "=", and a target given twice', () => {
    const error = (() => {
      try {
        parseColumnMapping('A=titre,B,C=title,D=title');
      } catch (e) {
        return e as ValidationError;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error?.problems.map((p) => p.where)).toEqual([
      '--map "A=titre"',
      '--map "B"',
      '--map "D=title"',
    ]);
  });
});

describe('mapColumns', () => {
  it('maps, ignores derived columns, and reports unknown ones with the way to map them', () => {
    const result = mapColumns(
      'f.csv',
      ['Intitulé', 'population', 'Notes', 'summary'],
      new Map([['Intitulé', 'title']]),
    );
    expect(result.targets).toEqual(['title', undefined, undefined, 'summary']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ where: 'f.csv', field: 'Notes' });
    expect(result.problems[0].expected).toContain('--map "Notes=-"');
  });
});

describe('the problems of a bad column mapping, in full', () => {
  const problemsOf = (text: string) => {
    try {
      parseColumnMapping(text);
    } catch (e) {
      expect((e as ValidationError).message).toContain('invalid column mapping');
      return (e as ValidationError).problems;
    }
    return [];
  };
  const shape = 'Source=target (a column of the file, "=", a record column or "-")';

  it('names the pair, what was expected and what was found', () => {
    expect(problemsOf(' B ,=title,C=, A=titre,S=title,S=summary,X=title')).toMatchObject([
      { where: '--map "B"', field: '', expected: shape, found: '"B"' },
      { where: '--map "=title"', field: '', expected: shape, found: '"=title"' },
      { where: '--map "C="', field: '', expected: shape, found: '"C="' },
      {
        where: '--map "A=titre"',
        field: '',
        expected: expect.stringMatching(/^a record column \(id, title, .*\) or "-"$/),
        found: '"titre"',
      },
      {
        where: '--map "S=summary"',
        field: '',
        expected: 'each source column mapped once',
        found: '"S"',
      },
      {
        where: '--map "X=title"',
        field: '',
        expected: 'each record column given once ("S" is mapped to it already)',
        found: '"title"',
      },
    ]);
  });

  it('skips empty pairs, and lets several columns be ignored', () => {
    expect([...parseColumnMapping(',A=-,, B=-,')]).toEqual([
      ['A', '-'],
      ['B', '-'],
    ]);
    expect(problemsOf('')).toEqual([]);
  });
});

describe('mapColumns, every problem', () => {
  it('refuses a record column fed twice, naming the column that feeds it already', () => {
    const result = mapColumns(
      'f.csv',
      ['Intitulé', 'title', 'Notes'],
      new Map([
        ['Intitulé', 'title'],
        ['Notes', '-'],
      ]),
    );
    expect(result.targets).toEqual(['title', undefined, undefined]);
    expect(result.problems).toMatchObject([
      {
        where: 'f.csv',
        field: 'title',
        expected: 'one column for "title" (column "Intitulé" gives it already)',
        found: '"title"',
      },
    ]);
  });
});
