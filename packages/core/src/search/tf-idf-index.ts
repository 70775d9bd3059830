import type { Analyzer } from '../text/analyzer';
import { hasLoneSurrogate } from '../text/lone-surrogate';
import { CandidateScorer } from './candidate-scorer';
import { visitAtLeast, type DenseScores } from './dense-scores';
import { DocVectorStore } from './doc-vector-store';
import { codesLike, ensureFloat64, ensureInt32 } from './growable';
import { decodeIndexSnapshot, encodeIndexSnapshot } from './index-binary-format';
import type { IndexSnapshot } from './index-snapshot';
import { InvertedIndex } from './inverted-index';
import type {
  DistinctiveTerm,
  DocFilter,
  IndexedField,
  SearchHit,
  SearchOptions,
  SimilarOptions,
  TermVector,
} from './search-types';
import { smoothIdf, sublinearTf } from './tf-idf-weighting';
import { TfPalette } from './tf-palette';
import { TopK } from './top-k';

// Documents added since the last postings build are scored straight from their vectors; the
// postings are rebuilt (one O(entries) transpose) once those documents hold more than this
// many entries and more than 1/16 of the indexed ones, or once removed documents hold more
// than 1/8 of the postings. Each build then covers a constant fraction more, so adds cost O(1)
// amortised and a query never scans more than ~1/16 of the corpus outside the postings.
const MIN_ENTRIES_TO_REBUILD = 16_384;

// A positive weight below this would vanish in floating point, and a zero contribution would
// break the accumulator's "0 means untouched" convention.
const MIN_FIELD_WEIGHT = 1e-6;

/**
 * TF-IDF index with cosine similarity, built for 100,000 documents in typed arrays.
 *
 * Weights: a document's tf for a term is the sum of the weights of the fields in which each
 * occurrence appears; its weight is `sublinearTf(tf) × idf`, with `sublinearTf(tf) = 1 + ln tf`
 * (tf itself below 1) and `idf = ln(1 + N / df)` (N live documents, df those holding the
 * term). Vectors are L2-normalised, so the score is a dot product: the cosine, in [0, 1]. A
 * query is weighted the same way (each occurrence counts 1); its terms that no document holds
 * are ignored.
 *
 * Storage: the documents' sparse vectors (term id, sublinear tf) in two pools, doc-major, and
 * an inverted index of the same numbers, term-major, so a query touches only the postings of
 * its terms. A tf is stored as a 2-byte code into the palette of the index's distinct tf
 * values (see `TfPalette`): exact, and a quarter of the memory of a float64. Both keep the sublinear tf, not tf-idf: idf changes with every add and remove, so
 * it is applied at query time, and the document norms are recomputed in one O(entries) pass
 * at the first read after a change (a few tens of ms at 100,000 documents). Documents added
 * since the postings were last built are scored from their vectors, and the postings are
 * rebuilt once those grow past a fraction of the index; see {@link TfIdfIndex.refresh}.
 *
 * Doc numbers are handed out in order of addition and never reused: a caller can keep
 * per-document data in arrays indexed by them (see {@link TfIdfIndex.maxDoc}).
 *
 * Results are deterministic: equal scores are ordered by id (UTF-16 code unit order).
 */
export class TfIdfIndex {
  // Term → term id. A prototype-less object rather than a Map: the analyzer hands out the same
  // term strings again and again, and V8 looks those up in an object about twice as fast.
  private readonly dictionary: Record<string, number | undefined> = Object.create(null);
  private readonly termStrings: string[] = [];
  private readonly termSurfaces: string[] = [];
  private df: Int32Array = new Int32Array(0);
  private idf: Float64Array = new Float64Array(0);
  private readonly docIds: string[] = [];
  private readonly docNumbers = new Map<string, number>();
  private readonly store = new DocVectorStore();
  private postings = InvertedIndex.empty();
  /** Live entries in the postings, and entries of documents removed since they were built. */
  private indexedEntries = 0;
  private deadIndexedEntries = 0;
  private inverseNorm: Float64Array = new Float64Array(0);
  private weightsStale = false;

