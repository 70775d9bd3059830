import { describe, expect, it } from 'vitest';
import type { Analyzer } from '../text/analyzer';
import { FrenchAnalyzer } from '../text/french-analyzer';
import { FrenchStemmer } from '../text/french-stemmer';
import { FrenchTokenizer } from '../text/french-tokenizer';
import type { ReferenceDocument } from './brute-force-tf-idf';
import { FIXTURE_DOCUMENTS, TEST_QUERIES, termsOnly } from './test-documents';
import { TfIdfIndex } from './tf-idf-index';

// The index's edges: what a caller can hand it that is not a plain live document (removed ones,
// doc numbers out of range, weights at their limits, repeated terms) and what a partial
// "more like this" query matches.

const newAnalyzer = () => new FrenchAnalyzer(new FrenchTokenizer(), new FrenchStemmer());

function indexOf(documents: readonly ReferenceDocument[], analyzer: Analyzer = newAnalyzer()) {
  const index = new TfIdfIndex(analyzer);
  for (const { id, fields } of documents) index.add(id, fields);
  return index;
}

const one = (id: string, text: string): ReferenceDocument => ({
  id,
  fields: [{ text, weight: 1 }],
});

/** The dot product of two sparse vectors given by `vector()`. */
function dot(a: ReturnType<TfIdfIndex['vector']>, b: ReturnType<TfIdfIndex['vector']>) {
  const weightOf = new Map<number, number>();
  b?.terms.forEach((t, i) => weightOf.set(t, b.weights[i]));
  let sum = 0;
  a?.terms.forEach((t, i) => (sum += a.weights[i] * (weightOf.get(t) ?? 0)));
  return sum;
}

describe('TfIdfIndex fields of weight 0', () => {
  it.each([
    ['term keys', () => newAnalyzer()],
    ['term strings', () => termsOnly(newAnalyzer())],
  ])('indexes nothing of a field of weight 0 (analyzer by %s)', (_by, analyzer) => {
    const index = indexOf(
      [
        {
          id: 'a',
          fields: [
            { text: 'vélos gratuits', weight: 1 },
            { text: 'piscine', weight: 0 },
          ],
        },
        one('b', 'vélos et jardins'),
      ],
      analyzer(),
    );
    const [piscine] = newAnalyzer().terms('piscine');
    expect(index.search('piscine', 5)).toEqual([]);
    expect(index.idfOf(piscine!)).toBe(0);
    expect(index.vector('a')?.terms).toHaveLength(2); // velo, gratuit
    expect(index.sharedTerms('a', [piscine!])).toEqual(new Set());
    expect(index.search('gratuits', 5).map((hit) => hit.id)).toEqual(['a']);
  });
});

describe('TfIdfIndex field weights at their limits', () => {
  it('takes the smallest weight, 1e-6, and refuses a smaller one, Infinity and NaN, naming them', () => {
    const index = new TfIdfIndex(newAnalyzer());
    index.add('light', [{ text: 'vélos', weight: 1e-6 }]);
    index.add('none', [{ text: 'piscine', weight: 0 }]);
    expect(index.search('vélos', 5).map((hit) => hit.id)).toEqual(['light']);
    for (const weight of [9.99e-7, Infinity, -Infinity, Number.NaN]) {
      expect(() => index.add('bad', [{ text: 'vélos', weight }])).toThrow(
        `TfIdfIndex.add: field 0 of "bad" has weight ${weight}; expected 0 or a finite number ≥ 0.000001`,
      );
    }
    expect(index.ids()).toEqual(['light', 'none']);
  });

  it('names the method and the k it refuses', () => {
    const index = indexOf(FIXTURE_DOCUMENTS.slice(0, 5));
    const id = FIXTURE_DOCUMENTS[0].id;
    expect(() => index.search('vélos', -1)).toThrow(
      'TfIdfIndex.search: k must be a number ≥ 0, found -1',
    );
    expect(() => index.similar(id, Number.NaN)).toThrow(
      'TfIdfIndex.similar: k must be a number ≥ 0, found NaN',
    );
    expect(() => index.topTerms([id], -2)).toThrow(
      'TfIdfIndex.topTerms: k must be a number ≥ 0, found -2',
    );
    expect(index.search('vélos', 1.9)).toHaveLength(1); // a fractional k is floored
  });
});

