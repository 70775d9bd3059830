import { describe, expect, it } from 'vitest';
import { loadBundledCorpus, loadOfficialGeography, loadPolicyAreas } from '../node';
import { DEFAULT_WEIGHTS } from '../scoring/weights';
import { FrenchAnalyzer } from '../text/french-analyzer';
import { FrenchStemmer } from '../text/french-stemmer';
import { FrenchTokenizer } from '../text/french-tokenizer';
import { barePractice } from './bare-practice.fixture';
import { createEssaimage } from './create-essaimage';
import { inferNeedAreas } from './need-areas';
import { noFitWeights } from './reference-catalogue.fixture';
import { ownCollectivity, ReferenceEngine, type ReferenceResult } from './reference-score';
import type { RankedPractice } from './types';

// The promises of README.md's « How the score works », each checked on an example whose answer
// comes from the rule itself (worked by hand, or from the test-only reference of reference-score.ts).

const practices = loadBundledCorpus();
const policyAreas = loadPolicyAreas();
const engine = createEssaimage({ practices, geography: loadOfficialGeography(), policyAreas });
const analyzer = new FrenchAnalyzer(new FrenchTokenizer(), new FrenchStemmer());
const reference = new ReferenceEngine(practices, analyzer, policyAreas);
const BIKES = 'mettre des vélos en libre-service gratuits pour les habitants';
const PAMIERS = { official: { kind: 'commune' as const, code: '09225' } };

function expectReference(actual: RankedPractice[], expected: ReferenceResult[]): void {
  expect(actual.map((r) => r.id)).toEqual(expected.map((r) => r.id));
  actual.forEach((r, i) => expect(r.score).toBeCloseTo((expected[i] as ReferenceResult).score, 12));
}

const bare = barePractice;