  private readonly scorer = new CandidateScorer();
  // Scratch buffers for adding a document and for topTerms, reused from one call to the next.
  private termTf: Float64Array = new Float64Array(0); // per term: the document's raw tf
  private docTerms: Int32Array = new Int32Array(0);
  private docTfCodes: Uint32Array = new Uint32Array(0);
  private termWeights: Float64Array = new Float64Array(0); // per term, for topTerms
  private termSlots: Int32Array = new Int32Array(0); // per term: 0, or 1 + its place (heldTerms)
  // The document being added: the analyzer's term keys, then the term ids, of all its fields;
  // where each field's end.
  private analysed: Int32Array = new Int32Array(0);
  private fieldEnds: Int32Array = new Int32Array(0);
  // Per term key of the analyzer (when it gives keys): 1 + the term id, or 0 if not looked up
  // yet. Filled as keys come, so an index read back from bytes with a fresh analyzer works too.
  private keyTermIds: Int32Array = new Int32Array(0);

  /** @param analyzer turns documents and queries into terms (the same one for both) */
  constructor(private readonly analyzer: Analyzer) {}

  /** Number of documents in the index. */
  get size(): number {
    return this.store.liveCount;
  }

  /** One more than the highest doc number handed out: every doc number is below it. */
  get maxDoc(): number {
    return this.store.docCount;
  }

  /** Number of terms ever seen: every term id is below it. */
  get termCount(): number {
    return this.termStrings.length;
  }

  /** Whether a document with this id is in the index. */
  has(id: string): boolean {
    return this.docNumbers.has(id);
  }

  /** The ids of the documents in the index, in order of addition. */
  ids(): string[] {
    const ids: string[] = [];
    for (let doc = 0; doc < this.store.docCount; doc++) {
      if (this.store.alive[doc] === 1) ids.push(this.docIds[doc]);
    }
    return ids;
  }

  /** The doc number of a document, or undefined if it is not in the index. */
  docNumber(id: string): number | undefined {
    return this.docNumbers.get(id);
  }

  /** The id of a live document, or undefined. */
  idOf(doc: number): string | undefined {
    return this.store.alive[doc] === 1 ? this.docIds[doc] : undefined;
  }

  /** The term (a folded stem) with this id. */
  term(termId: number): string {
    return this.termStrings[termId];
  }

  /** A readable form of the term with this id: the first word seen that gave it. */
  surfaceForm(termId: number): string {
    return this.termSurfaces[termId];
  }

  /**
   * Adds a document. Throws if the id is already in the index (remove it first to replace
   * it) or if a weight is not 0 or a finite number ≥ 1e-6.
   */
  add(id: string, fields: ReadonlyArray<IndexedField>): void {
    this.checkDocument(id, fields);
    this.addTerms(id, fields, this.analyse(fields));
  }

  private checkDocument(id: string, fields: ReadonlyArray<IndexedField>): void {
    if (this.docNumbers.has(id)) {
      throw new Error(
        `TfIdfIndex.add: "${id}" is already in the index (remove it first to replace it)`,
      );
    }
    // A lone surrogate does not survive the UTF-8 of the serialised form.
    if (hasLoneSurrogate(id)) {
      throw new Error(`TfIdfIndex.add: the id ${JSON.stringify(id)} holds a lone UTF-16 surrogate`);
    }
    for (let f = 0; f < fields.length; f++) {
      const { text, weight } = fields[f];
      if (typeof text !== 'string') {
        throw new TypeError(
          `TfIdfIndex.add: field ${f} of "${id}" has no text (found ${String(text)})`,
        );
      }
      if (weight !== 0 && !(weight >= MIN_FIELD_WEIGHT && weight < Infinity)) {
        throw new RangeError(
          `TfIdfIndex.add: field ${f} of "${id}" has weight ${weight}; expected 0 or a finite number ≥ ${MIN_FIELD_WEIGHT}`,
        );
      }
    }
  }

  /** Adds the document whose term ids `analyse` left in `analysed`. */
  private addTerms(id: string, fields: ReadonlyArray<{ weight: number }>, termCount: number): void {
    // The document's distinct terms, and the sum of the weights of each one's occurrences.
    this.docTerms = ensureInt32(this.docTerms, termCount);
    const { docTerms, termTf, analysed: termIds, fieldEnds } = this;
    let distinct = 0;
    for (let f = 0, e = 0; f < fields.length; f++) {
      const weight = fields[f].weight;
      for (const end = fieldEnds[f]; e < end; e++) {
        const t = termIds[e];
        if (termTf[t] === 0) docTerms[distinct++] = t;
        termTf[t] += weight;
      }
    }
    if (this.docTfCodes.length < distinct) this.docTfCodes = new Uint32Array(distinct * 2);
    const palette = this.store.palette;
    for (let i = 0; i < distinct; i++) {
      const t = docTerms[i];
      this.docTfCodes[i] = palette.codeOfTf(termTf[t]);
      termTf[t] = 0;
      this.df[t] += 1;
    }
    if (this.store.needsWidening()) {
      this.store.widen();
      this.postings = this.postings.widened();
    }
    const doc = this.store.append(this.docTerms, this.docTfCodes, distinct);
    this.docIds[doc] = id;
    this.docNumbers.set(id, doc);
    this.reserveDocs(this.store.docCount);
    this.weightsStale = true;
  }

