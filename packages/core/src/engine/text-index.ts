import type { DenseScores } from '../search/dense-scores';
import type { IndexedField } from '../search/search-types';

/**
 * What the engine needs of a text index (TfIdfIndex is the default; another engine, say a
 * BM25 or an embedding index, can be registered under TOKENS.TextIndex).
 */
export interface TextIndex {
  add(id: string, fields: ReadonlyArray<IndexedField>): void;
  /** A hint that about `documents` more are about to be added, to size storage once. */
  expect?(documents: number): void;
  remove(id: string): void;
  has(id: string): boolean;
  /** Every indexed id. */
  ids(): string[];
  /** The id of a document number. */
  idOf(doc: number): string | undefined;
  /** The document number of an id (numbers are never reused while the index lives). */
  docNumber(id: string): number | undefined;
  /**
   * Relevance of every document by doc number, 0 for those sharing no term with the text, with
   * a bound per run of doc numbers: views of buffers reused by the next call, valid until then.
   */
  scoreAll(text: string): DenseScores;
  /** The same for analysed terms, each with its weight in place of the query's tf. */
  scoreTerms(terms: ReadonlyMap<string, number>): DenseScores;
  /** The idf of a term, 0 when no document holds it. */
  idfOf(term: string): number;
  /**
   * Which of `terms` each document (by doc number) holds: `held[d × terms.length + i]` is 1 when
   * `docs[d]` holds `terms[i]`, else 0 (all 0 for an unknown one).
   */
  heldTerms(docs: ArrayLike<number>, terms: readonly string[]): Uint8Array;
  /** The term ids of a stored document (with weights), or undefined for an unknown id. */
  vector(id: string): { terms: Int32Array } | undefined;
  /** The k documents nearest to a stored one, itself excluded, best first. */
  similar(
    id: string,
    k: number,
    options?: { strongestTerms?: number; accept?: (doc: number) => boolean },
  ): Array<{ id: string; doc: number; score: number }>;
  /** The exact text similarity (cosine) of one stored document with others, in their order. */
  cosines(id: string, others: readonly string[]): ArrayLike<number>;
}
