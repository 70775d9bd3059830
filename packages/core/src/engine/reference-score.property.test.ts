import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Practice } from '../practice/record';
import { FrenchAnalyzer } from '../text/french-analyzer';
import { FrenchStemmer } from '../text/french-stemmer';
import { FrenchTokenizer } from '../text/french-tokenizer';
import { createEssaimage } from './create-essaimage';
import { AREAS, catalogue, need, target, weights } from './reference-catalogue.fixture';
import { ReferenceEngine, type ReferenceResult } from './reference-score';
import type { RankedPractice } from './types';

// The analyzer only turns text into terms; weights, norms and cosines are the reference's own.
const analyzer = new FrenchAnalyzer(new FrenchTokenizer(), new FrenchStemmer());
const FIT = ['size', 'kind', 'territory', 'policyArea', 'budget', 'staff'] as const;

/** Equal up to rounding (the engine sums in another order than the reference). */
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/**
 * The engine's top k against the reference's full ranking, rank by rank and score by score.
 * Exact ties of the reference (duplicated texts and contexts) must come out in id order, at the
 * cut-off too; scores that only rounding sets apart may come in either order.
 */
function expectSameRanking(actual: RankedPractice[], full: ReferenceResult[], top: number): void {
  const k = Math.min(top, full.length);
  expect(actual.map((r) => r.id).length, 'number of results').toBe(k);
  const byId = new Map(full.map((r) => [r.id, r]));
  for (const [rank, r] of actual.entries()) {
    const expected = byId.get(r.id);
    expect(expected, `rank ${rank}: ${r.id} is no candidate of the reference`).toBeDefined();
    const ref = expected as ReferenceResult;
    expect(near(r.score, (full[rank] as ReferenceResult).score), `score at rank ${rank}`).toBe(
      true,
    );
    expect(near(r.score, ref.score), `score of ${r.id}`).toBe(true);
    expect(near(r.criteria.relevance.score as number, ref.relevance), `relevance of ${r.id}`).toBe(
      true,
    );
    for (const name of FIT) {
      const got = r.criteria[name];
      const want = ref.fit[name];
      expect(got.missing, `${name} of ${r.id} missing`).toBe(want === null);
      if (want !== null) expect(near(got.score as number, want), `${name} of ${r.id}`).toBe(true);
    }
  }
  // Groups of the reference's ranking whose scores are equal up to rounding.
  for (let start = 0; start < k;) {
    let end = start + 1;
    while (end < full.length && near((full[end] as ReferenceResult).score, full[start]!.score))
      end++;
    const group = full.slice(start, end);
    const positions = actual.slice(start, Math.min(end, k)).map((r) => r.id);
    if (group.every((r) => r.score === group[0]!.score)) {
      expect(positions, `exact tie at ranks ${start}–${end - 1}: by id`).toEqual(
        group.slice(0, positions.length).map((r) => r.id),
      );
    } else {
      const ids = new Set(group.map((r) => r.id));
      for (const id of positions) expect(ids.has(id), `${id} in near-tie group`).toBe(true);
    }
    start = end;
  }
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const engineOf = (practices: readonly Practice[]) =>
  createEssaimage({ practices, policyAreas: AREAS, geography: null });

describe('the engine against the README reference', () => {
  it('recommend: same scores, same ranks, ties on id, whatever the insertion order (property)', () => {
    fc.assert(
      fc.property(
        catalogue,
        need,
        target,
        weights,
        fc.integer({ min: 1, max: 12 }),
        fc.option(
          fc.subarray(
            AREAS.map((a) => a.code),
            { minLength: 1, maxLength: 2 },
          ),
          {
            nil: undefined,
          },
        ),
        fc.nat(),
        (practices, text, { input, profile }, w, top, areas, seed) => {
          const reference = new ReferenceEngine(practices, analyzer, AREAS);
          const query = { need: text, target: input, weights: w, top, ...(areas ? { areas } : {}) };
          const got = engineOf(practices).recommend(query);
          const expected = reference.recommend({
            need: text,
            target: profile,
            weights: w,
            top: practices.length,
            ...(areas ? { areas } : {}),
          });
          expect(got.needAreas).toEqual(expected.needAreas);
          expectSameRanking(got.results, expected.results, top);
          // Another insertion order (other doc numbers) gives the very same answer.
          expect(engineOf(shuffled(practices, seed)).recommend(query)).toEqual(got);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('similar: against the practice own collectivity by default, or a given target (property)', () => {
    fc.assert(
      fc.property(
        catalogue,
        fc.nat(),
        fc.option(target, { nil: undefined }),
        weights,
        fc.integer({ min: 1, max: 12 }),
        (practices, pick, given, w, top) => {
          const id = (practices[pick % practices.length] as Practice).id;
          const reference = new ReferenceEngine(practices, analyzer, AREAS);
          const got = engineOf(practices).similar(id, {
            top,
            weights: w,
            ...(given ? { target: given.input } : {}),
          });
          const expected = reference.similar(id, {
            weights: w,
            top: practices.length,
            ...(given ? { target: given.profile } : {}),
          });
          expectSameRanking(got.results, expected, top);
        },
      ),
      { numRuns: 200 },
    );
  });
});
