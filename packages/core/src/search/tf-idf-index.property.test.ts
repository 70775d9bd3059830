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

  it('gives a document its best score for its own text', () => {
    fc.assert(
      fc.property(fc.nat(FIXTURE_DOCUMENTS.length - 1), (doc) => {
        const { id, fields } = FIXTURE_DOCUMENTS[doc];
        const [best] = index.search(fields.map((field) => field.text).join(' '), 1);
        expect(best.score).toBeGreaterThan(0.5);
        expect(
          index.search(fields.map((f) => f.text).join(' '), 50).some((hit) => hit.id === id),
        ).toBe(true);
      }),
    );
  });
});
