import type { Problem, ProblemCode } from '@essaimage/core';
import { describe, expect, it } from 'vitest';
import { wordProblem } from './words';

// Every code of the union: the compiler checks this list is complete through the Record below.
const CODES: Record<ProblemCode, true> = {
  missing: true,
  'wrong-type': true,
  'not-integer': true,
  'out-of-range': true,
  'bad-format': true,
  'not-one-of': true,
  'unknown-code': true,
  duplicate: true,
  conflict: true,
  'unknown-column': true,
  'bad-row': true,
  'bad-file': true,
  'bad-encoding': true,
};

const base = {
  where: 'cat.csv line 4',
  at: { file: 'cat.csv', line: 4 },
  field: 'budget.amount',
  expected: 'an English phrase',
  found: 'an English value',
};

describe('wordProblem', () => {
  it.each(Object.keys(CODES) as ProblemCode[])('words %s in French, with its place', (code) => {
    const line = wordProblem({ ...base, code, values: { value: 'x' } } as Problem);
    expect(line).toMatch(/^cat\.csv, ligne 4, champ « budget\.amount » : attendu .+, trouvé .+/);
    expect(line).not.toMatch(/English|expected|found/);
  });

  it('names the flag of a target problem, and the bounds of a number', () => {
    expect(
      wordProblem({
        code: 'out-of-range',
        where: 'query',
        field: 'top',
        expected: '',
        found: '',
        values: { value: 0, min: 1, max: 1000 },
      }),
    ).toBe('--top : attendu un nombre de 1 à 1000, trouvé 0');
  });
});
