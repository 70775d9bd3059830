import { describe, expect, it } from 'vitest';
import { formatProblem } from './problem';
import { checkPracticeRecord } from './schema';

const valid = {
  id: 'saverdun-recup-velos',
  title: "Récup'vélos en liberté",
  summary: 'Saverdun récupère des vélos à la déchetterie.',
  collectivity: { name: 'Saverdun', kind: 'commune', code: '09282' },
  partners: [],
  year: 2017,
  award: { programme: 'Prix TERRITORIA', edition: 2017, category: 'Qualité de vie', medal: 'or' },
  policyAreas: ['mobilite'],
  budget: { amount: 19000, period: 'annual', text: 'Charges de personnel : 19 000 €' },
  staff: { fte: 0.5, agents: 1, text: '1 agent technique à mi-temps' },
  results: null,
  source: { document: 'Dossier de presse', publisher: null, url: null, file: null },
};

function problemsOf(input: unknown): string[] {
  const checked = checkPracticeRecord(input);
  return checked.ok ? [] : checked.problems.map(formatProblem);
}

describe('checkPracticeRecord', () => {
  it('accepts a complete record and defaults partners to []', () => {
    const { partners: _partners, ...withoutPartners } = valid;
    const checked = checkPracticeRecord(withoutPartners);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.record.partners).toEqual([]);
  });

  it('names the record, the field, what was expected and what was found', () => {
    expect(problemsOf({ ...valid, title: '  ' })).toEqual([
      'practice "saverdun-recup-velos", field "title": expected a non-empty title, found "  "',
    ]);
    const { title: _title, ...untitled } = valid;
    expect(problemsOf(untitled)).toEqual([
      'practice "saverdun-recup-velos", field "title": expected a non-empty title, found nothing (missing)',
    ]);
    expect(problemsOf({ ...valid, year: 20.7 })).toEqual([
      'practice "saverdun-recup-velos", field "year": expected an integer year between 1900 and 2100, found 20.7',
    ]);
    expect(problemsOf({ ...valid, year: '20x7' })).toEqual([
      'practice "saverdun-recup-velos", field "year": expected an integer year between 1900 and 2100, found "20x7"',
    ]);
    expect(problemsOf({ ...valid, budget: { ...valid.budget, amount: -5 } })).toEqual([
      'practice "saverdun-recup-velos", field "budget.amount": expected an amount in euros, zero or more, found -5',
    ]);
  });

  it('rejects an unknown kind, a bad code and a bad medal in one pass', () => {
    const problems = problemsOf({
      ...valid,
      collectivity: { name: 'X', kind: 'ville', code: 'nope!' },
      award: { ...valid.award, medal: 'platine' },
    });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/field "collectivity.kind": expected one of commune, epci/);
    expect(problems[1]).toMatch(/field "collectivity.code": expected an official code/);
    expect(problems[2]).toMatch(
      /field "award.medal": expected one of or, argent, bronze, excellence or null, found "platine"/,
    );
  });

  it("uses the caller's name for the record when given", () => {
    const checked = checkPracticeRecord({ ...valid, id: 'Not A Slug' }, 'catalogue.csv line 4');
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(formatProblem(checked.problems[0]!)).toMatch(/^catalogue.csv line 4, field "id"/);
  });
});