describe('TfIdfIndex removed documents', () => {
  it('gives no id for a removed doc number, and keeps nothing of its id in its bytes', () => {
    const index = indexOf([one('gardee', 'vélos gratuits'), one('supprimee-xq', 'jardins')]);
    const removed = index.docNumber('supprimee-xq') ?? -1;
    index.remove('supprimee-xq');
    expect(index.idOf(removed)).toBeUndefined();
    expect(index.idOf(index.docNumber('gardee') ?? -1)).toBe('gardee');
    const bytes = Buffer.from(index.serialize());
    expect(bytes.includes('supprimee-xq')).toBe(false);
    expect(bytes.includes('gardee')).toBe(true);
  });

  it('answers nothing to a query of terms only removed documents held', () => {
    const index = indexOf(FIXTURE_DOCUMENTS.slice(0, 20));
    index.add('seule', [{ text: 'zythologie', weight: 1 }]);
    const [term] = newAnalyzer().terms('zythologie');
    expect(index.search('zythologie', 5).map((hit) => hit.id)).toEqual(['seule']);
    index.remove('seule');
    for (const read of [() => index, () => (index.refresh(), index)]) {
      const current = read();
      expect(current.search('zythologie', 5)).toEqual([]);
      expect(current.search('zythologie zythologie', 5)).toEqual([]);
      expect(Array.from(current.scoreAll('zythologie').scores).every((s) => s === 0)).toBe(true);
      const weighted = current.scoreTerms(new Map([[term!, 1]]));
      expect(Array.from(weighted.scores).every((s) => s === 0)).toBe(true);
    }
  });

  it('names, of a snapshot giving one id to two live documents, the id repeated', () => {
    const index = indexOf([
      one('doc-0', 'piscine'),
      one('doc-1', 'vélos en libre-service'),
      one('doc-2', 'crèche aux horaires atypiques'),
      one('doc-3', 'jardins partagés'),
    ]);
    index.remove('doc-0'); // a removed document first: its id is gone, not repeated
    const bytes = index.serialize();
    const at = Buffer.from(bytes.buffer).lastIndexOf('doc-1doc-2') + 'doc-1doc-'.length;
    bytes[at] = '1'.charCodeAt(0); // the ids are the first strings, ASCII here
    expect(() => TfIdfIndex.deserialize(bytes, newAnalyzer())).toThrow(
      'TfIdfIndex.deserialize: the id "doc-1" is given to two documents',
    );
  });
});

describe('TfIdfIndex.heldTerms', () => {
  const index = indexOf([
    one('piscine', 'une piscine'),
    one('velos', 'des vélos pour les agents'),
    one('jardins', 'des jardins'),
  ]);
  const [velo, jardin, piscine] = newAnalyzer().terms('vélos jardins piscine');
  const doc = (id: string) => index.docNumber(id) ?? -1;

  it('flags a document only for the terms it holds, whatever else it holds', () => {
    // « agents » is in no list: it must flag nothing, neither here nor in the row before.
    expect([...index.heldTerms([doc('piscine'), doc('velos')], [velo!])]).toEqual([0, 1]);
    expect([...index.heldTerms([doc('jardins'), doc('velos')], [jardin!])]).toEqual([1, 0]);
  });

  it('copies a term given twice from its first place, wherever that is', () => {
    const terms = [piscine!, velo!, jardin!, velo!];
    expect([...index.heldTerms([doc('jardins'), doc('velos'), doc('piscine')], terms)]).toEqual([
      ...[0, 0, 1, 0], // jardins
      ...[0, 1, 0, 1], // velos
      ...[1, 0, 0, 0], // piscine
    ]);
  });

  it('skips negative, fractional and out-of-range doc numbers', () => {
    const held = index.heldTerms([-1, 0.5, 1.5, index.maxDoc, 2 ** 40, doc('velos')], [velo!]);
    expect([...held]).toEqual([0, 0, 0, 0, 0, 1]);
  });
});

