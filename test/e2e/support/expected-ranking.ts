import { createEssaimage, type RecommendQuery } from '@essaimage/core';
import { loadBundledCorpus, loadOfficialGeography, loadPolicyAreas } from '@essaimage/core/node';

let engine: ReturnType<typeof createEssaimage> | undefined;

/** The ids core ranks for a query on the bundled corpus: what the dashboard must show. */
export function expectedRanking(query: RecommendQuery): string[] {
  engine ??= createEssaimage({
    practices: loadBundledCorpus(),
    geography: loadOfficialGeography(),
    policyAreas: loadPolicyAreas(),
  });
  return engine.recommend(query).results.map((r) => r.id);
}