  /**
   * Says that about `documents` more are about to be added, so the index sizes its pools once
   * (see {@link DocVectorStore.expect}). Only a hint: adding more or fewer is fine.
   */
  expect(documents: number): void {
    this.store.expect(documents);
    this.reserveDocs(this.store.start.length);
  }

  /** Removes a document; returns whether it was in the index. Its doc number is not reused. */
  remove(id: string): boolean {
    const doc = this.docNumbers.get(id);
    if (doc === undefined) return false;
    const { start, length, entryTerms } = this.store;
    for (let e = start[doc], end = e + length[doc]; e < end; e++) this.df[entryTerms[e]] -= 1;
    if (doc < this.postings.indexedDocs) {
      this.indexedEntries -= length[doc];
      this.deadIndexedEntries += length[doc];
    }
    this.store.kill(doc);
    this.docNumbers.delete(id);
    this.docIds[doc] = '';
    this.weightsStale = true;
    return true;
  }

  /**
   * Brings everything up to date now instead of at the next read: drops removed documents'
   * entries, rebuilds the postings over every document, recomputes idf and norms. Reads do
   * what they need on their own; call this after a bulk load so the first query is fast.
   */
  refresh(): void {
    const outside = this.store.entryCount - this.store.deadEntries - this.indexedEntries;
    if (outside > 0 || this.store.deadEntries > 0) this.rebuildPostings();
    this.updateWeights();
  }

  /**
   * The k documents closest to `text`, best first (equal scores by id). Only the postings of
   * the query's terms are read. A text without indexed terms (empty, only stop words) gives [].
   */
  search(text: string, k: number, options?: SearchOptions): SearchHit[] {
    return this.topHits(this.scoreText(text, undefined), k, options?.accept, 'search');
  }

  /**
   * Every document's cosine with `text`, by doc number (0 for the documents sharing no term
   * with it, removed ones and those `accept` rejects), with a bound per run of doc numbers,
   * without allocating per document: views of buffers the index reuses, valid until its next
   * query, the scores of length {@link TfIdfIndex.maxDoc}. For a caller that combines relevance
   * with other criteria (see {@link visitAtLeast} and {@link TopK}).
   */
  scoreAll(text: string, options?: SearchOptions): DenseScores {
    return this.scoreText(text, options?.accept);
  }

  /**
   * Like {@link TfIdfIndex.scoreAll} for a query given as terms (already analysed) with a
   * weight each, in place of the query's sublinear tf: a term weighs `weight × idf` in the
   * query vector. Terms in no document, and weights that are not positive, are ignored.
   */
  scoreTerms(terms: ReadonlyMap<string, number>, options?: SearchOptions): DenseScores {
    this.prepare();
    const weights = new Map<number, number>();
    for (const [term, weight] of terms) {
      const t = this.dictionary[term];
      if (t !== undefined && this.df[t] > 0 && weight > 0) weights.set(t, weight);
    }
    return this.scoreWeights(weights, options?.accept);
  }

  /** The idf of a term, ln(1 + N / df), or 0 when no document holds it. */
  idfOf(term: string): number {
    const t = this.dictionary[term];
    if (t === undefined || this.df[t] === 0) return 0;
    this.prepare();
    return this.idf[t];
  }

