/** Tokens start at a multiple of this many code units in a {@link TokenBuffer}. */
export const TOKEN_ALIGN = 8;

/**
 * The tokens of one text as code units in a reused buffer, with no string per token: token i
 * is `chars[starts[i]] .. chars[starts[i] + lengths[i]]`. Each token starts at a multiple of
 * {@link TOKEN_ALIGN} code units and is followed by zeros up to the next one, so `words` (the
 * same memory as 32-bit integers, two code units each) reads a token of up to 8 code units as
 * exactly four integers: a memo compares and hashes those instead of the code units one by
 * one. A tokenizer's `scan` fills it, the analyzer reads it, and the next text overwrites it.
 */
export class TokenBuffer {
  chars: Uint16Array = new Uint16Array(0);
  words: Int32Array = new Int32Array(0);
  starts: Int32Array = new Int32Array(0);
  lengths: Int32Array = new Int32Array(0);
  /** How many tokens the buffer holds. */
  count = 0;
  /** Code units written since the last reset: everything past them is zero. */
  used = 0;

  constructor() {
    this.reserve(1024, 256);
  }

  /**
   * Empties the buffer and makes room for the tokens of a text of `length` code units (at most
   * (length + 1) / 2 tokens, each rounded up to {@link TOKEN_ALIGN} code units).
   */
  reset(length: number): void {
    this.count = 0;
    if (this.used > 0) this.chars.fill(0, 0, this.used);
    this.used = 0;
    const tokens = (length + 2) >> 1;
    this.reserve(length + tokens * (TOKEN_ALIGN - 1), tokens);
  }

  /** Empties the buffer and puts `tokens` in it. */
  fill(tokens: readonly string[]): void {
    let units = 0;
    for (const token of tokens) units += alignUp(token.length) + TOKEN_ALIGN;
    this.count = 0;
    if (this.used > 0) this.chars.fill(0, 0, this.used);
    this.reserve(units, tokens.length);
    let at = 0;
    for (const token of tokens) {
      for (let i = 0; i < token.length; i++) this.chars[at + i] = token.charCodeAt(i);
      this.starts[this.count] = at;
      this.lengths[this.count++] = token.length;
      at += Math.max(TOKEN_ALIGN, alignUp(token.length)); // an empty token has its zeros too
    }
    this.used = at;
  }

  /** Token i as a string. */
  token(i: number): string {
    const start = this.starts[i];
    return stringOf(this.chars, start, start + this.lengths[i]);
  }

  private reserve(units: number, tokens: number): void {
    if (this.chars.length < units + TOKEN_ALIGN) {
      const buffer = new ArrayBuffer(
        2 * alignUp(Math.max(units + TOKEN_ALIGN, 2 * this.chars.length)),
      );
      this.chars = new Uint16Array(buffer);
      this.words = new Int32Array(buffer);
      this.used = 0;
    }
    if (this.starts.length < tokens) {
      this.starts = new Int32Array(Math.max(tokens, 2 * this.starts.length));
      this.lengths = new Int32Array(this.starts.length);
    }
  }
}

/** `at` rounded up to a multiple of {@link TOKEN_ALIGN}. */
export function alignUp(at: number): number {
  return (at + TOKEN_ALIGN - 1) & -TOKEN_ALIGN;
}

// String.fromCharCode takes its code units as arguments: a bounded number per call.
const CHUNK = 4096;

/** The string of `chars[start .. end]`. */
function stringOf(chars: Uint16Array, start: number, end: number): string {
  if (end - start <= CHUNK) return String.fromCharCode(...chars.subarray(start, end));
  let text = '';
  for (let from = start; from < end; from += CHUNK) {
    text += String.fromCharCode(...chars.subarray(from, Math.min(end, from + CHUNK)));
  }
  return text;
}
