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
    scores: TEST_QUERIES.map((query) => Array.from(index.scoreAll(query).scores)),
    similar: index.ids().map((id) => index.similar(id, 5)),
    vectors: index.ids().map((id) => index.vector(id)),
    topTerms: index.topTerms(index.ids(), 20),
  };
}

// Both layouts: the entries on the index's own widths (read in place), or compact (widened).
describe.each([
  { layout: 'default', options: {} },
  { layout: 'compact', options: { compact: true } },
])('TfIdfIndex.serialize ($layout) / deserialize', ({ options }) => {
  it('restores an index that answers exactly the same', () => {
    const index = fixtureIndex();
    const restored = TfIdfIndex.deserialize(index.serialize(options), newAnalyzer());
    expect(everything(restored)).toEqual(everything(index));
  });

  it('keeps doc numbers and holes across removals, and the restored index stays editable', () => {
    const index = fixtureIndex();
    for (const { id } of FIXTURE_DOCUMENTS.filter((_, i) => i % 4 === 1)) index.remove(id);
    const restored = TfIdfIndex.deserialize(index.serialize(options), newAnalyzer());
    expect(everything(restored)).toEqual(everything(index));
    expect(restored.has(FIXTURE_DOCUMENTS[1].id)).toBe(false);

    for (const target of [index, restored]) {
      target.add(FIXTURE_DOCUMENTS[1].id, FIXTURE_DOCUMENTS[1].fields);
      target.remove(FIXTURE_DOCUMENTS[0].id);
    }
    expect(everything(restored)).toEqual(everything(index));
  });

  it('keeps the readable forms of the terms', () => {
    const restored = TfIdfIndex.deserialize(fixtureIndex().serialize(options), newAnalyzer());
    expect(restored.topTerms(['saverdun-velos', 'velos-libre-service'], 1)[0].display).toBe(
      'vélos',
    );
  });

  it('round-trips an empty index and non-ASCII ids', () => {
    const empty = TfIdfIndex.deserialize(
      new TfIdfIndex(newAnalyzer()).serialize(options),
      newAnalyzer(),
    );
    expect(empty.size).toBe(0);
    expect(empty.search('vélos', 5)).toEqual([]);

    const index = new TfIdfIndex(newAnalyzer());
    index.add('élancourt-crèche-🧸', [{ text: 'Une crèche pour les enfants', weight: 1 }]);
    const restored = TfIdfIndex.deserialize(index.serialize(options), newAnalyzer());
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
    const restored = TfIdfIndex.deserialize(index.serialize(options), words);
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
    const restored = TfIdfIndex.deserialize(index.serialize(options), newAnalyzer());
    expect(everything(restored)).toEqual(everything(index));
  });
});

describe('TfIdfIndex.deserialize', () => {
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
    const older = bytes.slice();
    older[4] = 1;
    expect(() => TfIdfIndex.deserialize(older, analyzer)).toThrow(
      /version 1 is not supported \(expected 2\): serialise the index again/,
    );
  });

  it('stores the entries on the index widths by default, on the narrowest if compact', () => {
    const index = fixtureIndex();
    const direct = layoutOf(index.serialize());
    const compact = layoutOf(index.serialize({ compact: true }));
    expect([direct.termBytes, direct.codeBytes]).toEqual([4, 2]);
    expect([compact.termBytes, compact.codeBytes]).toEqual([2, 1]);
    // 2 bytes less per term id, 1 less per code, twice (entries and postings), give or take padding.
    expect(direct.byteLength - compact.byteLength).toBeGreaterThanOrEqual(
      4 * direct.entryCount - 24,
    );
  });

  it('refuses two live documents with the same id', () => {
    const index = new TfIdfIndex(newAnalyzer());
    index.add('doc-1', [{ text: 'vélos en libre-service', weight: 1 }]);
    index.add('doc-2', [{ text: 'crèche aux horaires atypiques', weight: 1 }]);
    const bytes = index.serialize();
    const second = Buffer.from(bytes.buffer).lastIndexOf('doc-1doc-2') + 'doc-1doc-'.length;
    bytes[second] = '1'.charCodeAt(0); // the ids are the first strings, ASCII here
    expect(() => TfIdfIndex.deserialize(bytes, newAnalyzer())).toThrow(
      /the id "doc-1" is given to two documents/,
    );
  });

  it('never writes into the bytes it reads in place, even as the index changes', () => {
    const bytes = fixtureIndex().serialize();
    const before = bytes.slice();
    const restored = TfIdfIndex.deserialize(bytes, newAnalyzer());
    restored.search(TEST_QUERIES[0], 5);
    restored.similar(FIXTURE_DOCUMENTS[2].id, 5);
    // Removals past a quarter of the entries compact the store; adds grow it; refresh rebuilds.
    FIXTURE_DOCUMENTS.slice(0, 12).forEach(({ id }) => restored.remove(id));
    FIXTURE_DOCUMENTS.slice(0, 3).forEach(({ id, fields }) => restored.add(id, fields));
    restored.refresh();
    restored.search(TEST_QUERIES[1], 5);
    expect(bytes).toEqual(before);
  });

  it('reads bytes in a SharedArrayBuffer (copied, so they cannot change under the checks)', () => {
    const bytes = fixtureIndex().serialize();
    const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
    shared.set(bytes);
    const restored = TfIdfIndex.deserialize(shared, newAnalyzer());
    expect(everything(restored)).toEqual(everything(fixtureIndex()));
  });
});