  /**
   * The k documents closest to a stored document (itself excluded), best first; [] if the id
   * is not in the index. Only the postings of that document's terms are read.
   */
  similar(id: string, k: number, options?: SimilarOptions): SearchHit[] {
    const doc = this.docNumbers.get(id);
    if (doc === undefined) return [];
    this.prepare();
    const { start, length, entryTerms, entryTfCodes, palette } = this.store;
    const from = start[doc];
    const end = from + length[doc];
    let entries: ArrayLike<number> | undefined;
    const strongest = options?.strongestTerms;
    if (strongest !== undefined && strongest < length[doc]) {
      // The entries of largest tf-idf weight (tf × idf): a partial sort of one document.
      const weight = (e: number) => palette.values[entryTfCodes[e]] * this.idf[entryTerms[e]];
      // The sort is stable: equal weights keep the document's order (first occurrence first).
      const all = Array.from({ length: length[doc] }, (_, i) => from + i);
      entries = all.sort((a, b) => weight(b) - weight(a)).slice(0, Math.max(0, strongest));
    }
    this.scorer.clearQuery();
    const addEntry = (e: number) => {
      const t = entryTerms[e];
      this.scorer.addQueryTerm(t, palette.values[entryTfCodes[e]] * this.idf[t] * this.idf[t]);
    };
    if (entries) for (let i = 0; i < entries.length; i++) addEntry(entries[i]);
    else for (let e = from; e < end; e++) addEntry(e);
    const dense = this.scorer.score(
      this.postings,
      this.store,
      this.inverseNorm,
      this.inverseNorm[doc],
      doc,
      undefined,
    );
    return this.topHits(dense, k, options?.accept, 'similar');
  }

  /** The cosine of two stored documents (0 when either is unknown). */
  cosine(a: string, b: string): number {
    return this.cosines(a, [b])[0];
  }

  /**
   * The cosines of one stored document with others, in their order (0 for an unknown one): its
   * weights are scattered once into a scratch array, then each other document's entries are
   * read straight from the store, with no vector built or sorted.
   */
  cosines(id: string, others: readonly string[]): Float64Array {
    const out = new Float64Array(others.length);
    const doc = this.docNumbers.get(id);
    if (doc === undefined) return out;
    this.prepare();
    const { start, length, entryTerms, entryTfCodes, palette } = this.store;
    this.termWeights = ensureFloat64(this.termWeights, this.termStrings.length);
    const scratch = this.termWeights;
    const weightOf = (e: number, d: number) =>
      palette.values[entryTfCodes[e]] * this.idf[entryTerms[e]] * this.inverseNorm[d];
    for (let e = start[doc], end = e + length[doc]; e < end; e++) {
      scratch[entryTerms[e]] = weightOf(e, doc);
    }
    others.forEach((otherId, i) => {
      const other = this.docNumbers.get(otherId);
      if (other === undefined) return;
      let dot = 0;
      for (let e = start[other], end = e + length[other]; e < end; e++) {
        dot += scratch[entryTerms[e]] * weightOf(e, other);
      }
      out[i] = Math.min(1, dot);
    });
    for (let e = start[doc], end = e + length[doc]; e < end; e++) scratch[entryTerms[e]] = 0;
    return out;
  }

  /**
   * The ones of `terms` a stored document holds (none for an unknown id): what a result's
   * reason quotes of the need, without building the document's vector.
   */
  sharedTerms(id: string, terms: Iterable<string>): Set<string> {
    const list = [...terms];
    const doc = this.docNumbers.get(id);
    const held = doc === undefined ? new Uint8Array(list.length) : this.heldTerms([doc], list);
    return new Set(list.filter((_, i) => held[i] === 1));
  }

  /**
   * Which of `terms` each document holds, by doc number: `held[d × terms.length + i]` is 1 when
   * document `docs[d]` holds `terms[i]`, else 0 (all 0 for an unknown or removed document). The
   * terms are looked up once for all the documents; then one typed-array read per entry of each
   * document, from a table by term id, and no set or string per document (the engine asks this
   * of 60 candidates per query: a Set of shared terms for each cost a sixth of a query at 10,000
   * practices).
   */
  heldTerms(docs: ArrayLike<number>, terms: readonly string[]): Uint8Array {
    const { alive, start, length, entryTerms } = this.store;
    const width = terms.length;
    const held = new Uint8Array(docs.length * width);
    const slots = (this.termSlots = ensureInt32(this.termSlots, this.termStrings.length));
    const wantedIds: number[] = [];
    // A term given twice is flagged at its first place, then copied to the others.
    const repeats: Array<[number, number]> = [];
    for (let i = 0; i < width; i++) {
      const t = this.dictionary[terms[i]];
      if (t === undefined) continue;
      if (slots[t] === 0) {
        slots[t] = i + 1;
        wantedIds.push(t);
      } else repeats.push([i, slots[t] - 1]);
    }
    if (wantedIds.length > 0) {
      for (let d = 0; d < docs.length; d++) {
        const doc = docs[d];
        // A negative, fractional or out-of-range number reads undefined: skipped too.
        if (alive[doc] !== 1) continue;
        const row = d * width - 1; // slots hold 1 + the term's place
        for (let e = start[doc], end = e + length[doc]; e < end; e++) {
          const slot = slots[entryTerms[e]];
          if (slot !== 0) held[row + slot] = 1;
        }
        for (const [i, first] of repeats) held[d * width + i] = held[d * width + first];
      }
    }
    for (const t of wantedIds) slots[t] = 0;
    return held;
  }

