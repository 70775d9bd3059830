import type { DocVectorStore } from './doc-vector-store';
import { codesLike, widenCodes, type TfCodes } from './growable';

/**
 * Postings of the live documents below `indexedDocs`, term-major (CSR): term t's postings are
 * `termStart[t] .. termStart[t + 1]` of `docs` (ascending doc numbers) and `tfCodes` (codes of
 * the sublinear tf in the store's palette). The tf, not tf-idf, is stored, because idf changes
 * with every document added or removed; the index applies idf at query time. Built in one
 * transpose of the {@link DocVectorStore}; documents added later are scored from the store
 * until the next build. Never written to once built (a loaded index's postings are views into
 * the caller's bytes).
 */
export class InvertedIndex {
  private constructor(
    /** Terms with postings here: term ids below it. */
    readonly termCount: number,
    /** Documents below this number are in the postings (the live ones at build time). */
    readonly indexedDocs: number,
    readonly termStart: Int32Array,
    readonly docs: Int32Array,
    readonly tfCodes: TfCodes,
  ) {}

  /** No postings: every document is scored from the store. */
  static empty(): InvertedIndex {
    return new InvertedIndex(0, 0, new Int32Array(1), new Int32Array(0), new Uint16Array(0));
  }

  /** Postings read back from a serialised index, covering documents below `indexedDocs`. */
  static of(
    termStart: Int32Array,
    docs: Int32Array,
    tfCodes: TfCodes,
    indexedDocs: number,
  ): InvertedIndex {
    return new InvertedIndex(termStart.length - 1, indexedDocs, termStart, docs, tfCodes);
  }

  /**
   * Postings of every live document of `store`, for term ids below `termCount`. `df`, when
   * given, holds each term's number of live documents (its number of postings), which spares a
   * pass over the store to count them.
   */
  static build(store: DocVectorStore, termCount: number, df?: Int32Array): InvertedIndex {
    const { alive, start, length, entryTerms, entryTfCodes, docCount } = store;
    const termStart = new Int32Array(termCount + 1);
    if (df) termStart.set(df.subarray(0, termCount), 1);
    else {
      for (let doc = 0; doc < docCount; doc++) {
        if (alive[doc] === 0) continue;
        for (let e = start[doc], end = e + length[doc]; e < end; e++) {
          termStart[entryTerms[e] + 1] += 1;
        }
      }
    }
    for (let t = 0; t < termCount; t++) termStart[t + 1] += termStart[t];
    const docs = new Int32Array(termStart[termCount]);
    const tfCodes = codesLike(entryTfCodes, docs.length);
    const cursor = termStart.slice(0, termCount);
    for (let doc = 0; doc < docCount; doc++) {
      if (alive[doc] === 0) continue;
      for (let e = start[doc], end = e + length[doc]; e < end; e++) {
        const at = cursor[entryTerms[e]]++;
        docs[at] = doc;
        tfCodes[at] = entryTfCodes[e];
      }
    }
    return new InvertedIndex(termCount, docCount, termStart, docs, tfCodes);
  }

  /** The same postings with 32-bit codes. */
  widened(): InvertedIndex {
    const { termCount, indexedDocs, termStart, docs, tfCodes } = this;
    return new InvertedIndex(termCount, indexedDocs, termStart, docs, widenCodes(tfCodes));
  }
}
