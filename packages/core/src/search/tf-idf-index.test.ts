import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Analyzer } from '../text/analyzer';
import { FrenchAnalyzer } from '../text/french-analyzer';
import { FrenchStemmer } from '../text/french-stemmer';
import { FrenchTokenizer } from '../text/french-tokenizer';
import { BruteForceTfIdf, type ReferenceDocument, type ReferenceScore } from './brute-force-tf-idf';
import { expectRunMaxima } from './expect-run-maxima';
import type { SearchHit } from './search-types';
import {
  FIXTURE_DOCUMENTS,
  TEST_QUERIES,
  documentOf,
  termsOnly,
  type PracticeText,
} from './test-documents';
import { TfIdfIndex } from './tf-idf-index';

const CORPUS_FILE = new URL('../../data/practices.json', import.meta.url);
const CORPUS: readonly ReferenceDocument[] = existsSync(CORPUS_FILE)
  ? (JSON.parse(readFileSync(CORPUS_FILE, 'utf8')) as PracticeText[]).map(documentOf)
  : FIXTURE_DOCUMENTS;

const newAnalyzer = () => new FrenchAnalyzer(new FrenchTokenizer(), new FrenchStemmer());

function indexOf(documents: readonly ReferenceDocument[]): TfIdfIndex {
  const index = new TfIdfIndex(newAnalyzer());
  for (const { id, fields } of documents) index.add(id, fields);
  return index;
}

/** Same scores rank by rank, and each returned id has the score the reference gives it. */
function expectRankingOf(actual: SearchHit[], expected: ReferenceScore[], k: number): void {
  expect(actual.length).toBe(Math.min(k, expected.length));
  const truth = new Map(expected.map(({ id, score }) => [id, score]));
  actual.forEach((hit, rank) => {
    expect(Math.abs(hit.score - expected[rank].score)).toBeLessThanOrEqual(1e-9);
    expect(Math.abs(hit.score - (truth.get(hit.id) ?? Number.NaN))).toBeLessThanOrEqual(1e-9);
  });
}

describe.each([
  ['the corpus', CORPUS],
  ['the fixture', FIXTURE_DOCUMENTS],
])('TfIdfIndex on %s, against a brute-force cosine', (_name, documents) => {
  const reference = new BruteForceTfIdf(newAnalyzer(), documents);
  const queries = [...TEST_QUERIES, ...documents.slice(0, 12).map((d) => d.fields[0].text)];

  it.each([1, 5, 10, 1000])('search gives the same top %i and scores to 1e-9', (k) => {
    const index = indexOf(documents);
    for (const query of queries)
      expectRankingOf(index.search(query, k), reference.search(query), k);
    index.refresh(); // from the postings now, not from the document vectors
    for (const query of queries)
      expectRankingOf(index.search(query, k), reference.search(query), k);
  });

  it('similar gives the nearest other documents and their scores to 1e-9', () => {
    const index = indexOf(documents);
    for (const { id } of documents.slice(0, 15)) {
      const hits = index.similar(id, 8);
      expect(hits.some((hit) => hit.id === id)).toBe(false);
      expectRankingOf(hits, reference.similar(id), 8);
    }
  });

  it('cosine of two stored documents is the brute-force cosine', () => {
    const index = indexOf(documents);
    for (const { id } of documents.slice(0, 6)) {
      for (const expected of reference.similar(id).slice(0, 5)) {
        expect(Math.abs(index.cosine(id, expected.id) - expected.score)).toBeLessThan(1e-9);
      }
    }
    expect(index.cosine(documents[0]!.id, 'nowhere')).toBe(0);
    const [a, b, c] = documents;
    expect([...index.cosines(a!.id, [b!.id, 'nowhere', c!.id])]).toEqual([
      index.cosine(a!.id, b!.id),
      0,
      index.cosine(a!.id, c!.id),
    ]);
  });

  it('similar with strongestTerms matches on part of the vector: exact when it covers it all', () => {
    const index = indexOf(documents);
    for (const { id } of documents.slice(0, 10)) {
      const length = index.vector(id)?.terms.length ?? 0;
      expect(index.similar(id, 8, { strongestTerms: length })).toEqual(index.similar(id, 8));
      const partial = index.similar(id, 8, { strongestTerms: 5 });
      expect(partial.some((hit) => hit.id === id)).toBe(false);
      // A cosine on part of the query vector never exceeds the full cosine.
      for (const hit of partial)
        expect(hit.score).toBeLessThanOrEqual(index.cosine(id, hit.id) + 1e-12);
    }
  });

  it('vector is the normalised tf-idf vector', () => {
    const index = indexOf(documents);
    for (const { id } of documents.slice(0, 10)) {
      const vector = index.vector(id);
      const expected = reference.normalizedVector(id);
      expect(vector?.terms.length).toBe(expected.size);
      vector?.terms.forEach((termId, i) => {
        if (i > 0) expect(termId).toBeGreaterThan(vector.terms[i - 1]);
        expect(Math.abs(vector.weights[i] - (expected.get(index.term(termId)) ?? 0))).toBeLessThan(
          1e-12,
        );
      });
    }
  });

  it('scoreAll scores every document sharing a term, like search, and the others 0', () => {
    const index = indexOf(documents);
    for (const query of queries) {
      const expected = reference.search(query);
      const dense = index.scoreAll(query);
      expectRunMaxima(dense);
      const scores = dense.scores;
      expect(scores.length).toBe(index.maxDoc);
      const truth = new Map(expected.map(({ id, score }) => [id, score]));
      let sharing = 0;
      scores.forEach((score, doc) => {
        if (score === 0) return;
        sharing += 1;
        const id = index.idOf(doc) ?? '';
        expect(Math.abs(score - (truth.get(id) ?? Number.NaN))).toBeLessThanOrEqual(1e-9);
      });
      expect(sharing).toBe(expected.length);
    }
  });
});

