// A slot: the token's first four words, its length + 1 (0: free slot), its value, and where
// its further words are in the pool.
const SLOT = 8;
const LENGTH = 4;
const VALUE = 5;
const MORE = 6;

/**
 * A memo from token to a 32-bit integer, for the analyzer's hot path. A token is looked up as
 * it lies in a {@link TokenBuffer}: its code units read as 32-bit words, zero-padded, so a token
 * of up to 8 code units (three in four, in French) is hashed and compared as four integers,
 * with no loop and no string. Open addressing, each slot holding the first four words; longer
 * tokens keep their further words in a pool. Indexing 100,000 documents looks up seventeen
 * million tokens.
 */
export class TokenMemo {
  /** What {@link TokenMemo.get} answers for a token not remembered. */
  static readonly ABSENT = -2;

  private slots: Int32Array = new Int32Array(1024 * SLOT);
  private pool: Int32Array = new Int32Array(1024);
  private poolUsed = 0;
  private entries = 0;

  /** Number of tokens remembered. */
  get size(): number {
    return this.entries;
  }

  /**
   * The value remembered for the token of `length` code units whose words start at `words[at]`
   * (see {@link TokenBuffer}), or {@link TokenMemo.ABSENT}.
   */
  get(words: Int32Array, at: number, length: number): number {
    const w0 = words[at];
    const w1 = words[at + 1];
    const w2 = words[at + 2];
    const w3 = words[at + 3];
    const more = (length - 7) >> 1; // words past the first four
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    for (let slot = hashOf(words, at, length, more) & mask; ; slot = (slot + 1) & mask) {
      const base = slot * SLOT;
      const stored = slots[base + LENGTH];
      if (stored === 0) return TokenMemo.ABSENT;
      if (
        stored !== length + 1 ||
        slots[base] !== w0 ||
        slots[base + 1] !== w1 ||
        slots[base + 2] !== w2 ||
        slots[base + 3] !== w3
      ) {
        continue;
      }
      if (more > 0 && !this.sameMore(words, at + 4, slots[base + MORE], more)) continue;
      return slots[base + VALUE];
    }
  }

  /**
   * Remembers `value` (a 32-bit integer other than {@link TokenMemo.ABSENT}) for a token not
   * remembered yet, given as to {@link TokenMemo.get}.
   */
  set(words: Int32Array, at: number, length: number, value: number): void {
    if ((this.entries + 1) * 2 * SLOT > this.slots.length) this.rehash(this.slots.length * 2);
    const more = (length - 7) >> 1;
    const base = this.freeSlot(hashOf(words, at, length, more));
    const slots = this.slots;
    for (let k = 0; k < 4; k++) slots[base + k] = words[at + k];
    slots[base + LENGTH] = length + 1;
    slots[base + VALUE] = value;
    slots[base + MORE] = this.poolUsed;
    if (more > 0) {
      if (this.poolUsed + more > this.pool.length) {
        const pool = new Int32Array(Math.max(this.poolUsed + more, this.pool.length * 2));
        pool.set(this.pool);
        this.pool = pool;
      }
      this.pool.set(words.subarray(at + 4, at + 4 + more), this.poolUsed);
      this.poolUsed += more;
    }
    this.entries += 1;
  }

  /** Forgets every token. */
  clear(): void {
    this.slots = new Int32Array(1024 * SLOT);
    this.pool = new Int32Array(1024);
    this.poolUsed = 0;
    this.entries = 0;
  }

  private sameMore(words: Int32Array, at: number, from: number, more: number): boolean {
    for (let k = 0; k < more; k++) if (this.pool[from + k] !== words[at + k]) return false;
    return true;
  }

  /** The first free slot from the one of `hash`. */
  private freeSlot(hash: number): number {
    const mask = this.slots.length / SLOT - 1;
    let slot = hash & mask;
    while (this.slots[slot * SLOT + LENGTH] !== 0) slot = (slot + 1) & mask;
    return slot * SLOT;
  }

  private rehash(size: number): void {
    const old = this.slots;
    this.slots = new Int32Array(size);
    for (let base = 0; base < old.length; base += SLOT) {
      const length = old[base + LENGTH] - 1;
      if (length < 0) continue;
      // The slot's words, then its further words in the pool, as the hash reads them.
      const more = (length - 7) >> 1;
      const key = new Int32Array(4 + Math.max(0, more));
      key.set(old.subarray(base, base + 4));
      if (more > 0) key.set(this.pool.subarray(old[base + MORE], old[base + MORE] + more), 4);
      this.slots.set(old.subarray(base, base + SLOT), this.freeSlot(hashOf(key, 0, length, more)));
    }
  }
}

/** A hash of a token's words (a mix of the first four and the length, then FNV-1a on). */
function hashOf(words: Int32Array, at: number, length: number, more: number): number {
  let hash =
    Math.imul(words[at], 0x9e3779b1) ^
    Math.imul(words[at + 1], 0x85ebca6b) ^
    Math.imul(words[at + 2], 0xc2b2ae35) ^
    Math.imul(words[at + 3], 0x27d4eb2f) ^
    length;
  for (let k = 0; k < more; k++) hash = Math.imul(hash ^ words[at + 4 + k], 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x7feb352d);
  return hash ^ (hash >>> 15);
}
