import { describe, expect, it } from 'vitest';
import { TfIdfIndex } from '@essaimage/core';
import { QualityJudge } from '../../bench/measure/quality';
import { frenchAnalyzer } from '../../bench/suites/analyzed-practice';

const TEXTS: Record<string, string> = {
  velo: 'vélos en libre-service gratuits pour les habitants',
  velo2: 'location de vélos électriques pour les habitants',
  velo3: 'pistes cyclables et stationnement des vélos',
  cantine: 'alimentation locale dans les cantines scolaires',
  energie: 'réduire la consommation d’énergie des bâtiments publics',
  ecole: 'sécurité routière aux abords des écoles',
};
const index = new TfIdfIndex(frenchAnalyzer());
for (const [id, text] of Object.entries(TEXTS)) index.add(id, [{ text, weight: 1 }]);
const NEEDS = ['vélos gratuits pour les habitants', 'cantines scolaires'];
const K = 3;
const exactTop = (need: string) => index.search(need, K).map((h) => h.id);

describe('QualityJudge', () => {
  it('gives 100 % to the exact top k, and less to a worse ranking', () => {
    const judge = new QualityJudge(index, NEEDS, exactTop, K);
    expect(judge.judge(exactTop)).toEqual({
      cosineRecovered: 1,
      overlapExact: 1,
      overlapRecommend: 1,
      // Three documents share a word with the first need, one with the second.
      meanHits: 2,
    });
    // Documents sharing no word with the need recover none of its cosine.
    const unrelated = judge.judge(() => ['energie', 'ecole']);
    expect(unrelated.cosineRecovered).toBe(0);
    expect(unrelated.overlapExact).toBe(0);
    expect(unrelated.meanHits).toBe(2);
  });

  it('counts a partial answer by the cosine it finds and the exact results it holds', () => {
    const judge = new QualityJudge(index, NEEDS, () => ['cantine'], K);
    const first = (need: string) => exactTop(need).slice(0, 1);
    const quality = judge.judge(first);
    expect(quality.cosineRecovered).toBeGreaterThan(0.3);
    expect(quality.cosineRecovered).toBeLessThan(1);
    // The need's exact top holds 3 results for the first need, 1 for the second (one shares a
    // word): a single result holds 1/3 of the first and all of the second.
    expect(quality.overlapExact).toBeCloseTo((1 / 3 + 1) / 2);
    // "cantine" is the recommend top of both needs; only the second need's answer holds it.
    expect(quality.overlapRecommend).toBeCloseTo(0.5);
  });
});
