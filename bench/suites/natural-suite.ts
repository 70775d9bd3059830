import { TfIdf } from 'natural/lib/natural/tfidf';
import type { Practice } from '@essaimage/core';
import { memoryHeldSince, settledMemory } from '../measure/memory';
import { timeOnce } from '../measure/timing';
import { frenchAnalyzer, labelsOf, weightedTerms } from './analyzed-practice';
import { measureSearch } from './measure-search';
import type { SearchSuiteResult, SuiteRun } from './suite-result';

/** The best `k` of natural's per-document scores, as (index, score), best first. */
function topOf(scores: readonly number[], k: number): Array<[number, number]> {
  const best: Array<[number, number]> = [];
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] as number;
    if (s <= 0 || (best.length === k && s <= (best[k - 1] as [number, number])[1])) continue;
    let j = Math.min(best.length, k - 1);
    best[j] = [i, s];
    while (j > 0 && (best[j - 1] as [number, number])[1] < s) {
      best[j] = best[j - 1] as [number, number];
      best[j - 1] = [i, s];
      j--;
    }
  }
  return best;
}

/**
 * natural's `TfIdf`, given the terms of the engine's French analyzer: each document is added
 * as the array of its weighted terms (an array skips natural's English tokenizer and stop
 * words), each query as the array of the need's terms; `tfidfs` scores every document, and the
 * top 10 are picked in one pass.
 */
export function runNaturalSuite(run: SuiteRun): SearchSuiteResult {
  const { practices, needs } = run;
  const analyzer = frenchAnalyzer();
  const areaLabel = labelsOf(run.policyAreas);
  // Warm the analyzer's memo as MiniSearch's is: analysis is timed, not first-time stemming.
  for (const p of practices) weightedTerms(p, analyzer, areaLabel);
  const before = settledMemory();
  const tfidf = new TfIdf();
  const buildMs = timeOnce(() => {
    for (const p of practices) tfidf.addDocument(weightedTerms(p, analyzer, areaLabel), p.id);
  });
  const memory = memoryHeldSince(before);
  const queries = needs.map((need) => analyzer.terms(need));
  const search = (i: number) => topOf(tfidf.tfidfs(queries[i] as string[]), 10);
  return {
    buildMs,
    memory,
    ...measureSearch(
      {
        inputs: needs.map((_, i) => i),
        needOf: (i) => needs[i] as string,
        search,
        topIds: (i) => search(i).map(([doc]) => (practices[doc] as Practice).id),
      },
      run,
    ),
    note:
      'natural 8 TfIdf: documents and queries added as arrays of the French analyzer’s terms ' +
      '(title ×3), tfidfs over every document, top 10 picked in one pass',
  };
}
