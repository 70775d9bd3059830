import { describe, expect, it } from 'vitest';
import { FrenchAnalyzer } from '../text/french-analyzer';
import { FrenchStemmer } from '../text/french-stemmer';
import { FrenchTokenizer } from '../text/french-tokenizer';
import { BruteForceTfIdf } from './brute-force-tf-idf';
import { expectRunMaxima } from './expect-run-maxima';
import { FIXTURE_DOCUMENTS } from './test-documents';
import { TfIdfIndex } from './tf-idf-index';

// The engine's weighted queries (a need's concepts and related words, each with its weight)
// and the idf it reads for the pertinence, against the brute-force vectors.
const analyzer = new FrenchAnalyzer(new FrenchTokenizer(), new FrenchStemmer());
const reference = new BruteForceTfIdf(analyzer, FIXTURE_DOCUMENTS);

function fixtureIndex(): TfIdfIndex {
  const index = new TfIdfIndex(analyzer);
  for (const { id, fields } of FIXTURE_DOCUMENTS) index.add(id, fields);
  return index;
}

/** How many fixture documents hold each term, from the reference's own vectors. */
function documentFrequencies(ids: readonly string[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const id of ids)
    for (const term of reference.normalizedVector(id).keys()) df.set(term, (df.get(term) ?? 0) + 1);
  return df;
}

const ids = FIXTURE_DOCUMENTS.map((d) => d.id);
const df = documentFrequencies(ids);
// Two terms held by several documents, one by a single document.
const common = [...df].filter(([, n]) => n >= 2).map(([term]) => term);
const rare = [...df].find(([, n]) => n === 1)?.[0] as string;

describe('TfIdfIndex.idfOf', () => {
  it('is ln(1 + N / df) for a term of the index, 0 for a term no document holds', () => {
    const index = fixtureIndex();
    for (const term of [...common.slice(0, 5), rare]) {
      expect(index.idfOf(term)).toBeCloseTo(Math.log(1 + ids.length / (df.get(term) ?? 0)), 12);
    }
    expect(index.idfOf('motinconnudelindex')).toBe(0);
  });

  it('follows removals: a term only a removed document held has no idf left', () => {
    const index = fixtureIndex();
    const holder = ids.find((id) => reference.normalizedVector(id).has(rare)) as string;
    expect(index.idfOf(rare)).toBeGreaterThan(0);
    index.remove(holder);
    expect(index.idfOf(rare)).toBe(0);
    const term = common[0] as string;
    expect(index.idfOf(term)).toBeCloseTo(
      Math.log(
        1 +
          (ids.length - 1) /
            ((df.get(term) ?? 0) - (reference.normalizedVector(holder).has(term) ? 1 : 0)),
      ),
      12,
    );
  });
});

describe('TfIdfIndex.scoreTerms', () => {
  const weights = new Map<string, number>([
    [common[0] as string, 1],
    [common[1] as string, 0.35],
    [rare, 0.7],
    // Neither a term of the index nor a positive weight: no dimension of the query.
    ['motinconnudelindex', 1],
    [common[2] as string, 0],
  ]);

  /** The cosine of each document with the query whose term t weighs weights[t] × idf_t. */
  function expectedScores(index: TfIdfIndex): Map<string, number> {
    const query = new Map<string, number>();
    for (const [term, weight] of weights) {
      if (weight > 0 && index.idfOf(term) > 0) query.set(term, weight * index.idfOf(term));
    }
    const norm = Math.hypot(...query.values());
    const out = new Map<string, number>();
    for (const id of ids) {
      const vector = reference.normalizedVector(id);
      let dot = 0;
      for (const [term, w] of query) dot += w * (vector.get(term) ?? 0);
      out.set(id, dot / norm);
    }
    return out;
  }

  it('gives each document its cosine with the weighted query, and bounds each run', () => {
    const index = fixtureIndex();
    const expected = expectedScores(index);
    const dense = index.scoreTerms(weights);
    for (const id of ids) {
      const doc = index.docNumber(id) as number;
      expect(dense.scores[doc]).toBeCloseTo(expected.get(id) as number, 9);
    }
    expect([...expected.values()].some((score) => score > 0)).toBe(true);
    expectRunMaxima(dense);
  });

  it('keeps only the documents the filter accepts', () => {
    const index = fixtureIndex();
    const expected = expectedScores(index);
    const kept = new Set(ids.filter((_, i) => i % 2 === 0));
    const dense = index.scoreTerms(weights, {
      accept: (doc) => kept.has(index.idOf(doc) as string),
    });
    for (const id of ids) {
      const doc = index.docNumber(id) as number;
      expect(dense.scores[doc]).toBeCloseTo(kept.has(id) ? (expected.get(id) as number) : 0, 9);
    }
  });

  it('scores nothing for a query of unknown terms or weights that are not positive', () => {
    const index = fixtureIndex();
    const none = index.scoreTerms(
      new Map([
        ['motinconnudelindex', 1],
        [common[0] as string, 0],
        [common[1] as string, -1],
      ]),
    );
    expect([...none.scores].every((score) => score === 0)).toBe(true);
    expect([...none.runMax].every((bound) => bound === 0)).toBe(true);
  });
});

describe('TfIdfIndex.surfaceForm', () => {
  it('gives, for each term id, a word as written in the documents that analyses to the term', () => {
    const index = fixtureIndex();
    const termIds = index.vector(ids[0] as string)?.terms ?? [];
    expect(termIds.length).toBeGreaterThan(3);
    for (const termId of termIds) {
      const term = index.term(termId);
      const word = index.surfaceForm(termId);
      expect(analyzer.terms(word)).toContain(term);
    }
  });
});
