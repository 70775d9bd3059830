import type { TfIdfIndex } from '@essaimage/core';

/**
 * How good a library's top k is, measured against the engine's exact TF-IDF cosines (the
 * relevance every ratio of the bench is taken against), so that no speed is read without it.
 */
export interface Quality {
  /**
   * Mean over the needs of Σ exact cosine of the library's top k / Σ exact cosine of the exact
   * top k: 1 when it finds documents as close to the need as the best ones, less when it
   * ranks farther ones first or returns fewer than k.
   */
  cosineRecovered: number;
  /** Mean share of the exact cosine top k that the library's top k holds. */
  overlapExact: number;
  /** Mean share of the engine's `recommend` top k (relevance and fit) that it holds. */
  overlapRecommend: number;
  /** Mean number of results returned (k at most). */
  meanHits: number;
}

interface Reference {
  need: string;
  exact: Set<string>;
  exactCosineSum: number;
  recommend: Set<string>;
}

/**
 * The exact top k of each need (the text index's own `search`, exact cosines) and the engine's
 * `recommend` top k, computed once; {@link QualityJudge.judge} then rates any library's.
 */
export class QualityJudge {
  private readonly references: Reference[];

  constructor(
    private readonly index: TfIdfIndex,
    needs: readonly string[],
    recommendTop: (need: string) => readonly string[],
    private readonly k: number,
  ) {
    this.references = needs.map((need) => {
      const hits = index.search(need, k);
      return {
        need,
        exact: new Set(hits.map((h) => h.id)),
        exactCosineSum: hits.reduce((sum, h) => sum + h.score, 0),
        recommend: new Set(recommendTop(need)),
      };
    });
  }

  /** The quality of `topIds` (a library's result ids for a need, best first; the first k kept). */
  judge(topIds: (need: string) => readonly string[]): Quality {
    let recovered = 0;
    let overlapExact = 0;
    let overlapRecommend = 0;
    let hits = 0;
    for (const reference of this.references) {
      const ids = topIds(reference.need).slice(0, this.k);
      // A view of the index's buffers: read before its next query.
      const { scores } = this.index.scoreAll(reference.need);
      let sum = 0;
      for (const id of ids) {
        const doc = this.index.docNumber(id);
        if (doc !== undefined) sum += scores[doc] as number;
      }
      recovered += reference.exactCosineSum > 0 ? sum / reference.exactCosineSum : 1;
      overlapExact += shared(ids, reference.exact) / Math.max(1, reference.exact.size);
      overlapRecommend += shared(ids, reference.recommend) / Math.max(1, reference.recommend.size);
      hits += ids.length;
    }
    const n = Math.max(1, this.references.length);
    return {
      cosineRecovered: recovered / n,
      overlapExact: overlapExact / n,
      overlapRecommend: overlapRecommend / n,
      meanHits: hits / n,
    };
  }
}

function shared(ids: readonly string[], reference: ReadonlySet<string>): number {
  let count = 0;
  for (const id of new Set(ids)) if (reference.has(id)) count += 1;
  return count;
}