/** Where each section of a serialised index starts, from its header (the layout, restated). */
function layoutOf(bytes: Uint8Array) {
  const header = new DataView(bytes.buffer, bytes.byteOffset);
  const flags = header.getUint32(8, true);
  const docCount = header.getUint32(12, true);
  const termCount = header.getUint32(16, true);
  const entryCount = header.getUint32(20, true);
  const paletteSize = header.getUint32(24, true);
  const termBytes = flags & 1 ? 2 : 4;
  const codeBytes = [0, 1, 2, 4][(flags >> 1) & 3];
  const sizes = {
    alive: docCount,
    docLengths: 4 * docCount,
    inverseNorms: 8 * docCount,
    entryTerms: termBytes * entryCount,
    entryTfCodes: codeBytes * entryCount,
    postingStart: 4 * (termCount + 1),
    postingDocs: 4 * entryCount,
    postingTfCodes: codeBytes * entryCount,
    palette: 8 * paletteSize,
  };
  const at = {} as Record<keyof typeof sizes, number>;
  let next = 48;
  for (const [name, size] of Object.entries(sizes)) {
    next = Math.ceil(next / 8) * 8;
    at[name as keyof typeof sizes] = next;
    next += size;
  }
  const { byteLength } = bytes;
  return { at, docCount, termCount, entryCount, paletteSize, termBytes, codeBytes, byteLength };
}

describe.each([
  { layout: 'default', options: {} },
  { layout: 'compact', options: { compact: true } },
])('TfIdfIndex.deserialize of damaged bytes ($layout)', ({ options }) => {
  const analyzer = newAnalyzer();
  const bytes = fixtureIndex().serialize(options);
  const layout = layoutOf(bytes);
  const { at, docCount, termCount, entryCount, paletteSize, termBytes, codeBytes } = layout;
  const first = 0;
  const last = entryCount - 1; // an odd count: the last one is in no 32-bit word
  // The bytes with one element of a section set to a value, read back.
  const damaged = (offset: number, width: number, index: number, value: number) => {
    const copy = bytes.slice();
    const view = new DataView(copy.buffer);
    const byte = offset + index * width;
    if (width === 1) view.setUint8(byte, value);
    else if (width === 2) view.setUint16(byte, value, true);
    else if (width === 4) view.setInt32(byte, value, true);
    else view.setFloat64(byte, value, true);
    return () => TfIdfIndex.deserialize(copy, analyzer);
  };

  it('has an odd entry count, so that the checks meet a tail', () => {
    expect(entryCount % 4).not.toBe(0);
  });

  it.each([first, last])('refuses a term id out of range (entry %i)', (entry) => {
    const check = (value: number) => damaged(at.entryTerms, termBytes, entry, value);
    expect(check(termCount)).toThrow(/a term id is out of range/);
    if (termBytes === 4) expect(check(-1)).toThrow(/a term id is out of range/);
    expect(check(termCount - 1)).not.toThrow();
  });

  it.each([first, 1, 2, 3, last])('refuses a tf code outside the palette (entry %i)', (entry) => {
    for (const section of [at.entryTfCodes, at.postingTfCodes]) {
      expect(damaged(section, codeBytes, entry, paletteSize)).toThrow(
        /a tf code is outside the palette/,
      );
      expect(damaged(section, codeBytes, entry, 2 ** (8 * codeBytes) - 1)).toThrow(
        /a tf code is outside the palette/,
      );
    }
  });

  it.each([first, last])('refuses a posting out of range (posting %i)', (posting) => {
    for (const value of [docCount, -1, 0x7fffffff]) {
      expect(damaged(at.postingDocs, 4, posting, value)).toThrow(
        /a posting names a document out of range/,
      );
    }
  });

  it('refuses invalid norms, tf values, document states and posting offsets', () => {
    for (const value of [NaN, -1, Infinity]) {
      expect(damaged(at.inverseNorms, 8, docCount - 1, value)).toThrow(
        new RegExp(`document ${docCount - 1} has an invalid norm`),
      );
    }
    expect(damaged(at.palette, 8, paletteSize - 1, 0)).toThrow(/tf 0 is invalid/);
    expect(damaged(at.alive, 1, 3, 2)).toThrow(/document 3 has an invalid state/);
    expect(damaged(at.docLengths, 4, 0, -1)).toThrow(/document 0 has an invalid state/);
    expect(damaged(at.docLengths, 4, 0, 0)).toThrow(/do not add up to the entry count/);
    expect(damaged(at.postingStart, 4, 5, 0)).toThrow(/the postings of term 4 are invalid/);
    expect(damaged(at.postingStart, 4, termCount, 0)).toThrow(/do not cover the entries/);
  });
});
