import { describe, expect, it } from 'vitest';
import { guessColumns } from './column-guess';

describe('guessColumns', () => {
  it('recognises French headers, record column names, and ignores the rest', () => {
    expect(
      guessColumns([
        'Intitulé',
        'RÉSUMÉ',
        'Commune',
        'Code INSEE',
        'Année',
        'Budget (€)',
        'budget.period',
        'population',
        'Notes',
      ]),
    ).toEqual([
      'title',
      'summary',
      'collectivity.name',
      'collectivity.code',
      'year',
      'budget.amount',
      'budget.period',
      '-', // derived from the official geography on import
      '-',
    ]);
  });

  it('proposes a record column once, for the first column that names it', () => {
    expect(guessColumns(['Titre', 'Intitulé'])).toEqual(['title', '-']);
  });
});
