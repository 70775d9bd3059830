import { Index } from 'flexsearch';
import type { Practice } from '@essaimage/core';
import { memoryHeldSince, settledMemory } from '../measure/memory';
import { timeOnce } from '../measure/timing';
import { frenchAnalyzer, labelsOf } from './analyzed-practice';
import { measureSearch, onNeeds } from './measure-search';
import type { SearchSuiteResult, SuiteRun } from './suite-result';

/**
 * FlexSearch 0.8's documented rule for its scoring resolution: 2 × ⌊√n⌋, n the number of terms
 * of the longest content added.
 */
export function documentedResolution(longestTerms: number): number {
  return Math.max(3, 2 * Math.floor(Math.sqrt(longestTerms)));
}

/**
 * FlexSearch 0.8, an `Index` of one text per practice — its title first, then its summary,
 * results and policy-area labels (FlexSearch scores a term by how close to the start of the
 * text it comes: the title's terms score best, as the engine weighs its title) — with the
 * engine's French analyzer as its encoder (`encode`: elisions, folding, stop words, stemmer;
 * FlexSearch's own French pack only strips a few suffixes and recovered less of the best
 * cosine), `tokenize: 'strict'` (whole terms: the engine has no prefix matching), the
 * resolution its documentation gives for the longest text, and `suggest: true` at search (a
 * document needs not hold every term of the need, as in the others); top 10.
 */
export function runFlexSearchSuite(run: SuiteRun): SearchSuiteResult {
  const { practices, needs } = run;
  const analyzer = frenchAnalyzer();
  const areaLabel = labelsOf(run.policyAreas);
  // Made when added, not held in an array: freed during the build, the texts would be counted
  // off the index's memory.
  const textOf = (p: Practice) =>
    `${p.title} ${p.summary} ${p.results ?? ''} ${p.policyAreas.map(areaLabel).join(' ')}`;
  // Warms the analyzer's memo as the other libraries' are warm: only the index is timed.
  let longest = 0;
  for (const p of practices) longest = Math.max(longest, analyzer.terms(textOf(p)).length);
  const resolution = documentedResolution(longest);
  const before = settledMemory();
  const index = new Index({
    tokenize: 'strict',
    resolution,
    encode: (text: string) => analyzer.terms(text),
  });
  const buildMs = timeOnce(() => {
    for (let i = 0; i < practices.length; i++) index.add(i, textOf(practices[i] as Practice));
  });
  const memory = memoryHeldSince(before);
  const search = (need: string) => index.search(need, { limit: 10, suggest: true }) as number[];
  return {
    buildMs,
    memory,
    ...measureSearch(
      onNeeds(needs, search, (ids) => ids.map((i) => (practices[i] as Practice).id)),
      run,
    ),
    note:
      `FlexSearch 0.8 Index: one text per practice (title first), encode = French analyzer, ` +
      `tokenize strict, resolution ${resolution} (2⌊√n⌋ for the longest text's n terms), ` +
      'search with suggest: true, limit 10',
  };
}
