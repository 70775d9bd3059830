import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocVectorStore } from './doc-vector-store';
import { InvertedIndex } from './inverted-index';

describe('InvertedIndex.build', () => {
  it('gives the same postings with the live document counts given as without', () => {
    const TERMS = 40;
    const doc = fc.uniqueArray(fc.integer({ min: 0, max: TERMS - 1 }), { maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.tuple(doc, fc.boolean()), { maxLength: 60 }), (docs) => {
        const store = new DocVectorStore();
        const df = new Int32Array(TERMS + 5); // longer than the terms, as the index's is
        for (const [terms, alive] of docs) {
          const codes = Uint32Array.from(terms, (t) => t % 7);
          const number = store.append(Int32Array.from(terms), codes, terms.length);
          if (alive) for (const t of terms) df[t] += 1;
          else store.kill(number);
        }
        const counted = InvertedIndex.build(store, TERMS);
        const given = InvertedIndex.build(store, TERMS, df);
        expect(given.termStart).toEqual(counted.termStart);
        expect(given.docs).toEqual(counted.docs);
        expect(given.tfCodes).toEqual(counted.tfCodes);
      }),
    );
  });
});
