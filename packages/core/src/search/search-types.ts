/** A piece of a document's text and how much its words count (a title more than a summary). */
export interface IndexedField {
  text: string;
  /** Relative weight: each occurrence of a word adds it to the word's tf; 0 skips the field. */
  weight: number;
}

/** One document found by a query, with its cosine similarity in [0, 1]. */
export interface SearchHit {
  id: string;
  /** The document's number in the index (stable until it is removed). */
  doc: number;
  score: number;
}

/**
 * Which documents a query may return: a predicate on doc numbers, or a mask indexed by doc
 * number (nonzero accepts; doc numbers past the mask's end are rejected).
 */
export type DocFilter = ((doc: number) => boolean) | Uint8Array;

/** Options of {@link TfIdfIndex.search}. */
export interface SearchOptions {
  /** Keep only the documents it accepts. */
  accept?: DocFilter;
}

/** Options of {@link TfIdfIndex.similar}. */
export interface SimilarOptions extends SearchOptions {
  /**
   * Query with the document's `strongestTerms` terms of largest tf-idf weight only ("more like
   * this"): their postings are short, so a long document is far cheaper to match, and the rest
   * of its terms change the nearest ones little. Scores are then the cosine with that part of
   * the vector (a lower bound of the full cosine); use `cosine` for the exact value. Default:
   * every term, exact.
   */
  strongestTerms?: number;
}

/** A document's L2-normalised tf-idf vector: term ids (ascending) and their weights. */
export interface TermVector {
  terms: Int32Array;
  weights: Float64Array;
}

/** A term that sets a group of documents apart, with its summed tf-idf weight. */
export interface DistinctiveTerm {
  termId: number;
  /** The term as stored (a folded stem: "velo"). */
  term: string;
  /** A readable word that gave it ("vélos"), or the term itself. */
  display: string;
  weight: number;
}
