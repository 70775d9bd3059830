import type { Problem } from '@essaimage/core';
import { describe, expect, it } from 'vitest';
import { problemWords } from './problem-words';

const at = { file: 'catalogue.csv', line: 4 };
const problem = (p: Partial<Problem>): Problem => ({
  code: 'bad-format',
  where: 'catalogue.csv line 4',
  at,
  field: '',
  expected: 'English for logs',
  found: 'English for logs',
  ...p,
});

describe('problemWords', () => {
  it('says where, which field (with the file’s own column), what is wrong and what to do', () => {
    const text = problemWords(
      problem({ code: 'wrong-type', field: 'year', values: { value: '20x7' } }),
      new Map([['year', 'Année']]),
    );
    expect(text).toBe(
      'catalogue.csv, ligne 4, Année (colonne « Année ») : « 20x7 » n’est pas une année en chiffres (par exemple 2019).',
    );
  });

  it('names list items and codes in the user’s words, never the CLI’s or the files’', () => {
    const area = problemWords(
      problem({
        code: 'unknown-code',
        field: 'policyAreas.0',
        values: { value: 'velo', allowed: ['mobilite', 'sante'] },
      }),
    );
    expect(area).toContain('Domaines, 1re valeur');
    expect(area).toContain('n’est pas un domaine d’action publique connu');
    const period = problemWords(
      problem({
        code: 'not-one-of',
        field: 'budget.period',
        values: { value: 'x', allowed: ['one-off', 'annual', 'multi-year'] },
      }),
    );
    expect(period).toContain('annual (annuel)');
    const column = problemWords(
      problem({
        code: 'unknown-column',
        at: { file: 'catalogue.csv' },
        values: { value: 'Notes' },
      }),
    );
    expect(column).toBe(
      'catalogue.csv : la colonne « Notes » n’est pas reconnue. Associez-la à un champ ou choisissez « ignorer » à l’étape des colonnes.',
    );
    for (const text of [area, period, column]) {
      expect(text).not.toMatch(/--map|policyAreas|\.json|expected|found/);
    }
  });

  it('words a link’s unknown collectivity for the person who followed it', () => {
    const text = problemWords({
      code: 'unknown-code',
      where: 'target',
      field: 'commune',
      expected: '',
      found: '',
      values: { value: '00000' },
    });
    expect(text).toBe(
      'Le lien désigne la commune de code « 00000 », que la géographie officielle ne connaît pas : choisissez votre collectivité dans le champ « Votre collectivité ».',
    );
  });
});