  /** A document's L2-normalised tf-idf vector (term ids ascending), or undefined. */
  vector(id: string): TermVector | undefined {
    const doc = this.docNumbers.get(id);
    if (doc === undefined) return undefined;
    this.prepare();
    const { start, length, entryTerms, entryTfCodes, palette } = this.store;
    const from = start[doc];
    const end = from + length[doc];
    // Weights scattered by term id, then gathered in the order of the natively sorted ids.
    this.termWeights = ensureFloat64(this.termWeights, this.termStrings.length);
    const scratch = this.termWeights;
    for (let e = from; e < end; e++) {
      const t = entryTerms[e];
      scratch[t] = palette.values[entryTfCodes[e]] * this.idf[t] * this.inverseNorm[doc];
    }
    const terms = entryTerms.slice(from, end).sort();
    const weights = new Float64Array(terms.length);
    for (let i = 0; i < terms.length; i++) {
      weights[i] = scratch[terms[i]];
      scratch[terms[i]] = 0;
    }
    return { terms, weights };
  }

  /**
   * The n terms with the largest summed tf-idf weight (normalised vectors) over a group of
   * documents, given by id or doc number; unknown and removed documents are skipped, and a
   * document listed twice counts twice. Equal weights are ordered by term.
   */
  topTerms(docs: Iterable<string | number>, n: number): DistinctiveTerm[] {
    this.prepare();
    const { alive, start, length, entryTerms, entryTfCodes, palette } = this.store;
    // Read the group first: an iterable that throws must not leave termWeights dirty.
    const group = Array.from(docs, (ref) =>
      typeof ref === 'string' ? this.docNumbers.get(ref) : ref,
    );
    this.termWeights = ensureFloat64(this.termWeights, this.termStrings.length);
    const weights = this.termWeights;
    const touchedTerms: number[] = [];
    for (const doc of group) {
      // A negative, fractional or out-of-range number reads undefined: skipped too.
      if (doc === undefined || alive[doc] !== 1) continue;
      for (let e = start[doc], end = e + length[doc]; e < end; e++) {
        const t = entryTerms[e];
        if (weights[t] === 0) touchedTerms.push(t);
        weights[t] += palette.values[entryTfCodes[e]] * this.idf[t] * this.inverseNorm[doc];
      }
    }
    const top = new TopK<string>(Math.min(checkedK(n, 'topTerms'), touchedTerms.length));
    for (const t of touchedTerms) {
      top.push(t, weights[t], this.termStrings[t]);
      weights[t] = 0;
    }
    return top.drain().map(({ doc: termId, score, key }) => ({
      termId,
      term: key,
      display: this.termSurfaces[termId],
      weight: score,
    }));
  }

  /**
   * The index in binary form (both layouts and the norms, so loading is copying);
   * {@link TfIdfIndex.deserialize} reads it back. Brings the index up to date first, as
   * {@link TfIdfIndex.refresh} does. By default the entries keep the widths they have in
   * memory, so that a load reads them in place; `compact` stores them on the narrowest widths
   * instead, about a third smaller (for a file sent over a network uncompressed), but a load
   * then allocates and widens them, which is slower (more so in a large process: see
   * index-binary-format.ts).
   */
  serialize(options?: { compact?: boolean }): Uint8Array {
    this.refresh();
    const { alive, start, length, entryTerms, entryTfCodes, palette, docCount } = this.store;
    const docLengths = new Int32Array(docCount);
    let entryCount = 0;
    for (let doc = 0; doc < docCount; doc++) {
      if (alive[doc] === 1) {
        docLengths[doc] = length[doc];
        entryCount += length[doc];
      }
    }
    const snapshot: IndexSnapshot = {
      ids: this.docIds.slice(0, docCount),
      alive: alive.slice(0, docCount),
      docLengths,
      inverseNorms: this.inverseNorm.subarray(0, docCount),
      terms: this.termStrings,
      surfaces: this.termSurfaces,
      palette: palette.values.slice(0, palette.size),
      entryTerms: new Int32Array(entryCount),
      entryTfCodes: codesLike(entryTfCodes, entryCount),
      postingStart: this.postings.termStart,
      postingDocs: this.postings.docs,
      postingTfCodes: this.postings.tfCodes,
    };
    let next = 0;
    for (let doc = 0; doc < docCount; doc++) {
      if (alive[doc] === 0) continue;
      const from = start[doc];
      snapshot.entryTerms.set(entryTerms.subarray(from, from + length[doc]), next);
      snapshot.entryTfCodes.set(entryTfCodes.subarray(from, from + length[doc]), next);
      next += length[doc];
    }
    return encodeIndexSnapshot(snapshot, options?.compact ?? false);
  }

