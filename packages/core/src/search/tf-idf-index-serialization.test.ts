import { describe, expect, it } from 'vitest';
import type { Analyzer } from '../text/analyzer';
import { FrenchAnalyzer } from '../text/french-analyzer';
import { FrenchStemmer } from '../text/french-stemmer';
import { FrenchTokenizer } from '../text/french-tokenizer';
import { FIXTURE_DOCUMENTS, TEST_QUERIES } from './test-documents';
import { TfIdfIndex } from './tf-idf-index';

const newAnalyzer = () => new FrenchAnalyzer(new FrenchTokenizer(), new FrenchStemmer());

function fixtureIndex(): TfIdfIndex {
  const index = new TfIdfIndex(newAnalyzer());
  for (const { id, fields } of FIXTURE_DOCUMENTS) index.add(id, fields);
  return index;
}

/** Everything the index answers, doc numbers included. */
function everything(index: TfIdfIndex) {
  return {
    size: index.size,
    maxDoc: index.maxDoc,
    termCount: index.termCount,
    ids: index.ids(),
    search: TEST_QUERIES.map((query) => index.search(query, 10)),
    scores: TEST_QUERIES.map((query) => Array.from(index.scoreAll(query))),
    similar: index.ids().map((id) => index.similar(id, 5)),
    vectors: index.ids().map((id) => index.vector(id)),
    topTerms: index.topTerms(index.ids(), 20),
  };
}

