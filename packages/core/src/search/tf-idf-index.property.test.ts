import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrenchAnalyzer } from '../text/french-analyzer';
import { FrenchStemmer } from '../text/french-stemmer';
import { FrenchTokenizer } from '../text/french-tokenizer';
import { BruteForceTfIdf } from './brute-force-tf-idf';
import { FIXTURE_DOCUMENTS } from './test-documents';
import { TfIdfIndex } from './tf-idf-index';

const analyzer = new FrenchAnalyzer(new FrenchTokenizer(), new FrenchStemmer());
const index = new TfIdfIndex(analyzer);
for (const { id, fields } of FIXTURE_DOCUMENTS) index.add(id, fields);
const reference = new BruteForceTfIdf(analyzer, FIXTURE_DOCUMENTS);

// Words of the fixture, stop words included, plus a few the index has never seen.
const WORDS = [
  ...new Set(
    FIXTURE_DOCUMENTS.flatMap((d) => d.fields.map((f) => f.text))
      .join(' ')
      .split(/\s+/),
  ),
  'zygomatique',
  'vélo',
  'Énergie',
];
const query = fc
  .array(fc.constantFrom(...WORDS), { maxLength: 12 })
  .map((words) => words.join(' '));

describe('TfIdfIndex properties', () => {
  it('scores in [0, 1], best first, equal scores by id, at most k, no id twice', () => {
    fc.assert(
      fc.property(query, fc.integer({ min: 0, max: 50 }), (text, k) => {
        const hits = index.search(text, k);
        expect(hits.length).toBeLessThanOrEqual(k);
        expect(new Set(hits.map((hit) => hit.id)).size).toBe(hits.length);
        hits.forEach((hit, i) => {
          expect(hit.score).toBeGreaterThan(0);
          expect(hit.score).toBeLessThanOrEqual(1);
          if (i > 0) {
            const previous = hits[i - 1];
            expect(
              previous.score > hit.score || (previous.score === hit.score && previous.id < hit.id),
            ).toBe(true);
          }
        });
      }),
    );
  });

  it('agrees with the brute-force cosine to 1e-9', () => {
    fc.assert(
      fc.property(query, fc.integer({ min: 1, max: 45 }), (text, k) => {
        const hits = index.search(text, k);
        const expected = reference.search(text);
        expect(hits.length).toBe(Math.min(k, expected.length));
        hits.forEach((hit, rank) => {
          expect(Math.abs(hit.score - expected[rank].score)).toBeLessThanOrEqual(1e-9);
        });
      }),
    );
  });

  it('gives a document its best score, 1, for its own text, and ranks it first', () => {
    // With integer field weights, a query repeating each field as many times as its weight has
    // the document's own term frequencies: the same vector, a cosine of 1, that no other
    // document can beat (one with the very same vector ties, and ties go by id).
    const integral = FIXTURE_DOCUMENTS.map(({ id, fields }) => ({
      id,
      fields: fields.map((f) => ({ text: f.text, weight: Math.max(1, Math.round(f.weight)) })),
    }));
    const own = new TfIdfIndex(analyzer);
    for (const { id, fields } of integral) own.add(id, fields);
    fc.assert(
      fc.property(fc.nat(integral.length - 1), (doc) => {
        const { id, fields } = integral[doc];
        const text = fields.flatMap((f) => Array<string>(f.weight).fill(f.text)).join(' ');
        const hits = own.search(text, integral.length);
        const mine = hits.find((hit) => hit.id === id);
        expect(mine?.score).toBeCloseTo(1, 12);
        const first = hits[0];
        expect(first.id === id || (first.score === mine?.score && first.id < id)).toBe(true);
        for (const hit of hits) expect(hit.score).toBeLessThanOrEqual((mine?.score ?? 0) + 1e-12);
      }),
      { numRuns: 40 },
    );
  });
});