  /**
   * Restores an index written by {@link TfIdfIndex.serialize}, ready to query. Give it the
   * analyzer the index was built with: queries must be analysed like the documents were.
   * Throws an Error naming the problem if the bytes are not a serialised index of a supported
   * version, or are damaged in a way that would make the index read out of bounds.
   *
   * The index reads its largest arrays in place in `bytes` (it never writes to them): do not
   * change `bytes` afterwards; pass a copy if the buffer is to be reused.
   */
  static deserialize(bytes: Uint8Array, analyzer: Analyzer): TfIdfIndex {
    const index = new TfIdfIndex(analyzer);
    index.load(decodeIndexSnapshot(bytes));
    return index;
  }

  // Takes the snapshot's arrays as they are: those the index writes to are its own, the entries
  // and postings may be views into the caller's bytes (never written to). The norms come with
  // them: only idf is computed, from df, itself the postings' lengths.
  private load(snapshot: IndexSnapshot): void {
    const { ids, alive, docLengths, terms, surfaces, palette, entryTerms, entryTfCodes } = snapshot;
    const { postingStart, postingDocs, postingTfCodes } = snapshot;
    const docCount = ids.length;
    for (let t = 0; t < terms.length; t++) {
      this.dictionary[terms[t]] = t;
      this.termStrings.push(terms[t]);
      this.termSurfaces.push(surfaces[t]);
    }
    this.reserveTerms(terms.length);
    for (let t = 0; t < terms.length; t++) this.df[t] = postingStart[t + 1] - postingStart[t];
    const store = this.store;
    const start = new Int32Array(docCount);
    let next = 0;
    let liveCount = 0;
    for (let doc = 0; doc < docCount; doc++) {
      start[doc] = next;
      next += docLengths[doc];
      this.docIds.push(ids[doc]);
      if (alive[doc] === 1) {
        this.docNumbers.set(ids[doc], doc);
        liveCount += 1;
      }
    }
    if (this.docNumbers.size !== liveCount) {
      const repeated = ids.find((id, doc) => alive[doc] === 1 && this.docNumbers.get(id) !== doc);
      throw new Error(`TfIdfIndex.deserialize: the id "${repeated}" is given to two documents`);
    }
    store.start = start;
    store.length = docLengths;
    store.alive = alive;
    store.liveCount = liveCount;
    store.entryTerms = entryTerms;
    store.entryTfCodes = entryTfCodes;
    store.palette = TfPalette.of(palette);
    store.entryCount = entryTerms.length;
    store.docCount = docCount;
    this.postings = InvertedIndex.of(postingStart, postingDocs, postingTfCodes, docCount);
    this.indexedEntries = postingDocs.length;
    this.inverseNorm = snapshot.inverseNorms;
    this.reserveDocs(docCount);
    this.updateIdf();
    this.weightsStale = false;
  }

  /**
   * Analyses the fields of a document to add: leaves the term ids of field f in `analysed`, up
   * to fieldEnds[f], and returns their count. Every field is analysed before any term id is given:
   * an analyzer that throws must leave nothing behind.
   */
  private analyse(fields: ReadonlyArray<IndexedField>): number {
    const analyzer = this.analyzer;
    const keyed = givesKeys(analyzer);
    const terms: string[][] = [];
    let count = 0;
    this.fieldEnds = ensureInt32(this.fieldEnds, fields.length);
    for (let f = 0; f < fields.length; f++) {
      const { text, weight } = fields[f];
      if (weight === 0) terms.push([]);
      else if (!keyed) {
        terms.push(analyzer.terms(text));
        count += terms[f].length;
      } else {
        const keys = analyzer.termKeys(text);
        this.analysed = ensureInt32(this.analysed, count + keys.length);
        this.analysed.set(keys, count);
        count += keys.length;
      }
      this.fieldEnds[f] = count;
    }
    const ids = (this.analysed = ensureInt32(this.analysed, count));
    if (keyed) for (let e = 0; e < count; e++) ids[e] = this.termIdOfKey(ids[e]);
    else terms.flat().forEach((term, e) => (ids[e] = this.termIdOf(term)));
    return count;
  }

