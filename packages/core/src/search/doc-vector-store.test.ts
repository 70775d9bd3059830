import { describe, expect, it } from 'vitest';
import { FrenchAnalyzer } from '../text/french-analyzer';
import { FrenchStemmer } from '../text/french-stemmer';
import { FrenchTokenizer } from '../text/french-tokenizer';
import { DocVectorStore } from './doc-vector-store';
import { FIXTURE_DOCUMENTS } from './test-documents';
import { TfIdfIndex } from './tf-idf-index';

/**
 * Appends `docs` documents of `entries(doc)` entries (term ids doc + k, codes k); returns how
 * many times the pools were copied into larger ones past the first 100 documents.
 */
function fill(store: DocVectorStore, docs: number, entries: (doc: number) => number): number {
  let copiesPastFirstDocs = 0;
  for (let doc = 0; doc < docs; doc++) {
    const count = entries(doc);
    const terms = Int32Array.from({ length: count }, (_, k) => doc + k);
    const codes = Uint32Array.from({ length: count }, (_, k) => k);
    const before = store.entryTerms;
    store.append(terms, codes, count);
    if (store.entryTerms !== before && doc >= 100) copiesPastFirstDocs += 1;
  }
  return copiesPastFirstDocs;
}

function entriesOf(store: DocVectorStore, doc: number): number[] {
  const from = store.start[doc];
  return Array.from(store.entryTerms.subarray(from, from + store.length[doc]));
}

describe('DocVectorStore.expect', () => {
  it('grows the pools once to the expected documents, past the first ones', () => {
    const hinted = new DocVectorStore();
    hinted.expect(5000);
    expect(fill(hinted, 5000, () => 12)).toBe(0);
    expect(fill(new DocVectorStore(), 5000, () => 12)).toBeGreaterThan(5);
    expect(hinted.entryTerms.length).toBeLessThanOrEqual(Math.ceil(5000 * 12 * 1.05));
    expect(hinted.entryCount).toBe(60_000);
  });

  it('keeps every entry when the documents outgrow the projection or fall short of it', () => {
    const longer = new DocVectorStore();
    longer.expect(2000);
    fill(longer, 2000, (doc) => (doc < 1000 ? 3 : 40)); // the mean of the first ones is far off
    expect(longer.entryCount).toBe(1000 * 3 + 1000 * 40);
    expect(entriesOf(longer, 1999)).toEqual(Array.from({ length: 40 }, (_, k) => 1999 + k));
    expect(entriesOf(longer, 500)).toEqual([500, 501, 502]);

    const fewer = new DocVectorStore();
    fewer.expect(10_000);
    fill(fewer, 300, () => 5);
    expect(fewer.docCount).toBe(300);
    expect(entriesOf(fewer, 299)).toEqual([299, 300, 301, 302, 303]);
    fewer.trim(); // the unused projection is given back
    expect(fewer.entryTerms.length).toBe(1500);
  });
});

describe('TfIdfIndex.expect', () => {
  it('changes nothing in what the index holds', () => {
    const analyzer = () => new FrenchAnalyzer(new FrenchTokenizer(), new FrenchStemmer());
    const plain = new TfIdfIndex(analyzer());
    const hinted = new TfIdfIndex(analyzer());
    hinted.expect(FIXTURE_DOCUMENTS.length);
    for (const { id, fields } of FIXTURE_DOCUMENTS) {
      plain.add(id, fields);
      hinted.add(id, fields);
    }
    expect(hinted.serialize()).toEqual(plain.serialize());
    expect(hinted.search('vélos en libre-service', 5)).toEqual(
      plain.search('vélos en libre-service', 5),
    );
  });
});
