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
