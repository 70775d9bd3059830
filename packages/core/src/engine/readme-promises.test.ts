import { describe, expect, it } from 'vitest';
import { loadBundledCorpus, loadOfficialGeography, loadPolicyAreas } from '../node';
import type { Practice } from '../practice/record';
import { noTransferFacts } from '../practice/transfer-facts';
import { DEFAULT_WEIGHTS } from '../scoring/weights';
import { FrenchAnalyzer } from '../text/french-analyzer';
import { FrenchStemmer } from '../text/french-stemmer';
import { FrenchTokenizer } from '../text/french-tokenizer';
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
const reference = new ReferenceEngine(
  practices,
  new FrenchAnalyzer(new FrenchTokenizer(), new FrenchStemmer()),
  policyAreas,
);
const BIKES = 'mettre des vélos en libre-service gratuits pour les habitants';
const PAMIERS = { official: { kind: 'commune' as const, code: '09225' } };

function expectReference(actual: RankedPractice[], expected: ReferenceResult[]): void {
  expect(actual.map((r) => r.id)).toEqual(expected.map((r) => r.id));
  actual.forEach((r, i) => expect(r.score).toBeCloseTo((expected[i] as ReferenceResult).score, 12));
}

function bare(id: string, title: string, summary: string, extra: Partial<Practice> = {}): Practice {
  return {
    id,
    title,
    summary,
    collectivity: { name: id, kind: 'commune', code: null },
    partners: [],
    year: null,
    award: null,
    policyAreas: [],
    budget: null,
    staff: null,
    results: null,
    source: { document: 'exemple', publisher: null, url: null, file: null },
    ...noTransferFacts(),
    officialName: null,
    population: null,
    region: null,
    department: null,
    ...extra,
  };
}

describe('the bundled corpus ranks as the README reference does', () => {
  it('free bicycles for Pamiers: Saverdun first at 0.35, its missing budget and staff left out of the mean', () => {
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
    expect(saverdun.score).toBeCloseTo(0.35, 2);
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
    // The same as giving that collectivity by hand; not the same as an unknown target.
    const own = ownCollectivity(garges);
    const byHand = engine.similar(garges.id, {
      top: 6,
      target: {
        kind: own.kind!,
        population: own.population!,
        region: own.region!,
        department: own.department!,
      },
    });
    expect(byHand.results).toEqual(got.results);
    expect(got.results[0]!.criteria.size.missing).toBe(false);
  });
});

describe('README rules on small catalogues worked by hand', () => {
  it('weighs the title three times the summary', () => {
    const e = createEssaimage({
      practices: [bare('a', 'vélos', 'jardins'), bare('b', 'jardins', 'vélos')],
    });
    const { results } = e.recommend({ need: 'vélos' });
    // Each vector holds vélos and jardins (same idf): tf 3 in the title gives 1 + ln 3.
    const strong = 1 + Math.log(3);
    expect(results.map((r) => r.id)).toEqual(['a', 'b']);
    expect(results[0]!.criteria.relevance.score).toBeCloseTo(strong / Math.hypot(strong, 1), 12);
    expect(results[1]!.criteria.relevance.score).toBeCloseTo(1 / Math.hypot(strong, 1), 12);
  });

  it('breaks ties on id, not on the order practices were added', () => {
    const twins = ['c', 'a', 'b'].map((id) => bare(id, 'vélos', 'vélos gratuits'));
    const e = createEssaimage({ practices: twins });
    expect(e.recommend({ need: 'vélos', top: 1 }).results.map((r) => r.id)).toEqual(['a']);
    expect(e.recommend({ need: 'vélos' }).results.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps a tie at the top-k cut-off that pruning could drop', () => {
    // With α = 0 and no fit weight, every practice sharing a word scores 1: the top 1 is the
    // least id, here the least relevant practice, added last (outside the 8 relevance voters).
    const strong = Array.from({ length: 10 }, (_, i) =>
      bare(`z${i}`, 'vélos', 'vélos en libre-service'),
    );
    const e = createEssaimage({ practices: [...strong, bare('a', 'jardins', 'vélos jardins')] });
    const { results } = e.recommend({ need: 'vélos', top: 1, weights: noFitWeights(0) });
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
