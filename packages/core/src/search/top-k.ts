/** One entry drained from a {@link TopK}. */
export interface TopKEntry<K extends string | number> {
  doc: number;
  score: number;
  key: K;
}

/**
 * The k best (doc, score) pairs pushed into it, kept in a binary min-heap of typed arrays
 * (the worst kept entry at the root), so pushing n entries costs O(n log k) and an entry worse
 * than the k-th best is rejected with one comparison.
 *
 * Better means: higher score; on equal scores, the smaller tie key (ids compare by UTF-16 code
 * units, as `<` does); on equal keys, the smaller doc number. The order is total, so the
 * result does not depend on the order of the pushes.
 */
export class TopK<K extends string | number = string> {
  private readonly docs: Int32Array;
  private readonly scores: Float64Array;
  private readonly keys: K[];
  private count = 0;

  /** @param capacity how many entries to keep (k); 0 keeps none */
  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0) {
      throw new RangeError(`TopK: capacity must be an integer ≥ 0, found ${capacity}`);
    }
    this.docs = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
    this.keys = new Array<K>(capacity);
  }

  /** How many entries are kept (at most `capacity`). */
  get size(): number {
    return this.count;
  }

  /**
   * The score an entry must reach to be kept once the heap is full (ties then go to the
   * smaller key); -Infinity while it is not full. Lets a caller skip work for hopeless entries.
   */
  get threshold(): number {
    return this.count < this.capacity ? -Infinity : this.scores[0];
  }

  /** Offers an entry; returns whether it was kept. A NaN score is never kept. */
  push(doc: number, score: number, tieKey: K): boolean {
    if (Number.isNaN(score) || this.capacity === 0) return false;
    if (this.count < this.capacity) {
      this.docs[this.count] = doc;
      this.scores[this.count] = score;
      this.keys[this.count] = tieKey;
      this.siftUp(this.count);
      this.count += 1;
      return true;
    }
    const worstScore = this.scores[0];
    if (score < worstScore) return false;
    if (score === worstScore && !isBetterTie(doc, tieKey, this.docs[0], this.keys[0])) return false;
    this.docs[0] = doc;
    this.scores[0] = score;
    this.keys[0] = tieKey;
    this.siftDown(0);
    return true;
  }

  /** Empties the heap and returns its entries, best first. */
  drain(): Array<TopKEntry<K>> {
    const out = new Array<TopKEntry<K>>(this.count);
    for (let i = this.count - 1; i >= 0; i--) {
      out[i] = { doc: this.docs[0], score: this.scores[0], key: this.keys[0] };
      this.count -= 1;
      if (this.count > 0) {
        this.move(this.count, 0);
        this.siftDown(0);
      }
    }
    this.keys.fill(undefined as unknown as K); // let the keys be collected
    return out;
  }

  /** Forgets every entry. */
  clear(): void {
    this.count = 0;
    this.keys.fill(undefined as unknown as K);
  }

  // Whether entry a is worse than entry b (belongs nearer the root).
  private worse(a: number, b: number): boolean {
    const sa = this.scores[a];
    const sb = this.scores[b];
    if (sa !== sb) return sa < sb;
    return isBetterTie(this.docs[b], this.keys[b], this.docs[a], this.keys[a]);
  }

  private siftUp(index: number): void {
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(index: number): void {
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.count) return;
      const right = left + 1;
      const child = right < this.count && this.worse(right, left) ? right : left;
      if (!this.worse(child, i)) return;
      this.swap(i, child);
      i = child;
    }
  }

  private swap(a: number, b: number): void {
    const doc = this.docs[a];
    const score = this.scores[a];
    const key = this.keys[a];
    this.move(b, a);
    this.docs[b] = doc;
    this.scores[b] = score;
    this.keys[b] = key;
  }

  private move(from: number, to: number): void {
    this.docs[to] = this.docs[from];
    this.scores[to] = this.scores[from];
    this.keys[to] = this.keys[from];
  }
}

// Among equal scores, whether (docA, keyA) ranks before (docB, keyB).
function isBetterTie<K extends string | number>(
  docA: number,
  keyA: K,
  docB: number,
  keyB: K,
): boolean {
  if (keyA !== keyB) return keyA < keyB;
  return docA < docB;
}
