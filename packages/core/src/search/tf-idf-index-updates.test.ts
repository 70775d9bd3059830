import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrenchAnalyzer } from '../text/french-analyzer';
import { FrenchStemmer } from '../text/french-stemmer';
import { FrenchTokenizer } from '../text/french-tokenizer';
import type { ReferenceDocument } from './brute-force-tf-idf';
import { expectRunMaxima } from './expect-run-maxima';
import { FIXTURE_DOCUMENTS, TEST_QUERIES } from './test-documents';
import { TfIdfIndex } from './tf-idf-index';

const analyzer = new FrenchAnalyzer(new FrenchTokenizer(), new FrenchStemmer());

function indexOf(documents: readonly ReferenceDocument[]): TfIdfIndex {
  const index = new TfIdfIndex(analyzer);
  for (const { id, fields } of documents) index.add(id, fields);
  return index;
}

/** What a user sees of an index: ids and scores (doc numbers differ between two indexes). */
function answers(index: TfIdfIndex, queries: readonly string[]) {
  const strip = (hits: Array<{ id: string; score: number }>) =>
    hits.map(({ id, score }) => ({ id, score }));
  const someIds = [...index.ids()].sort().slice(0, 5);
  return {
    size: index.size,
    ids: [...index.ids()].sort(),
    search: queries.map((query) => strip(index.search(query, 12))),
    similar: someIds.map((id) => strip(index.similar(id, 6))),
    topTerms: index
      .topTerms([...index.ids()].sort(), 8)
      .map(({ term, weight }) => ({ term, weight })),
  };
}

// A deterministic pseudo-random generator, for the larger synthetic corpus.
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

/** `count` documents mixing the fixture's sentences, enough entries to trigger rebuilds. */
function mixedDocuments(count: number): ReferenceDocument[] {
  const random = seeded(7);
  const pick = () => FIXTURE_DOCUMENTS[Math.floor(random() * FIXTURE_DOCUMENTS.length)];
  return Array.from({ length: count }, (_, i) => ({
    id: `mix-${String(i).padStart(4, '0')}`,
    fields: [
      { text: pick().fields[0].text, weight: 3 },
      { text: `${pick().fields[1].text} ${pick().fields[1].text}`, weight: 1 },
    ],
  }));
}

describe('TfIdfIndex updates', () => {
  it('after adds and removes, answers as an index built from the survivors', () => {
    const incremental = indexOf(FIXTURE_DOCUMENTS.slice(0, 30));
    incremental.search('vélos', 3); // read in between: weights go stale and come back
    for (const { id } of FIXTURE_DOCUMENTS.slice(0, 30).filter((_, i) => i % 3 === 0)) {
      expect(incremental.remove(id)).toBe(true);
    }
    expect(incremental.remove('damparis-ateliers')).toBe(false); // removed already
    incremental.search('agents', 3);
    for (const { id, fields } of FIXTURE_DOCUMENTS.slice(30)) incremental.add(id, fields);
    incremental.add(FIXTURE_DOCUMENTS[0].id, FIXTURE_DOCUMENTS[0].fields); // back again

    const survivors = [
      FIXTURE_DOCUMENTS[0],
      ...FIXTURE_DOCUMENTS.slice(0, 30).filter((_, i) => i % 3 !== 0),
      ...FIXTURE_DOCUMENTS.slice(30),
    ];
    const scratch = indexOf(survivors);
    expect(answers(incremental, TEST_QUERIES)).toEqual(answers(scratch, TEST_QUERIES));
    incremental.refresh(); // compacts and rebuilds the postings: same answers again
    expect(answers(incremental, TEST_QUERIES)).toEqual(answers(scratch, TEST_QUERIES));
    expect(incremental.maxDoc).toBe(FIXTURE_DOCUMENTS.length + 1); // doc numbers are not reused
  });

  it('scores identically from the postings and from the document vectors', () => {
    const index = indexOf(FIXTURE_DOCUMENTS);
    const fromVectors = TEST_QUERIES.map((query) => index.search(query, 40));
    index.refresh();
    expect(TEST_QUERIES.map((query) => index.search(query, 40))).toEqual(fromVectors);
  });

  it('gives run maxima over the postings and the vectors of documents added since', () => {
    const documents = mixedDocuments(300);
    const index = indexOf(documents.slice(0, 250));
    index.refresh();
    // A few more: scored from their vectors, the first of them in the run the postings end in.
    for (const { id, fields } of documents.slice(250)) index.add(id, fields);
    for (const query of TEST_QUERIES) expectRunMaxima(index.scoreAll(query));
    index.refresh();
    for (const query of TEST_QUERIES) expectRunMaxima(index.scoreAll(query));
  });

  it('rebuilds and compacts on its own over thousands of adds and removes', () => {
    const documents = mixedDocuments(1500);
    const index = new TfIdfIndex(analyzer);
    const live = new Map<string, ReferenceDocument>();
    documents.forEach((document, i) => {
      index.add(document.id, document.fields);
      live.set(document.id, document);
      if (i % 4 === 3) {
        const victim = documents[i - 2].id;
        index.remove(victim);
        live.delete(victim);
      }
      if (i % 250 === 0) index.search(TEST_QUERIES[i % TEST_QUERIES.length], 5);
    });
    expect(answers(index, TEST_QUERIES)).toEqual(
      answers(indexOf([...live.values()]), TEST_QUERIES),
    );
  });

  it('holds for any sequence of adds, removes, reads and refreshes', () => {
    const command = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), doc: fc.nat(FIXTURE_DOCUMENTS.length - 1) }),
      fc.record({
        kind: fc.constant('remove' as const),
        doc: fc.nat(FIXTURE_DOCUMENTS.length - 1),
      }),
      fc.record({ kind: fc.constant('search' as const), doc: fc.nat(TEST_QUERIES.length - 1) }),
      fc.record({ kind: fc.constant('refresh' as const), doc: fc.constant(0) }),
    );
    fc.assert(
      fc.property(fc.array(command, { maxLength: 60 }), (commands) => {
        const index = new TfIdfIndex(analyzer);
        const live = new Map<string, ReferenceDocument>();
        for (const { kind, doc } of commands) {
          const document = FIXTURE_DOCUMENTS[doc];
          if (kind === 'add' && !live.has(document.id)) {
            index.add(document.id, document.fields);
            live.set(document.id, document);
          } else if (kind === 'remove') {
            expect(index.remove(document.id)).toBe(live.delete(document.id));
          } else if (kind === 'search') {
            index.search(TEST_QUERIES[doc], 5);
          } else if (kind === 'refresh') {
            index.refresh();
          }
        }
        const queries = TEST_QUERIES.slice(0, 5);
        expect(answers(index, queries)).toEqual(answers(indexOf([...live.values()]), queries));
      }),
      { numRuns: 60 },
    );
  });
});