describe('TfIdfIndex.topTerms', () => {
  const index = indexOf(FIXTURE_DOCUMENTS);
  const ids = FIXTURE_DOCUMENTS.slice(0, 6).map((d) => d.id);

  it('gives n terms, each once, the weights of a group summed', () => {
    const top = index.topTerms(ids, 4);
    expect(top).toHaveLength(4);
    const all = index.topTerms([...ids, ...ids], 10_000);
    const distinct = new Set(ids.flatMap((id) => [...(index.vector(id)?.terms ?? [])]));
    expect(all).toHaveLength(distinct.size);
    expect(new Set(all.map((term) => term.termId)).size).toBe(distinct.size);
    // Listed twice, each document counts twice: the same terms, each weight doubled.
    const once = index.topTerms(ids, 10_000);
    expect(all.map((term) => term.term)).toEqual(once.map((term) => term.term));
    all.forEach((term, i) => expect(term.weight).toBeCloseTo(2 * once[i].weight, 12));
    expect(once.slice(0, 4)).toEqual(top);
  });

  it('skips removed, negative, fractional and out-of-range doc numbers', () => {
    const fresh = indexOf(FIXTURE_DOCUMENTS.slice(0, 8));
    const [first, second] = [0, 1].map((i) => fresh.docNumber(FIXTURE_DOCUMENTS[i].id) ?? -1);
    const expected = fresh.topTerms([second], 50);
    fresh.remove(FIXTURE_DOCUMENTS[0].id);
    const refreshed = fresh.topTerms([second], 50); // idf changed with the removal
    expect(refreshed.map((term) => term.term).sort()).toEqual(
      expected.map((term) => term.term).sort(),
    );
    const odd = [first, -1, 0.5, second + 0.5, fresh.maxDoc, 2 ** 40, second];
    expect(fresh.topTerms(odd, 50)).toEqual(refreshed);
  });

  it('starts from clean weights after vector, cosines and similar of any document', () => {
    const fresh = indexOf(FIXTURE_DOCUMENTS);
    const before = fresh.topTerms(fresh.ids(), 30);
    for (const id of fresh.ids().slice(0, 12)) {
      fresh.vector(id);
      fresh.cosines(id, fresh.ids().slice(0, 5));
      fresh.similar(id, 3, { strongestTerms: 4 });
    }
    expect(fresh.topTerms(fresh.ids(), 30)).toEqual(before);
  });
});

describe('TfIdfIndex.similar with strongestTerms', () => {
  const index = indexOf(FIXTURE_DOCUMENTS);

  /** The reference: the s heaviest terms of the document, dotted with each other vector. */
  function reference(id: string, strongest: number) {
    const vector = index.vector(id)!;
    const order = Array.from(vector.terms.keys()).sort(
      (a, b) => vector.weights[b] - vector.weights[a],
    );
    const kept = order.slice(0, strongest);
    const part = {
      terms: Int32Array.from(kept.map((i) => vector.terms[i])),
      weights: Float64Array.from(kept.map((i) => vector.weights[i])),
    };
    const cut = vector.weights[order[strongest - 1]] - (vector.weights[order[strongest]] ?? 0);
    const scores = index
      .ids()
      .filter((other) => other !== id)
      .map((other) => ({ id: other, score: dot(part, index.vector(other)) }))
      .filter((hit) => hit.score > 0)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    return { scores, clearCut: cut > 1e-12 };
  }

  it('scores the cosine of the s heaviest terms with each other document', () => {
    let checked = 0;
    for (const { id } of FIXTURE_DOCUMENTS.slice(0, 25)) {
      for (const strongest of [1, 2, 3, 6]) {
        const { scores, clearCut } = reference(id, strongest);
        if (!clearCut) continue; // two terms tie at the cut: see the next test
        const hits = index.similar(id, 8, { strongestTerms: strongest });
        expect(hits.map((hit) => hit.id)).toEqual(scores.slice(0, 8).map((hit) => hit.id));
        hits.forEach((hit, i) => expect(hit.score).toBeCloseTo(scores[i].score, 12));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('keeps, of terms of equal weight, those the document gives first', () => {
    const ties = indexOf([
      one('q', 'piscine jardin vélo'),
      one('p-piscine', 'piscine'),
      one('p-jardin', 'jardin'),
      one('p-velo', 'vélo'),
    ]);
    const ids = (s: number) => ties.similar('q', 5, { strongestTerms: s }).map((hit) => hit.id);
    expect(ids(1)).toEqual(['p-piscine']);
    expect(ids(2)).toEqual(['p-jardin', 'p-piscine']);
    expect(ids(3)).toEqual(['p-jardin', 'p-piscine', 'p-velo']);
    expect(ids(0)).toEqual([]);
    expect(ids(-1)).toEqual([]);
  });
});

describe('TfIdfIndex after a serialised load', () => {
  it('answers the queries of the fixture as before, then after a removal', () => {
    const index = indexOf(FIXTURE_DOCUMENTS);
    const restored = TfIdfIndex.deserialize(index.serialize(), newAnalyzer());
    const answers = (i: TfIdfIndex) => TEST_QUERIES.map((query) => i.search(query, 5));
    expect(answers(restored)).toEqual(answers(index));
    for (const target of [index, restored]) target.remove(FIXTURE_DOCUMENTS[3].id);
    expect(answers(restored)).toEqual(answers(index));
  });
});
