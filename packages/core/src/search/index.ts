/** TF-IDF index over typed arrays: cosine search, similar documents, distinctive terms. */
export { TfIdfIndex } from './tf-idf-index';
/** Every document's score for a query, and how to visit only those that can matter. */
export { visitAtLeast, SCORE_RUN, type DenseScores } from './dense-scores';
/** Bounded best-k heap, for callers that rank index candidates with their own criteria. */
export { TopK, type TopKEntry } from './top-k';
/** The weighting formulas the index uses: 1 + ln tf, and ln(1 + N / df). */
export { sublinearTf, smoothIdf } from './tf-idf-weighting';
/** Shapes of the index's inputs and outputs. */
export type {
  IndexedField,
  SearchHit,
  SearchOptions,
  SimilarOptions,
  DocFilter,
  TermVector,
  DistinctiveTerm,
} from './search-types';