describe('the bundled corpus ranks as the README reference does', () => {
  it('free bicycles for Pamiers: Saverdun first at 0.853, its missing budget and staff left out of the mean', () => {
    const { target, needAreas, results } = engine.recommend({
      need: BIKES,
      target: PAMIERS,
    });
    const expected = reference.recommend({
      need: BIKES,
      target,
      weights: DEFAULT_WEIGHTS,
      top: 10,
    });
    expect(needAreas).toEqual(expected.needAreas);
    expectReference(results, expected.results);
    const saverdun = results[0] as RankedPractice;
    expect(saverdun.id).toBe('saverdun-recup-velos-en-liberte');
    // By hand from the README, over the N = 49 bundled practices (df: how many hold the term):
    // concepts mettre (generic, g 0.2; no practice holds it, and generic words have no related
    // words: idf 0.5 ln(1 + 49)), vélos (df 1), libre (df 1), service (df 25),
    // gratuits (df 5), habitants (generic, df 4); Saverdun holds all but « mettre », so
    //   C = 1 − 0.2 × 0.5 ln 50 / (0.2 × 0.5 ln 50 + 2 ln 50 + ln(1 + 49/25) + ln(1 + 49/5)
    //       + 0.2 ln(1 + 49/4)) = 1 − 0.3912 / 12.1967 = 0.9679;
    //   T = 0.38 ≥ 0.15, so P = C × (0.5 + 0.5 × 1) = 0.9679;
    //   F = (size exp(−|ln(4808 / 16473)| / ln 10) = 0.5858 × 1 + kind 1 × 1 + territory 1 × 0.5
    //       + policy area 1 × 1) / 3.5 = 0.8817 (budget and staff missing);
    //   score = P^1 × F = 0.9679 × 0.8817 = 0.853.
    const lnIdf = (df: number) => Math.log(1 + 49 / df);
    const missed = 0.2 * 0.5 * Math.log(50);
    const total = missed + 2 * lnIdf(1) + lnIdf(25) + lnIdf(5) + 0.2 * lnIdf(4);
    expect(saverdun.criteria.relevance.score).toBeCloseTo(1 - missed / total, 12);
    expect(saverdun.criteria.size.score).toBeCloseTo(
      Math.exp(-Math.abs(Math.log(4808 / 16473)) / Math.log(10)),
      12,
    );
    expect(saverdun.score).toBeCloseTo(0.853, 3);
    // The mean of the four known criteria, weighed as the README says (territory 0.5).
    const c = saverdun.criteria;
    expect(c.budget.missing && c.staff.missing).toBe(true);
    const known = [c.size, c.kind, c.territory, c.policyArea];
    const mean =
      known.reduce((sum, k) => sum + (k.score as number) * k.weight, 0) /
      known.reduce((sum, k) => sum + k.weight, 0);
    expect(saverdun.score).toBeCloseTo((c.relevance.score as number) * mean, 12);
  });

  it('the README example: Damparis with --budget 20000 --staff 2', () => {
    const query = {
      need: 'conditions de travail des agents',
      target: { official: { kind: 'commune' as const, code: '39189' }, budget: 20000, staff: 2 },
      top: 8,
    };
    const { target, results } = engine.recommend(query);
    expect(target).toMatchObject({ name: 'Damparis', budget: 20000, staff: 2 });
    expectReference(
      results,
      reference.recommend({ ...query, target, weights: DEFAULT_WEIGHTS }).results,
    );
    // A practice that states its cost is scored on it: Garges's fits within 20 000 €.
    const garges = results.find((r) => r.id === 'garges-les-gonesse-echange-ton-poste');
    expect(garges?.criteria.budget).toMatchObject({ score: 1, missing: false });
  });

  it("similar: against the practice's own collectivity unless told otherwise", () => {
    const garges = practices.find((p) => p.id === 'garges-les-gonesse-echange-ton-poste')!;
    const got = engine.similar(garges.id, { top: 6 });
    expect(got.target).toMatchObject({
      name: 'Garges-lès-Gonesse',
      population: 41791,
      region: '11',
    });
    expectReference(
      got.results,
      reference.similar(garges.id, {
        weights: DEFAULT_WEIGHTS,
        top: 6,
      }),
    );
    // The same as giving that collectivity's facts by hand, less its own practices: a target
    // without code or name owns none (README: own practices are known by code, or by name).
    const own = ownCollectivity(garges);
    const byHand = engine.similar(garges.id, {
      top: 12,
      target: {
        kind: own.kind!,
        population: own.population!,
        region: own.region!,
        department: own.department!,
      },
    });
    const others = byHand.results.filter(
      (r) => practices.find((p) => p.id === r.id)!.collectivity.code !== own.code,
    );
    expect(others.slice(0, 6)).toEqual(got.results);
    expect(got.results[0]!.criteria.size.missing).toBe(false);
  });
});

