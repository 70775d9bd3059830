import { noTransferFacts, type Practice } from '@essaimage/core';
import { describe, expect, it } from 'vitest';
import { currentPracticeShape } from './saved-practice-shape';

const today: Practice = {
  id: 'foix-navette',
  title: 'Navette',
  summary: 'Une navette.',
  collectivity: { name: 'Foix', kind: 'commune', code: '09122' },
  partners: [],
  year: 2020,
  award: { programme: 'Prix', edition: 2020, category: null, medal: null, sponsor: null },
  policyAreas: ['mobilite'],
  budget: { amount: 5000, period: 'annual', precision: 'exact', text: '5 000 €', lines: [] },
  staff: null,
  results: null,
  source: { document: 'd', publisher: null, url: null, file: null },
  ...noTransferFacts(),
  officialName: 'Foix',
  population: 9000,
  region: '76',
  department: '09',
};

describe('currentPracticeShape', () => {
  it('gives a practice saved before the transfer facts existed nulls and empty lists', () => {
    const {
      period: _p,
      partnerships: _a,
      publicReached: _b,
      funding: _c,
      contact: _d,
      ratings: _e,
      obstacles: _f,
      keysToSuccess: _g,
      ...older
    } = today;
    const saved = {
      ...older,
      award: { programme: 'Prix', edition: 2020, category: null, medal: null },
      budget: { amount: 5000, period: 'annual', text: '5 000 €' },
    } as unknown as Practice;
    const upgraded = currentPracticeShape(saved);
    expect(upgraded).toEqual({ ...today, budget: { ...today.budget, precision: null } });
  });

  it('leaves a practice of today unchanged', () => {
    expect(currentPracticeShape(today)).toBe(today);
  });
});
