import type { DocVectorStore } from './doc-vector-store';
import { ensureFloat64, ensureInt32 } from './growable';
import type { InvertedIndex } from './inverted-index';
import type { DocFilter } from './search-types';

/**
 * Scores one query, term at a time, against every document sharing a term with it: from the
 * postings, and from the vectors of the documents added since the postings were built. Owns
 * the query and the per-document buffers, reused from one query to the next, so a query
 * allocates nothing per document: an accumulator that is reset only where it was touched.
 */
export class CandidateScorer {
  /** The query's term ids... */
  queryTerms: Int32Array = new Int32Array(0);
  /** ...and weights, already times the terms' idf² (see {@link CandidateScorer.score}). */
  queryWeights: Float64Array = new Float64Array(0);
  queryLength = 0;
  /** The last scoring's candidates: doc numbers and cosines, `count` of them. */
  candidateDocs: Int32Array = new Int32Array(0);
  candidateScores: Float64Array = new Float64Array(0);

  private accumulator: Float64Array = new Float64Array(0); // per doc; 0 means untouched
  private touched: Int32Array = new Int32Array(0);
  private querySlot: Int32Array = new Int32Array(0); // per term: its index in the query, or -1
  private contributions: Float64Array = new Float64Array(0); // per query term, for one document

  /** Makes room for doc numbers below `docCount`. */
  reserveDocs(docCount: number): void {
    if (docCount <= this.accumulator.length) return;
    this.accumulator = ensureFloat64(this.accumulator, docCount);
    const capacity = this.accumulator.length;
    this.touched = ensureInt32(this.touched, capacity);
    this.candidateDocs = ensureInt32(this.candidateDocs, capacity);
    this.candidateScores = ensureFloat64(this.candidateScores, capacity);
  }

  /** Makes room for term ids below `termCount`. */
  reserveTerms(termCount: number): void {
    if (termCount <= this.querySlot.length) return;
    const previous = this.querySlot.length;
    this.querySlot = ensureInt32(this.querySlot, termCount);
    this.querySlot.fill(-1, previous);
  }

  /** Starts a new query. */
  clearQuery(): void {
    this.queryLength = 0;
  }

  /** Adds a term (not already in the query) and its weight to the query. */
  addQueryTerm(term: number, weight: number): void {
    const i = this.queryLength;
    this.queryTerms = ensureInt32(this.queryTerms, i + 1);
    this.queryWeights = ensureFloat64(this.queryWeights, i + 1);
    this.contributions = ensureFloat64(this.contributions, i + 1);
    this.queryTerms[i] = term;
    this.queryWeights[i] = weight;
    this.queryLength = i + 1;
  }

  /**
   * Scores the query into the candidate buffers and returns how many candidates there are.
   * The query weights are times idf², so summing weight × sublinear tf over the shared terms
   * gives the tf-idf dot product; times the document's inverse norm and `queryInverseNorm`,
   * the cosine. `exclude` (a doc number, or -1) and removed documents are left out, and so
   * are the documents `accept` rejects.
   */
  score(
    postings: InvertedIndex,
    store: DocVectorStore,
    inverseNorm: Float64Array,
    queryInverseNorm: number,
    exclude: number,
    accept: DocFilter | undefined,
  ): number {
    const touchedCount = this.accumulate(postings, store);
    const { accumulator, touched, candidateDocs, candidateScores } = this;
    const alive = store.alive;
    let count = 0;
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i];
      const dot = accumulator[doc];
      accumulator[doc] = 0;
      if (doc === exclude || alive[doc] === 0) continue;
      const score = dot * inverseNorm[doc] * queryInverseNorm;
      candidateDocs[count] = doc;
      candidateScores[count] = score > 1 ? 1 : score; // rounding can overshoot 1 by an ulp
      count += 1;
    }
    // Filtered after the accumulator is clean again, so a throwing filter leaves no trace.
    return accept === undefined ? count : this.keepAccepted(count, accept);
  }

  /**
   * Adds each query term's contributions to the accumulator and lists the touched documents.
   * A document's dot product is summed in query-term order whether it comes from the postings
   * or from its vector, so scores do not depend on when the postings were last built.
   */
  private accumulate(postings: InvertedIndex, store: DocVectorStore): number {
    const { accumulator, touched, queryTerms, queryWeights, queryLength } = this;
    const { termStart, docs, tfCodes, termCount: indexedTerms, indexedDocs } = postings;
    const tf = store.palette.values; // sublinear tf by code
    let touchedCount = 0;
    for (let i = 0; i < queryLength; i++) {
      const t = queryTerms[i];
      if (t >= indexedTerms) continue;
      const weight = queryWeights[i];
      for (let p = termStart[t], end = termStart[t + 1]; p < end; p++) {
        const doc = docs[p];
        if (accumulator[doc] === 0) touched[touchedCount++] = doc;
        accumulator[doc] += weight * tf[tfCodes[p]];
      }
    }
    const { alive, start, length, entryTerms, entryTfCodes, docCount } = store;
    if (indexedDocs === docCount) return touchedCount;
    const { querySlot, contributions } = this;
    for (let i = 0; i < queryLength; i++) querySlot[queryTerms[i]] = i;
    for (let doc = indexedDocs; doc < docCount; doc++) {
      if (alive[doc] === 0) continue;
      let hits = 0;
      for (let e = start[doc], end = e + length[doc]; e < end; e++) {
        const slot = querySlot[entryTerms[e]];
        if (slot < 0) continue;
        contributions[slot] = queryWeights[slot] * tf[entryTfCodes[e]];
        hits += 1;
      }
      if (hits === 0) continue;
      let dot = 0;
      for (let i = 0; hits > 0; i++) {
        if (contributions[i] === 0) continue;
        dot += contributions[i];
        contributions[i] = 0;
        hits -= 1;
      }
      accumulator[doc] = dot;
      touched[touchedCount++] = doc;
    }
    for (let i = 0; i < queryLength; i++) querySlot[queryTerms[i]] = -1;
    return touchedCount;
  }

  private keepAccepted(count: number, accept: DocFilter): number {
    const { candidateDocs, candidateScores } = this;
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const doc = candidateDocs[i];
      if (typeof accept === 'function' ? !accept(doc) : !(accept[doc] > 0)) continue;
      candidateDocs[kept] = doc;
      candidateScores[kept] = candidateScores[i];
      kept += 1;
    }
    return kept;
  }
}
