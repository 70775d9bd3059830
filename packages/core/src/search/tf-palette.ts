import { sublinearTf } from './tf-idf-weighting';

// Raw tf below this that are integers (sums of integer field weights) have their code cached.
const SMALL_TF = 64;

// Bits of a double, for hashing it.
const scratch = new Float64Array(1);
const scratchBits = new Uint32Array(scratch.buffer);

/**
 * The distinct sublinear tf values of an index, each with a small integer code, so that the
 * index stores a 2-byte code per entry instead of an 8-byte float. A document's tf is a sum of
 * a few field weights, so an index holds few distinct values (a handful to a few hundred): the
 * values stay exact, and the index uses a quarter of the memory for them. Codes are handed out
 * in order of first appearance. An open-addressing hash table on the values' bits (a Map keyed
 * by numbers is several times slower over millions of values).
 */
export class TfPalette {
  /** The value of each code, below {@link TfPalette.size} (the array may be longer). */
  values: Float64Array = new Float64Array(64);
  /** How many distinct values there are: every code is below it. */
  size = 0;
  private slots = new Int32Array(128).fill(-1);
  // Per small integer raw tf: 1 + the code of its sublinear tf, or 0 until it is first met.
  private readonly smallTfCodes = new Int32Array(SMALL_TF);

  /** A palette holding `values`, coded in their order. */
  static of(values: Float64Array): TfPalette {
    const palette = new TfPalette();
    for (const value of values) palette.codeOf(value);
    return palette;
  }

  /** The code of `value`, a new one if it is new. */
  codeOf(value: number): number {
    const mask = this.slots.length - 1;
    let slot = hashOf(value) & mask;
    for (;;) {
      const code = this.slots[slot];
      if (code < 0) break;
      if (this.values[code] === value) return code;
      slot = (slot + 1) & mask;
    }
    const code = this.size;
    if (code === this.values.length) {
      const grown = new Float64Array(code * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[code] = value;
    this.size = code + 1;
    this.slots[slot] = code;
    if (this.size * 2 > this.slots.length) this.rehash();
    return code;
  }

  /**
   * The code of `sublinearTf(tf)`, a new one if it is new; cached for small integer tf (most tf
   * are sums of integer field weights), which spares a logarithm and a hash per entry.
   */
  codeOfTf(tf: number): number {
    if (tf < SMALL_TF && (tf | 0) === tf) {
      const cached = this.smallTfCodes[tf];
      if (cached !== 0) return cached - 1;
      return (this.smallTfCodes[tf] = this.codeOf(sublinearTf(tf)) + 1) - 1;
    }
    return this.codeOf(sublinearTf(tf));
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    for (let code = 0; code < this.size; code++) {
      let slot = hashOf(this.values[code]) & mask;
      while (this.slots[slot] >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = code;
    }
  }
}

function hashOf(value: number): number {
  scratch[0] = value;
  const mixed = Math.imul(scratchBits[0] ^ Math.imul(scratchBits[1], 0x9e3779b1), 0x85ebca6b);
  return mixed ^ (mixed >>> 15);
}
