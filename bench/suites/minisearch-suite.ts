import MiniSearch from 'minisearch';
import { memoryHeldSince, settledMemory } from '../measure/memory';
import { timeOnce } from '../measure/timing';
import { frenchAnalyzer, labelsOf } from './analyzed-practice';
import { measureSearch, onNeeds } from './measure-search';
import type { SearchSuiteResult, SuiteRun } from './suite-result';

interface MiniDocument {
  id: string;
  title: string;
  summary: string;
  results: string;
  areas: string;
}

/**
 * MiniSearch 7 with the engine's French analyzer as its tokenizer (processTerm keeps each term
 * as it is), the engine's fields with the title boosted ×3, OR of the terms, no prefix or fuzzy
 * matching (the engine has neither), its own BM25 scoring; the first 10 results are kept.
 */
export function runMiniSearchSuite(run: SuiteRun): SearchSuiteResult {
  const { practices, needs } = run;
  const analyzer = frenchAnalyzer();
  const areaLabel = labelsOf(run.policyAreas);
  const documents: MiniDocument[] = practices.map((p) => ({
    id: p.id,
    title: p.title,
    summary: p.summary,
    results: p.results ?? '',
    areas: p.policyAreas.map(areaLabel).join(' '),
  }));
  // Warm the analyzer's memo as the engine's is warm when it builds: only the index is timed.
  for (const d of documents) analyzer.terms(`${d.title} ${d.summary} ${d.results} ${d.areas}`);
  const before = settledMemory();
  const index = new MiniSearch<MiniDocument>({
    fields: ['title', 'summary', 'results', 'areas'],
    tokenize: (text) => analyzer.terms(text),
    processTerm: (term) => term,
    searchOptions: { boost: { title: 3 }, combineWith: 'OR', prefix: false, fuzzy: false },
  });
  const buildMs = timeOnce(() => index.addAll(documents));
  documents.length = 0;
  const memory = memoryHeldSince(before);
  const search = (need: string) => index.search(need).slice(0, 10);
  return {
    buildMs,
    memory,
    ...measureSearch(
      onNeeds(needs, search, (hits) => hits.map((hit) => String(hit.id))),
      run,
    ),
    note:
      'MiniSearch 7: tokenize = French analyzer, processTerm = identity, fields title (boost 3), ' +
      'summary, results, areas; OR, no prefix, no fuzzy; BM25; first 10 kept',
  };
}
