import {
  codesLike,
  ensureCodes,
  ensureInt32,
  ensureUint8,
  widenCodes,
  type TfCodes,
} from './growable';
import { TfPalette } from './tf-palette';

// Pools are sized for the expected documents once this many are in (their mean holds by then),
// with this much to spare.
const PROJECT_AFTER_DOCS = 64;
const PROJECTION_SPARE = 1.05;

/**
 * The documents' sparse term-frequency vectors, doc-major: document d owns the entries
 * `start[d] .. start[d] + length[d]` of the two pools (term id, code of the sublinear tf in
 * `palette`). Doc numbers are never reused; a removed document keeps its number, is marked
 * dead, and its entries stay in the pools until {@link DocVectorStore.compact} drops them.
 *
 * Internal to the search folder: fields are public so the index's loops read them directly.
 * Entries already in the pools are never written in place (appends grow a full pool into a new
 * array, compaction writes new ones): a loaded index's pools are views into the bytes it was
 * read from, which belong to the caller.
 */
export class DocVectorStore {
  start: Int32Array = new Int32Array(0);
  length: Int32Array = new Int32Array(0);
  alive: Uint8Array = new Uint8Array(0);
  entryTerms: Int32Array = new Int32Array(0);
  entryTfCodes: TfCodes = new Uint16Array(0);
  /** The sublinear tf values the codes stand for, shared with the postings. */
  palette = new TfPalette();
  /** Doc numbers handed out so far: every doc number is below it. */
  docCount = 0;
  liveCount = 0;
  /** Pool entries in use, dead documents' included. */
  entryCount = 0;
  /** Pool entries of dead documents. */
  deadEntries = 0;
  /** How many documents the caller said to expect in all (see {@link DocVectorStore.expect}). */
  private expectedDocs = 0;

  /**
   * Appends a document of `count` entries (term ids and palette codes) and returns its doc
   * number. Codes past 16 bits widen the pool first (see {@link DocVectorStore.widen}).
   */
  append(terms: Int32Array, tfCodes: Uint32Array, count: number): number {
    const doc = this.docCount;
    this.reserveDocs(doc + 1);
    const needed = this.entryCount + count;
    if (needed > this.entryTerms.length) {
      const capacity = Math.max(needed, this.projectedEntries());
      this.entryTerms = ensureInt32(this.entryTerms, capacity);
      this.entryTfCodes = ensureCodes(this.entryTfCodes, capacity);
    }
    this.entryTerms.set(terms.subarray(0, count), this.entryCount);
    this.entryTfCodes.set(tfCodes.subarray(0, count), this.entryCount);
    this.start[doc] = this.entryCount;
    this.length[doc] = count;
    this.alive[doc] = 1;
    this.entryCount += count;
    this.docCount += 1;
    this.liveCount += 1;
    return doc;
  }

  /**
   * Says that `documents` more are about to be appended, so that the pools grow once to about
   * what they will hold instead of by half again many times: each growth is a copy, and the
   * arrays left behind are memory outside V8's heap, whose growth makes it collect the whole
   * heap (a bulk load of 100,000 documents grew the pools to 8 million entries through some
   * 32 copies and 95 MB of dropped arrays, with up to three full collections of the heap).
   */
  expect(documents: number): void {
    this.expectedDocs = Math.max(this.expectedDocs, this.docCount + documents);
    this.reserveDocs(this.expectedDocs);
  }

  /**
   * The entries the expected documents will hold at the mean of those appended so far (once
   * there are enough of them to say), with a little to spare; 0 when there is nothing to say.
   */
  private projectedEntries(): number {
    if (this.docCount < PROJECT_AFTER_DOCS || this.expectedDocs <= this.docCount) return 0;
    return Math.ceil((this.entryCount / this.docCount) * this.expectedDocs * PROJECTION_SPARE);
  }

  /** Whether the pool's codes are 16-bit while the palette has outgrown them. */
  needsWidening(): boolean {
    return this.entryTfCodes instanceof Uint16Array && this.palette.size > 0x10000;
  }

  /** Moves the pool's codes to 32 bits. */
  widen(): void {
    this.entryTfCodes = widenCodes(this.entryTfCodes);
  }

  /** Marks a live document dead. */
  kill(doc: number): void {
    this.alive[doc] = 0;
    this.liveCount -= 1;
    this.deadEntries += this.length[doc];
  }

  /** Makes room for doc numbers below `docCount` (used when loading). */
  reserveDocs(docCount: number): void {
    this.start = ensureInt32(this.start, docCount);
    this.length = ensureInt32(this.length, docCount);
    this.alive = ensureUint8(this.alive, docCount);
  }

  /** Shrinks the pools to what they hold, if more than a fifth of them is unused. */
  trim(): void {
    if (this.entryTerms.length * 0.8 <= this.entryCount) return;
    this.entryTerms = this.entryTerms.slice(0, this.entryCount);
    this.entryTfCodes = this.entryTfCodes.slice(0, this.entryCount);
  }

  /** Rewrites the pools without dead documents' entries, at their exact size. */
  compact(): void {
    const terms = new Int32Array(this.entryCount - this.deadEntries);
    const codes = codesLike(this.entryTfCodes, terms.length);
    let next = 0;
    for (let doc = 0; doc < this.docCount; doc++) {
      const from = this.start[doc];
      const count = this.alive[doc] === 1 ? this.length[doc] : 0;
      terms.set(this.entryTerms.subarray(from, from + count), next);
      codes.set(this.entryTfCodes.subarray(from, from + count), next);
      this.start[doc] = next;
      this.length[doc] = count;
      next += count;
    }
    this.entryTerms = terms;
    this.entryTfCodes = codes;
    this.entryCount = next;
    this.deadEntries = 0;
  }
}
