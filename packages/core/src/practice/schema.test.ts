import { describe, expect, it } from 'vitest';
import { formatProblem } from './problem';
import { checkPracticeRecord } from './schema';
import { noTransferFacts } from './transfer-facts';

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

  describe('the transfer facts', () => {
    const line = {
      label: null,
      amount: 19000,
      period: 'annual',
      nature: 'operation',
      precision: 'exact',
      tax: null,
      per: null,
      excludes: null,
      bearer: null,
      text: 'Charges de personnel : 19 000 €',
    };
    const full = {
      ...valid,
      budget: { ...valid.budget, precision: 'exact', lines: [line] },
      period: { start: 2009, end: 2017, months: null, text: 'de 2009 à 2017' },
      partnerships: [{ name: 'CNES', kind: 'etablissement-public', role: 'soutient le projet' }],
      publicReached: [{ count: 16000, unit: 'écoliers', who: null, text: 'aux 16000 écoliers' }],
      funding: [{ funder: 'Union Européenne', amount: 48000, share: 1, text: 'en totalité' }],
      contact: { role: 'Maire de Damparis', name: 'Michel Ginies' },
      ratings: [{ by: 'Ithéa', label: 'Innovant' }],
      obstacles: ['malgré les nombreux clivages existants'],
      keysToSuccess: ['en co-construisant avec les services'],
    };
    const one = (input: unknown) => {
      const problems = problemsOf(input);
      expect(problems).toHaveLength(1);
      return problems[0];
    };

    it('accepts them, and defaults an older record to nulls and empty lists', () => {
      expect(checkPracticeRecord(full).ok).toBe(true);
      const checked = checkPracticeRecord({
        ...valid,
        budget: { amount: 19000, period: 'annual', text: 'x' },
      });
      expect(checked.ok).toBe(true);
      if (checked.ok) {
        expect(checked.record).toMatchObject(noTransferFacts());
        expect(checked.record.budget).toMatchObject({ precision: null, lines: [] });
        expect(checked.record.award?.sponsor).toBeNull();
      }
    });

    it('rejects a bad period, naming the field', () => {
      expect(one({ ...full, period: { ...full.period, start: 2017, end: 2009 } })).toMatch(
        /field "period.end": expected a start year no later than the end year/,
      );
      expect(one({ ...full, period: { ...full.period, months: 0 } })).toMatch(
        /field "period.months": expected a number of months, more than zero, found 0/,
      );
      expect(one({ ...full, period: { ...full.period, text: '' } })).toMatch(
        /field "period.text": expected the source's words for the period/,
      );
      expect(one({ ...full, period: 'depuis 2012' })).toMatch(
        /field "period": expected a period object/,
      );
    });

    it('rejects a partnership of an unknown kind or without a name', () => {
      expect(
        one({ ...full, partnerships: [{ name: 'Suez', kind: 'societe', role: null }] }),
      ).toMatch(
        /field "partnerships.0.kind": expected one of collectivite, etat, etablissement-public, europe, entreprise, association, autre, found "societe"/,
      );
      expect(
        one({ ...full, partnerships: [{ name: ' ', kind: 'entreprise', role: null }] }),
      ).toMatch(/field "partnerships.0.name": expected a non-empty partner name/);
    });

    it('rejects a public reached with a negative count or no unit', () => {
      expect(one({ ...full, publicReached: [{ ...full.publicReached[0], count: -1 }] })).toMatch(
        /field "publicReached.0.count": expected a count, zero or more, found -1/,
      );
      expect(one({ ...full, publicReached: [{ ...full.publicReached[0], unit: '' }] })).toMatch(
        /field "publicReached.0.unit": expected a non-empty unit/,
      );
    });

    it('rejects a funding share outside [0, 1] and a funder without a name', () => {
      expect(one({ ...full, funding: [{ ...full.funding[0], share: 75 }] })).toMatch(
        /field "funding.0.share": expected a share between 0 and 1, found 75/,
      );
      expect(one({ ...full, funding: [{ ...full.funding[0], funder: '' }] })).toMatch(
        /field "funding.0.funder": expected a non-empty funder name/,
      );
    });

    it('rejects bad budget lines, and a comparable cost that is none of them', () => {
      const budget = full.budget;
      expect(
        one({ ...full, budget: { ...budget, lines: [{ ...line, precision: 'about' }] } }),
      ).toMatch(
        /field "budget.lines.0.precision": expected one of exact, upper-bound, estimate, found "about"/,
      );
      expect(one({ ...full, budget: { ...budget, lines: [{ ...line, tax: 'TVA' }] } })).toMatch(
        /field "budget.lines.0.tax": expected one of HT, TTC or null, found "TVA"/,
      );
      expect(
        one({ ...full, budget: { ...budget, lines: [{ ...line, nature: 'salaires' }] } }),
      ).toMatch(/field "budget.lines.0.nature": expected one of investment, operation or null/);
      expect(one({ ...full, budget: { ...budget, amount: 43896 } })).toMatch(
        /field "budget.amount": expected a comparable amount equal to one of the lines/,
      );
      expect(one({ ...full, budget: { ...budget, amount: null } })).toMatch(
        /field "budget.precision": expected no precision for a budget without a comparable amount/,
      );
      expect(one({ ...full, budget: { ...budget, precision: 'approx' } })).toMatch(
        /field "budget.precision": expected one of exact, upper-bound, estimate or null/,
      );
    });

    it('rejects an empty contact, a rating without a word, and empty sentences', () => {
      expect(one({ ...full, contact: { role: null, name: null } })).toMatch(
        /field "contact": expected a contact with a role or a name \(null for no contact\)/,
      );
      expect(one({ ...full, ratings: [{ by: 'Ithéa', label: '' }] })).toMatch(
        /field "ratings.0.label": expected the rating's word/,
      );
      expect(one({ ...full, obstacles: [''] })).toMatch(
        /field "obstacles.0": expected a non-empty sentence/,
      );
      expect(one({ ...full, keysToSuccess: 'co-construire' })).toMatch(
        /field "keysToSuccess": expected an array of sentences/,
      );
    });
  });
});
