import type { TfCodes } from './growable';

/**
 * Everything a {@link TfIdfIndex} keeps, in both layouts, and its documents' norms, so that
 * loading is copying; the rest (dictionary, df, idf) is derived in O(terms + documents).
 * `index-binary-format.ts` writes exactly this.
 */
export interface IndexSnapshot {
  /** By doc number; "" for a removed document. */
  ids: string[];
  /** By doc number: 1 live, 0 removed. */
  alive: Uint8Array;
  /** By doc number: the document's entry count (0 for a removed one). */
  docLengths: Int32Array;
  /** By term id. */
  terms: string[];
  /** By term id: a readable form of the term. */
  surfaces: string[];
  /**
   * By doc number: 1 / the L2 norm of the document's tf-idf vector (0 for a removed or empty
   * document), as the index computed it: idf depends on the whole index, so a loaded index
   * would otherwise need a pass over every entry to recompute them.
   */
  inverseNorms: Float64Array;
  /** The sublinear tf values, by code. */
  palette: Float64Array;
  /** The live documents' vectors one after another, in doc order: term ids... */
  entryTerms: Int32Array;
  /** ...and codes of their sublinear tf in the palette. */
  entryTfCodes: TfCodes;
  /** The same entries term-major: term t's postings are postingStart[t] .. postingStart[t + 1]... */
  postingStart: Int32Array;
  /** ...of these doc numbers (ascending for each term)... */
  postingDocs: Int32Array;
  /** ...and tf codes. */
  postingTfCodes: TfCodes;
}
