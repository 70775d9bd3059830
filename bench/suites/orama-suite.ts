import { create, insertMultiple, search, type Results } from '@orama/orama';
import { language, stemmer } from '@orama/stemmers/french';
import { stopwords } from '@orama/stopwords/french';
import { memoryHeldSince, settledMemory } from '../measure/memory';
import { timeOnce } from '../measure/timing';
import { labelsOf } from './analyzed-practice';
import { measureSearch, onNeeds } from './measure-search';
import type { SearchSuiteResult, SuiteRun } from './suite-result';

const SCHEMA = { title: 'string', summary: 'string', results: 'string', areas: 'string' } as const;
const PROPERTIES: Array<keyof typeof SCHEMA> = ['title', 'summary', 'results', 'areas'];

function synchronous<T>(value: T | Promise<T>, what: string): T {
  // With only synchronous components Orama answers synchronously; a promise would time nothing.
  if (value instanceof Promise) throw new Error(`Orama answered ${what} asynchronously`);
  return value;
}

/**
 * Orama 3 with its own French text analysis as its documentation gives it (tokenizer
 * `language: 'french'`, `stemming: true` with @orama/stemmers/french's Snowball stemmer,
 * @orama/stopwords/french's 165 stop words), the engine's fields with the title boosted ×3,
 * `threshold: 1` (every document holding any term of the need, as in the others), its BM25
 * scoring; top 10.
 */
export function runOramaSuite(run: SuiteRun): SearchSuiteResult {
  const { practices, needs } = run;
  const areaLabel = labelsOf(run.policyAreas);
  const documents = practices.map((p) => ({
    id: p.id,
    title: p.title,
    summary: p.summary,
    results: p.results ?? '',
    areas: p.policyAreas.map(areaLabel).join(' '),
  }));
  const before = settledMemory();
  const db = create({
    schema: SCHEMA,
    components: { tokenizer: { language, stemming: true, stemmer, stopWords: stopwords } },
  });
  const buildMs = timeOnce(() => synchronous(insertMultiple(db, documents), 'insertMultiple'));
  documents.length = 0;
  const memory = memoryHeldSince(before);
  const query = (need: string): Results<unknown> =>
    synchronous(
      search(db, {
        term: need,
        properties: PROPERTIES,
        boost: { title: 3 },
        threshold: 1,
        limit: 10,
      }),
      'search',
    );
  return {
    buildMs,
    memory,
    ...measureSearch(
      onNeeds(needs, query, (results) => results.hits.map((hit) => hit.id)),
      run,
    ),
    note:
      "Orama 3: tokenizer language 'french', stemming with @orama/stemmers/french, " +
      '@orama/stopwords/french; fields title (boost 3), summary, results, areas; threshold 1; ' +
      'BM25; limit 10',
  };
}
