// Bits of a double, for hashing it.
const scratch = new Float64Array(1);
const scratchBits = new Uint32Array(scratch.buffer);

/**
 * Small integer codes for the distinct float64 values of an array, in order of first
 * appearance, up to a limit: the binary format stores tf values as codes into this palette.
 * An open-addressing hash table on the values' bits (a Map keyed by numbers is several times
 * slower over millions of values).
 */
export class Float64Palette {
  private slots = new Int32Array(1024).fill(-1);
  private readonly distinct: number[] = [];

  /** @param limit the most distinct values to take; {@link Float64Palette.codeOf} gives -1 past it */
  constructor(private readonly limit: number) {}

  /** The distinct values seen, by code. */
  get values(): Float64Array {
    return Float64Array.from(this.distinct);
  }

  /** The code of `value`, a new one if it is new, or -1 if the palette is full. */
  codeOf(value: number): number {
    const mask = this.slots.length - 1;
    let slot = hashOf(value) & mask;
    for (;;) {
      const code = this.slots[slot];
      if (code < 0) break;
      if (this.distinct[code] === value) return code;
      slot = (slot + 1) & mask;
    }
    if (this.distinct.length >= this.limit) return -1;
    const code = this.distinct.length;
    this.distinct.push(value);
    this.slots[slot] = code;
    if (this.distinct.length * 2 > this.slots.length) this.rehash();
    return code;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    this.distinct.forEach((value, code) => {
      let slot = hashOf(value) & mask;
      while (this.slots[slot] >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = code;
    });
  }
}

function hashOf(value: number): number {
  scratch[0] = value;
  const mixed = Math.imul(scratchBits[0] ^ Math.imul(scratchBits[1], 0x9e3779b1), 0x85ebca6b);
  return mixed ^ (mixed >>> 15);
}