  /** The term id of the analyzer's term key `key` (see {@link Analyzer.termKeys}). */
  private termIdOfKey(key: number): number {
    if (key < this.keyTermIds.length) {
      const known = this.keyTermIds[key];
      if (known !== 0) return known - 1;
    } else this.keyTermIds = ensureInt32(this.keyTermIds, key + 1);
    const t = this.termIdOf((this.analyzer as KeyedAnalyzer).termOfKey(key));
    this.keyTermIds[key] = t + 1;
    return t;
  }

  /** The id of a term, given one if new: its surface is the analyzer's, else the term. */
  private termIdOf(term: string): number {
    const known = this.dictionary[term];
    if (known !== undefined) return known;
    const t = this.termStrings.length;
    this.dictionary[term] = t;
    this.termStrings.push(term);
    this.termSurfaces.push(this.analyzer.surfaceForm?.(term) ?? term);
    this.reserveTerms(t + 1);
    return t;
  }

  private reserveTerms(termCount: number): void {
    if (termCount <= this.df.length) return;
    this.df = ensureInt32(this.df, termCount);
    this.idf = ensureFloat64(this.idf, this.df.length);
    this.termTf = ensureFloat64(this.termTf, this.df.length);
    this.scorer.reserveTerms(this.df.length);
  }

  private reserveDocs(docCount: number): void {
    this.inverseNorm = ensureFloat64(this.inverseNorm, docCount);
  }

  /** Rebuilds the postings if too much is outside them or dead in them; updates weights. */
  private prepare(): void {
    const outside = this.store.entryCount - this.store.deadEntries - this.indexedEntries;
    const tooManyOutside = outside > Math.max(MIN_ENTRIES_TO_REBUILD, this.indexedEntries / 16);
    const tooManyDead =
      this.deadIndexedEntries > Math.max(MIN_ENTRIES_TO_REBUILD, this.indexedEntries / 8);
    if (tooManyOutside || tooManyDead) this.rebuildPostings();
    this.updateWeights();
  }

  private rebuildPostings(): void {
    const store = this.store;
    if (store.deadEntries > store.entryCount / 4) store.compact();
    else store.trim(); // give the pools' slack back before building (see DocVectorStore.trim)
    this.postings = InvertedIndex.empty(); // let the old postings go before building new ones
    this.postings = InvertedIndex.build(store, this.termStrings.length, this.df);
    this.indexedEntries = this.postings.docs.length;
    this.deadIndexedEntries = 0;
  }

  // idf of every term, then the inverse norm of every document: one pass over the live
  // documents' entries, from the squares of tf (by code) and of idf (by term) computed once.
  private updateWeights(): void {
    if (!this.weightsStale) return;
    const idfSquared = this.updateIdf();
    const { alive, start, length, entryTerms, entryTfCodes, palette, docCount } = this.store;
    const tfSquared = new Float64Array(palette.size);
    for (let code = 0; code < palette.size; code++) tfSquared[code] = palette.values[code] ** 2;
    const inverseNorm = this.inverseNorm;
    for (let doc = 0; doc < docCount; doc++) {
      const from = start[doc];
      const end = alive[doc] === 1 ? from + length[doc] : from;
      const sumOfSquares =
        entryTfCodes instanceof Uint16Array
          ? sumOfSquares16(entryTfCodes, entryTerms, tfSquared, idfSquared, from, end)
          : sumOfSquares32(entryTfCodes, entryTerms, tfSquared, idfSquared, from, end);
      inverseNorm[doc] = sumOfSquares > 0 ? 1 / Math.sqrt(sumOfSquares) : 0;
    }
    this.weightsStale = false;
  }

