import { describe, expect, it } from 'vitest';
import { checkPracticeRecord } from './schema';
import { formatProblem, ValidationError, type Problem } from './problem';

const valid = {
  id: 'damparis-velos',
  title: 'Vélos',
  summary: 'Des vélos prêtés aux agents',
  collectivity: { name: 'Damparis', kind: 'commune', code: '39189' },
  year: 2020,
  award: null,
  policyAreas: [],
  budget: null,
  staff: null,
  results: null,
  source: { document: 'doc', publisher: null, url: null, file: null },
};

function problemsOf(record: unknown): Problem[] {
  const checked = checkPracticeRecord(record, 'r');
  return checked.ok ? [] : checked.problems;
}

describe('problem codes', () => {
  it('gives each schema problem a code and the values to word it', () => {
    const problems = problemsOf({
      ...valid,
      title: '  ',
      summary: undefined,
      year: 1850,
      award: { programme: 'p', edition: 2020.5, category: null, medal: 'gold' },
      budget: { amount: 'beaucoup', period: null, text: '' },
    });
    const byField = new Map(problems.map((p) => [p.field, p]));
    expect(byField.get('title')?.code).toBe('missing');
    expect(byField.get('summary')?.code).toBe('missing');
    expect(byField.get('year')).toMatchObject({
      code: 'out-of-range',
      values: { value: 1850, min: 1900 },
    });
    expect(byField.get('award.edition')?.code).toBe('not-integer');
    expect(byField.get('award.medal')).toMatchObject({
      code: 'not-one-of',
      values: { value: 'gold', allowed: ['or', 'argent', 'bronze', 'excellence'] },
    });
    expect(byField.get('budget.amount')).toMatchObject({
      code: 'wrong-type',
      values: { value: 'beaucoup' },
    });
  });

  it('keeps the English rendering, and lists every problem in a ValidationError', () => {
    const problem: Problem = {
      code: 'missing',
      where: 'f.csv line 2',
      field: 'title',
      expected: 'a non-empty title',
      found: 'an empty string',
    };
    expect(formatProblem(problem)).toBe(
      'f.csv line 2, field "title": expected a non-empty title, found an empty string',
    );
    const many = Array.from({ length: 100 }, (_, i) => ({
      ...problem,
      where: `f.csv line ${i + 2}`,
    }));
    const error = new ValidationError(many, 'nothing imported');
    expect(error.message).toContain('f.csv line 101,');
    expect(error.message).not.toContain('more');
  });
});