describe('README rules on small catalogues worked by hand', () => {
  it('weighs the title three times the summary', () => {
    // Both practices hold vélos, jardins and 400 filler words, all with the same idf ln 2, so
    // C = 1 for both and the text score T decides: a has vélos in its title (tf 3, weight
    // 1 + ln 3), b in its summary (1). |v| = idf × √((1 + ln 3)² + 1 + 400) for both, so
    // T_a = (1 + ln 3) / √((1 + ln 3)² + 401) and T_b = 1 / √((1 + ln 3)² + 401), both under
    // 0.15: P = 0.5 + 0.5 × T / 0.15.
    const C = 'bcdfgklmnp'; // consonants only: no stop word, nothing for the stemmer to cut
    const fillers = Array.from(
      { length: 400 },
      (_, i) => `zq${C[Math.floor(i / 100)]}${C[Math.floor(i / 10) % 10]}${C[i % 10]}`,
    ).join(' ');
    expect(new Set(analyzer.terms(fillers)).size).toBe(400);
    const e = createEssaimage({
      practices: [
        bare('a', 'vélos', `jardins ${fillers}`),
        bare('b', 'jardins', `vélos ${fillers}`),
      ],
    });
    const { results } = e.recommend({ need: 'vélos' });
    const strong = 1 + Math.log(3);
    const norm = Math.sqrt(strong * strong + 401);
    const p = (t: number) => 0.5 + (0.5 * t) / 0.15;
    expect(results.map((r) => r.id)).toEqual(['a', 'b']);
    expect(results[0]!.criteria.relevance.score).toBeCloseTo(p(strong / norm), 12);
    expect(results[1]!.criteria.relevance.score).toBeCloseTo(p(1 / norm), 12);
  });

  it('breaks ties on id, not on the order practices were added', () => {
    const twins = ['c', 'a', 'b'].map((id) => bare(id, 'vélos', 'vélos gratuits'));
    const e = createEssaimage({ practices: twins });
    expect(e.recommend({ need: 'vélos', top: 1 }).results.map((r) => r.id)).toEqual(['a']);
    expect(e.recommend({ need: 'vélos' }).results.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps a tie at the top-k cut-off that pruning could drop', () => {
    // Every practice holds « vélos » (C = 1) with a text score T ≥ 0.15, so P = 1; no fit
    // criterion is known (F = 1; the all-zero fit weights are reset, α raised to 0.2): all
    // score 1, and the top 1 is the least id, here the practice of lowest T, added last
    // (T_a = 1.455 / 6.106 = 0.24 against 0.85 for the others: vélos idf ln 2, jardins ln 12).
    const strong = Array.from({ length: 10 }, (_, i) =>
      bare(`z${i}`, 'vélos', 'vélos en libre-service'),
    );
    const e = createEssaimage({ practices: [...strong, bare('a', 'vélos jardins', 'jardins')] });
    const { results } = e.recommend({ need: 'vélos', top: 1, weights: noFitWeights(0) });
    expect(results.map((r) => [r.id, r.score])).toEqual([['a', 1]]);
  });

  it("keeps a tie at the 60 candidates' cut-off, on id", () => {
    // README: the 60 eligible practices of highest T are scored, ties on id. 61 practices of
    // one text all have the same T; the least id, added last, must be among the 60 (a scan
    // that skips a T equal to the 60th's would drop it), and wins the tie at P = 1, F = 1.
    const same = Array.from({ length: 60 }, (_, i) =>
      bare(`z${String(i).padStart(2, '0')}`, 'vélos', 'vélos en libre-service'),
    );
    const e = createEssaimage({
      practices: [...same, bare('a', 'vélos', 'vélos en libre-service')],
    });
    const { results } = e.recommend({ need: 'vélos', top: 1 });
    expect(results.map((r) => [r.id, r.score])).toEqual([['a', 1]]);
  });

  it('counts a missing criterion as neutral, not as 0', () => {
    // Same text; one states no population: its size is left out, so it scores relevance × 1.
    const e = createEssaimage({
      practices: [
        bare('known', 'vélos', 'vélos', { population: 100_000 }),
        bare('unknown', 'vélos', 'vélos'),
      ],
    });
    const only = { ...noFitWeights(1), size: 1 };
    const { results } = e.recommend({ need: 'vélos', target: { population: 1000 }, weights: only });
    expect(results.map((r) => r.id)).toEqual(['unknown', 'known']);
    expect(results[0]!.score).toBeCloseTo(1, 12);
    expect(results[1]!.score).toBeCloseTo(Math.exp(-2), 12); // two orders of magnitude
  });
});

describe("the need's policy areas, from the most relevant practices", () => {
  const voter = (areas: string[], relevance: number) => ({
    practice: bare(areas.join('+'), 't', 's', { policyAreas: areas }),
    relevance,
  });

  it('votes with relevance, first area fully and the others half, keeping those at half the best', () => {
    // Votes: a 0.9; b 0.45 + 0.4 = 0.85; c 0.5; d 0.2 × 0.5 = 0.1, under half of 0.9.
    const areas = inferNeedAreas([
      voter(['a', 'b'], 0.9),
      voter(['c'], 0.5),
      voter(['b'], 0.4),
      voter(['e', 'd'], 0.2),
    ]);
    expect(areas).toEqual(['a', 'b', 'c']);
  });

  it('lets the most relevant practices win over more numerous weak ones', () => {
    const areas = inferNeedAreas([
      voter(['strong'], 0.9),
      voter(['weak'], 0.1),
      voter(['weak'], 0.1),
      voter(['weak'], 0.1),
    ]);
    expect(areas).toEqual(['strong']);
  });
});