describe('TfIdfIndex over tens of thousands of documents', () => {
  // Postings are read block by block of doc numbers: enough documents for several blocks.
  const words = Array.from({ length: 40 }, (_, i) => `zorg${String.fromCharCode(97 + i)}ule`);
  let seed = 7;
  const pick = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return words[Math.floor((seed / 2_147_483_648) ** 2 * words.length)];
  };
  const documents = Array.from({ length: 40_000 }, (_, i) => ({
    id: `doc-${i}`,
    fields: [{ text: `${pick()} ${pick()} ${pick()}`, weight: 1 }],
  }));
  const index = indexOf(documents);
  const reference = new BruteForceTfIdf(newAnalyzer(), documents);

  it('scores every document as the brute force does, in every block', () => {
    for (const query of [`${words[0]} ${words[5]} ${words[33]}`, words[39], words.join(' ')]) {
      const truth = new Map(reference.search(query).map(({ id, score }) => [id, score]));
      const dense = index.scoreAll(query);
      expectRunMaxima(dense);
      const scores = dense.scores;
      let sharing = 0;
      scores.forEach((score, doc) => {
        if (score === 0) return;
        sharing += 1;
        const expected = truth.get(index.idOf(doc) ?? '') ?? Number.NaN;
        expect(Math.abs(score - expected)).toBeLessThanOrEqual(1e-9);
      });
      expect(sharing).toBe(truth.size);
      expect(sharing).toBeGreaterThan(0);
      expectRankingOf(index.search(query, 10), reference.search(query), 10);
    }
  });
});