describe('TfIdfIndex.serialize / deserialize', () => {
  it('restores an index that answers exactly the same', () => {
    const index = fixtureIndex();
    const restored = TfIdfIndex.deserialize(index.serialize(), newAnalyzer());
    expect(everything(restored)).toEqual(everything(index));
  });

  it('keeps doc numbers and holes across removals, and the restored index stays editable', () => {
    const index = fixtureIndex();
    for (const { id } of FIXTURE_DOCUMENTS.filter((_, i) => i % 4 === 1)) index.remove(id);
    const restored = TfIdfIndex.deserialize(index.serialize(), newAnalyzer());
    expect(everything(restored)).toEqual(everything(index));
    expect(restored.has(FIXTURE_DOCUMENTS[1].id)).toBe(false);

    for (const target of [index, restored]) {
      target.add(FIXTURE_DOCUMENTS[1].id, FIXTURE_DOCUMENTS[1].fields);
      target.remove(FIXTURE_DOCUMENTS[0].id);
    }
    expect(everything(restored)).toEqual(everything(index));
  });

  it('keeps the readable forms of the terms', () => {
    const restored = TfIdfIndex.deserialize(fixtureIndex().serialize(), newAnalyzer());
    expect(restored.topTerms(['saverdun-velos', 'velos-libre-service'], 1)[0].display).toBe(
      'vélos',
    );
  });

  it('round-trips an empty index and non-ASCII ids', () => {
    const empty = TfIdfIndex.deserialize(new TfIdfIndex(newAnalyzer()).serialize(), newAnalyzer());
    expect(empty.size).toBe(0);
    expect(empty.search('vélos', 5)).toEqual([]);

    const index = new TfIdfIndex(newAnalyzer());
    index.add('élancourt-crèche-🧸', [{ text: 'Une crèche pour les enfants', weight: 1 }]);
    const restored = TfIdfIndex.deserialize(index.serialize(), newAnalyzer());
    expect(restored.search('crèches', 1)).toEqual(index.search('crèches', 1));
    expect(restored.ids()).toEqual(['élancourt-crèche-🧸']);
  });

  it('round-trips more than 65,536 terms and tf values (wide term ids, float64 tf)', () => {
    const words: Analyzer = { terms: (text) => text.split(' ').filter((word) => word !== '') };
    const index = new TfIdfIndex(words);
    for (let doc = 0; doc < 100; doc++) {
      const fields = Array.from({ length: 700 }, (_, i) => ({
        text: `t${doc * 700 + i}`,
        weight: 1 + (doc * 700 + i) / 1e6,
      }));
      index.add(`doc-${doc}`, [...fields, { text: 'shared', weight: 1 }]);
    }
    expect(index.termCount).toBe(70_001);
    const restored = TfIdfIndex.deserialize(index.serialize(), words);
    expect(restored.search('t69999 shared', 3)).toEqual(index.search('t69999 shared', 3));
    expect(restored.vector('doc-99')).toEqual(index.vector('doc-99'));
  });

  it('round-trips a few hundred distinct tf values (16-bit palette)', () => {
    const index = new TfIdfIndex(newAnalyzer());
    FIXTURE_DOCUMENTS.forEach(({ id, fields }, i) => {
      // One field per word, each weighted differently: about a thousand distinct tf values.
      const words = fields.flatMap((field) => field.text.split(' '));
      index.add(
        id,
        words.map((text, j) => ({ text, weight: 1 + (i * 100 + j) / 1000 })),
      );
    });
    const restored = TfIdfIndex.deserialize(index.serialize(), newAnalyzer());
    expect(everything(restored)).toEqual(everything(index));
  });

  it('refuses bytes that are not a serialised index, naming the problem', () => {
    const analyzer = newAnalyzer();
    const bytes = fixtureIndex().serialize();
    expect(() => TfIdfIndex.deserialize(new Uint8Array(10), analyzer)).toThrow(/at least 48 bytes/);
    expect(() =>
      TfIdfIndex.deserialize(new TextEncoder().encode('x'.repeat(64)), analyzer),
    ).toThrow(/expected magic "ESTF", found "xxxx"/);
    expect(() => TfIdfIndex.deserialize(bytes.subarray(0, bytes.length - 8), analyzer)).toThrow(
      /truncated/,
    );
    const newer = bytes.slice();
    newer[4] = 9;
    expect(() => TfIdfIndex.deserialize(newer, analyzer)).toThrow(/version 9 is not supported/);
  });

  it('refuses damaged sections instead of reading out of bounds', () => {
    const analyzer = newAnalyzer();
    const bytes = fixtureIndex().serialize();
    const header = new DataView(bytes.buffer, bytes.byteOffset);
    const entryCount = header.getUint32(20, true);
    const docCount = header.getUint32(12, true);
    // The last section before the palette holds the postings' tf codes; the one before, doc numbers.
    const damaged = (mutate: (copy: Uint8Array) => void) => {
      const copy = bytes.slice();
      mutate(copy);
      return () => TfIdfIndex.deserialize(copy, analyzer);
    };
    const align = (offset: number) => Math.ceil(offset / 8) * 8;
    const entryTermsAt = align(align(48 + docCount) + 4 * docCount);
    expect(damaged((copy) => copy.fill(0xff, entryTermsAt, entryTermsAt + 2))).toThrow(
      /a term id is out of range/,
    );
    const entryTfAt = align(entryTermsAt + 2 * entryCount);
    expect(damaged((copy) => copy.fill(0xff, entryTfAt, entryTfAt + 1))).toThrow(
      /a tf code is outside the palette/,
    );
    const termCount = header.getUint32(16, true);
    const postingDocsAt = align(align(entryTfAt + entryCount) + 4 * (termCount + 1));
    expect(damaged((copy) => copy.fill(0x7f, postingDocsAt, postingDocsAt + 4))).toThrow(
      /a posting names a document out of range/,
    );
  });

  it('reads from a view at any offset of a larger buffer', () => {
    const bytes = fixtureIndex().serialize();
    const padded = new Uint8Array(bytes.length + 3);
    padded.set(bytes, 3);
    const restored = TfIdfIndex.deserialize(padded.subarray(3), newAnalyzer());
    expect(restored.search(TEST_QUERIES[0], 5)).toEqual(fixtureIndex().search(TEST_QUERIES[0], 5));
  });
});