  /** Computes every term's idf from df; returns their squares. */
  private updateIdf(): Float64Array {
    const termCount = this.termStrings.length;
    const documentCount = this.store.liveCount;
    const { df, idf } = this;
    const idfSquared = new Float64Array(termCount);
    for (let t = 0; t < termCount; t++) {
      idf[t] = df[t] > 0 ? smoothIdf(documentCount, df[t]) : 0;
      idfSquared[t] = idf[t] * idf[t];
    }
    return idfSquared;
  }

  /** Analyses a query and scores every document against it (see {@link TfIdfIndex.scoreAll}). */
  private scoreText(text: string, accept: DocFilter | undefined): DenseScores {
    this.prepare();
    const counts = new Map<number, number>(); // term id → occurrences, in order of first one
    for (const term of this.analyzer.terms(text)) {
      const t = this.dictionary[term];
      // A term in no document is no dimension of the vector space: ignored.
      if (t !== undefined && this.df[t] > 0) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    const weights = new Map<number, number>();
    for (const [t, count] of counts) weights.set(t, sublinearTf(count));
    return this.scoreWeights(weights, accept);
  }

  /** Scores a query of term ids, each weighing its tf-like weight × idf (see scoreTerms). */
  private scoreWeights(
    tfs: ReadonlyMap<number, number>,
    accept: DocFilter | undefined,
  ): DenseScores {
    if (tfs.size === 0) return this.scorer.none(this.store.docCount);
    this.scorer.clearQuery();
    let sumOfSquares = 0;
    for (const [t, tf] of tfs) {
      const weight = tf * this.idf[t];
      sumOfSquares += weight * weight;
      this.scorer.addQueryTerm(t, weight * this.idf[t]); // times the document's idf, once here
    }
    const queryInverseNorm = 1 / Math.sqrt(sumOfSquares);
    return this.scorer.score(
      this.postings,
      this.store,
      this.inverseNorm,
      queryInverseNorm,
      -1,
      accept,
    );
  }

  /**
   * The k best of dense scores that `accept` takes, best first; only the runs that can reach
   * the k-th are read. `accept` is asked only of the documents that could enter the top k (a
   * few hundred), not of every document sharing a term: a caller's filter that reads its own
   * records (the engine's, for own practices) costs a cache miss per document, and asking it
   * of the 58 % of 100,000 documents a practice's terms reach took 45 ms a query.
   */
  private topHits(
    dense: DenseScores,
    k: number,
    accept: DocFilter | undefined,
    method: string,
  ): SearchHit[] {
    const top = new TopK<string>(Math.min(checkedK(k, method), dense.scores.length));
    const keep =
      accept === undefined
        ? () => true
        : typeof accept === 'function'
          ? accept
          : (doc: number) => accept[doc] > 0;
    visitAtLeast(
      dense,
      () => Math.max(top.threshold, Number.MIN_VALUE), // never 0: no term shared, no hit
      (doc, score) => {
        if (keep(doc)) top.push(doc, score, this.docIds[doc]);
      },
    );
    return top.drain().map(({ doc, score, key }) => ({ id: key, doc, score }));
  }
}

/** An analyzer that gives its terms as integer keys too. */
type KeyedAnalyzer = Analyzer & Required<Pick<Analyzer, 'termKeys' | 'termOfKey'>>;

function givesKeys(analyzer: Analyzer): analyzer is KeyedAnalyzer {
  return analyzer.termKeys !== undefined && analyzer.termOfKey !== undefined;
}

// Σ (tf × idf)² over the pool entries from .. end. One function per code width, so that each
// loop reads a single kind of typed array even in a process where indexes of both widths live.
function sumOfSquares16(
  codes: Uint16Array,
  terms: Int32Array,
  tfSquared: Float64Array,
  idfSquared: Float64Array,
  from: number,
  end: number,
): number {
  let sum = 0;
  for (let e = from; e < end; e++) sum += tfSquared[codes[e]] * idfSquared[terms[e]];
  return sum;
}

function sumOfSquares32(
  codes: Uint32Array,
  terms: Int32Array,
  tfSquared: Float64Array,
  idfSquared: Float64Array,
  from: number,
  end: number,
): number {
  let sum = 0;
  for (let e = from; e < end; e++) sum += tfSquared[codes[e]] * idfSquared[terms[e]];
  return sum;
}

function checkedK(k: number, method: string): number {
  if (!(k >= 0)) throw new RangeError(`TfIdfIndex.${method}: k must be a number ≥ 0, found ${k}`);
  return Math.floor(k);
}