describe('TfIdfIndex', () => {
  const index = indexOf(FIXTURE_DOCUMENTS);

  it('finds the practices a need is about', () => {
    expect(index.search('vélos gratuits pour les habitants', 2).map((hit) => hit.id)).toEqual([
      'velos-libre-service',
      'saverdun-velos',
    ]);
    expect(index.search("conditions de travail des agents de l'atelier", 1)[0].id).toBe(
      'damparis-ateliers',
    );
    expect(index.search('Transition énergétique', 1)[0].id).toBe('transition-energetique');
  });

  it('says which of some terms a stored document holds', () => {
    const index = indexOf([
      { id: 'a', fields: [{ text: 'des vélos gratuits', weight: 1 }] },
      { id: 'b', fields: [{ text: 'des agents', weight: 1 }] },
    ]);
    const [velo, agent] = newAnalyzer().terms('vélos agents');
    expect(index.sharedTerms('a', [velo!, agent!, 'zygomat'])).toEqual(new Set([velo]));
    expect(index.sharedTerms('b', [velo!, agent!])).toEqual(new Set([agent]));
    expect(index.sharedTerms('unknown', [velo!])).toEqual(new Set());
    index.remove('a');
    expect(index.sharedTerms('a', [velo!])).toEqual(new Set());
  });

  it('flags which of some terms each document holds, by doc number, a term given twice in both places', () => {
    const index = indexOf([
      { id: 'a', fields: [{ text: 'des vélos gratuits', weight: 1 }] },
      { id: 'b', fields: [{ text: 'des agents à vélo', weight: 1 }] },
      { id: 'c', fields: [{ text: 'des agents', weight: 1 }] },
    ]);
    const [velo, agent, gratuit] = newAnalyzer().terms('vélos agents gratuits');
    const terms = [velo!, 'zygomat', agent!, velo!, gratuit!];
    const [a, b, c] = ['a', 'b', 'c'].map((id) => index.docNumber(id)!);
    index.remove('c');
    expect([...index.heldTerms([b!, a!, c!, 99, -1], terms)]).toEqual([
      ...[1, 0, 1, 1, 0], // b
      ...[1, 0, 0, 1, 1], // a
      ...[0, 0, 0, 0, 0], // c, removed
      ...[0, 0, 0, 0, 0], // no such doc number
      ...[0, 0, 0, 0, 0],
    ]);
    expect(index.heldTerms([], terms)).toEqual(new Uint8Array(0));
  });

  it('gives [] for an empty query, stop words only, or unknown words', () => {
    expect(index.search('', 10)).toEqual([]);
    expect(index.search("Il y a ce qu'elle est, ainsi que cette", 10)).toEqual([]);
    expect(index.search('zygomatique xylophone', 10)).toEqual([]);
    expect(index.scoreAll('').scores.every((score) => score === 0)).toBe(true);
    expect(index.search('vélos', 0)).toEqual([]);
  });

  it('orders equal scores by id, whatever the order of addition', () => {
    const hits = index.search('jardins partagés au pied des immeubles', 2);
    expect(hits.map((hit) => hit.id)).toEqual(['jardins-partages-a', 'jardins-partages-b']);
    expect(hits[0].score).toBe(hits[1].score);
    const reversed = indexOf([...FIXTURE_DOCUMENTS].reverse());
    for (const query of TEST_QUERIES) {
      const strip = (hits: SearchHit[]) => hits.map(({ id, score }) => ({ id, score }));
      expect(strip(reversed.search(query, 10))).toEqual(strip(index.search(query, 10)));
    }
  });

  it('gives the same results on the same query, again and again', () => {
    const first = TEST_QUERIES.map((query) => index.search(query, 7));
    const again = TEST_QUERIES.map((query) => index.search(query, 7));
    expect(again).toEqual(first);
  });

  it('filters with a predicate or a mask over doc numbers', () => {
    const all = index.search('agents', 100);
    const even = index.search('agents', 100, { accept: (doc) => doc % 2 === 0 });
    expect(even).toEqual(all.filter((hit) => hit.doc % 2 === 0));
    const mask = new Uint8Array(index.maxDoc);
    mask[index.docNumber('vertou-budget-agents') ?? -1] = 1;
    expect(index.search('agents', 100, { accept: mask }).map((hit) => hit.id)).toEqual([
      'vertou-budget-agents',
    ]);
    expect(index.search('agents', 100, { accept: new Uint8Array(0) })).toEqual([]);
  });

  it('lists the distinctive terms of a group of documents, with a readable form', () => {
    const bikes = index.topTerms(['saverdun-velos', 'velos-libre-service'], 3);
    expect(bikes[0]).toMatchObject({ term: 'velo', display: 'vélos' });
    expect(bikes.map((term) => term.weight)).toEqual(
      [...bikes.map((term) => term.weight)].sort((a, b) => b - a),
    );
    const byNumber = index.topTerms([index.docNumber('saverdun-velos') ?? -1, 999, -1, 0.5], 3);
    expect(byNumber).toEqual(index.topTerms(['saverdun-velos', 'unknown'], 3));
    const vector = index.vector('saverdun-velos');
    const at = vector?.terms.indexOf(byNumber[0].termId) ?? -1;
    expect(byNumber[0].weight).toBe(vector?.weights[at]);
    expect(byNumber[0].weight).toBe(Math.max(...(vector?.weights ?? [])));
    expect(index.topTerms([], 5)).toEqual([]);
  });

  it('answers what it holds', () => {
    expect(index.size).toBe(FIXTURE_DOCUMENTS.length);
    expect(index.ids()).toEqual(FIXTURE_DOCUMENTS.map((d) => d.id));
    expect(index.has('saverdun-velos')).toBe(true);
    expect(index.has('nowhere')).toBe(false);
    expect(index.vector('nowhere')).toBeUndefined();
    expect(index.similar('nowhere', 3)).toEqual([]);
    const doc = index.docNumber('saverdun-velos') ?? -1;
    expect(index.idOf(doc)).toBe('saverdun-velos');
    expect(index.term(index.vector('saverdun-velos')?.terms[0] ?? -1)).toMatch(/^[a-z0-9']+$/);
  });

  it('refuses a duplicate id, a bad weight, a field without text', () => {
    const fresh = new TfIdfIndex(newAnalyzer());
    fresh.add('a', [{ text: 'vélos', weight: 1 }]);
    expect(() => fresh.add('a', [{ text: 'vélos', weight: 1 }])).toThrow(/already in the index/);
    expect(() => fresh.add('b', [{ text: 'vélos', weight: -1 }])).toThrow(/weight -1/);
    expect(() => fresh.add('b', [{ text: 'vélos', weight: Number.NaN }])).toThrow(RangeError);
    expect(() => fresh.add('b', [{ text: null as unknown as string, weight: 1 }])).toThrow(
      /field 0 of "b" has no text/,
    );
    expect(() => fresh.add('\uD800', [{ text: 'vélos', weight: 1 }])).toThrow(/surrogate/);
    expect(() => fresh.search('vélos', -1)).toThrow(RangeError);
    expect(fresh.size).toBe(1);
    expect(fresh.search('vélo', 5).map((hit) => hit.id)).toEqual(['a']);
  });

  it("indexes through the analyzer's term keys exactly as through its terms", () => {
    // The same analyzer, its keys hidden: the index goes by term strings.
    const everything = (index: TfIdfIndex) => ({
      terms: Array.from({ length: index.termCount }, (_, t) => index.term(t)),
      vectors: index.ids().map((id) => index.vector(id)),
      search: TEST_QUERIES.map((query) => index.search(query, 10)),
      topTerms: index.topTerms(index.ids(), 10),
    });
    const shared = newAnalyzer(); // two indexes on one analyzer: its keys are not their term ids
    const first = new TfIdfIndex(shared);
    const second = new TfIdfIndex(shared);
    const reference = new TfIdfIndex(termsOnly(shared));
    first.add('other', [
      { text: 'Un tout autre texte, sur la voirie et les trottoirs', weight: 1 },
    ]);
    for (const { id, fields } of FIXTURE_DOCUMENTS) {
      for (const index of [second, reference]) index.add(id, fields);
    }
    expect(everything(second)).toEqual(everything(reference));
    // Read back with an analyzer whose keys come in another order, then extended.
    const warmed = newAnalyzer();
    warmed.terms(FIXTURE_DOCUMENTS[7].fields[1].text);
    const restored = TfIdfIndex.deserialize(second.serialize(), warmed);
    const restoredReference = TfIdfIndex.deserialize(reference.serialize(), termsOnly(warmed));
    for (const index of [restored, restoredReference]) {
      index.add('late', [{ text: 'Des vélos et des trottinettes pour les agents', weight: 2 }]);
    }
    expect(everything(restored)).toEqual(everything(restoredReference));
  });

  it('stays consistent when a filter or an analyzer throws', () => {
    const fresh = indexOf(FIXTURE_DOCUMENTS);
    const before = TEST_QUERIES.map((query) => fresh.search(query, 10));
    expect(() =>
      fresh.search('agents', 10, {
        accept: () => {
          throw new Error('filter failed');
        },
      }),
    ).toThrow('filter failed');
    expect(TEST_QUERIES.map((query) => fresh.search(query, 10))).toEqual(before);

    let calls = 0;
    const flaky = new TfIdfIndex({
      terms: (text) => {
        calls += 1;
        if (calls === 2) throw new Error('analyzer failed');
        return text.split(' ');
      },
    });
    expect(() =>
      flaky.add('a', [
        { text: 'vélo vélo', weight: 1 },
        { text: 'x', weight: 1 },
      ]),
    ).toThrow('analyzer failed');
    const clean = new TfIdfIndex({ terms: (text) => text.split(' ') });
    for (const index of [flaky, clean]) {
      index.add('b', [{ text: 'vélo train', weight: 1 }]);
      index.add('c', [{ text: 'vélo', weight: 1 }]);
    }
    expect(flaky.has('a')).toBe(false);
    expect(flaky.vector('b')).toEqual(clean.vector('b')); // no leftover tf from "a"
  });

  it('stays exact past 65,536 distinct tf values (32-bit tf codes)', () => {
    const words: Analyzer = { terms: (text) => text.split(' ') };
    const documents: ReferenceDocument[] = Array.from({ length: 150 }, (_, doc) => ({
      id: `doc-${doc}`,
      fields: Array.from({ length: 600 }, (_, i) => ({
        text: `w${(doc * 7 + i) % 500}`,
        weight: 1 + (doc * 600 + i) / 1e5,
      })),
    }));
    const index = new TfIdfIndex(words);
    documents.slice(0, 75).forEach(({ id, fields }) => index.add(id, fields));
    index.refresh(); // 16-bit postings, widened by the adds below
    documents.slice(75).forEach(({ id, fields }) => index.add(id, fields));
    const reference = new BruteForceTfIdf(words, documents);
    for (const query of ['w1 w2 w3', 'w499', 'w10 w10 w250']) {
      expectRankingOf(index.search(query, 10), reference.search(query), 10);
    }
    index.refresh();
    expectRankingOf(index.search('w7 w8', 10), reference.search('w7 w8'), 10);
    const paletteSize = new DataView(index.serialize().buffer).getUint32(24, true);
    expect(paletteSize).toBeGreaterThan(65_536);
  });

  it('takes any string as a term, even one named like an object property', () => {
    const words = new TfIdfIndex({ terms: (text) => text.split(' ') });
    words.add('a', [{ text: '__proto__ constructor 123', weight: 1 }]);
    words.add('b', [{ text: 'toString 123', weight: 1 }]);
    expect(words.search('__proto__', 5).map((hit) => hit.id)).toEqual(['a']);
    expect(words.search('123 toString', 5).map((hit) => hit.id)).toEqual(['b', 'a']);
    expect(words.search('hasOwnProperty', 5)).toEqual([]);
  });

  it('indexes a document without terms, which matches nothing', () => {
    const fresh = new TfIdfIndex(newAnalyzer());
    fresh.add('empty', [{ text: 'le la les', weight: 1 }]);
    fresh.add('bikes', [{ text: 'vélos', weight: 1 }]);
    expect(fresh.size).toBe(2);
    expect(fresh.search('vélos', 5).map((hit) => hit.id)).toEqual(['bikes']);
    expect(fresh.similar('empty', 5)).toEqual([]);
    expect(fresh.vector('empty')?.terms.length).toBe(0);
  });
});
