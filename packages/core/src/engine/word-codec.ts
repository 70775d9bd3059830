import { writeVarint } from './varint';

/**
 * Strings as few bytes, by their words. A string is encoded in UTF-8 and cut into tokens (a run
 * of letters and digits with the punctuation and spaces after it: « vélos, », « d' »); a token
 * seen before is written as its number in a shared dictionary (a varint of one to three bytes),
 * a new one is added to it. Practice texts repeat the same words, so a practice's JSON (1,900
 * UTF-16 characters, 3 to 4 KB as a V8 string) takes some 500 bytes. Decoding is exact: any
 * well-formed string comes back as it was (a lone surrogate, which UTF-8 cannot carry, comes
 * back as U+FFFD; the JSON of a practice has none, JSON.stringify escapes them). Everything works on bytes (the dictionary is a hash table over
 * a byte arena), with no string made per token, so that encoding costs little beside the rest
 * of indexing a practice.
 *
 * Tokens of a number of more than five digits (an id, an amount, a population) and tokens past
 * the dictionary's cap are written literally: such numbers rarely recur, and the dictionary
 * would otherwise grow with each practice. Shorter ones (years, codes of regions, departments
 * and communes, small counts) recur and are numbered like words.
 */
export class WordCodec {
  // The dictionary: token t's bytes are arena[tokenStart[t] .. tokenStart[t + 1]).
  private arena = new Uint8Array(1 << 12);
  private arenaUsed = 0;
  private tokenStart = new Int32Array(1 << 10);
  private tokenCount = 0;
  // Open addressing over the tokens' hashes: 1 + token number, 0 for an empty slot.
  private slots = new Int32Array(1 << 11);
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();
  private text = new Uint8Array(1 << 12); // the UTF-8 of the string being encoded or decoded
  private out = new Uint8Array(1 << 12); // the codes being written

  constructor(private readonly maxTokens = MAX_TOKENS) {}

  /** Distinct tokens in the dictionary. */
  get dictionarySize(): number {
    return this.tokenCount;
  }

  /** The codes of `text`: a view of a buffer reused by the next call (copy it to keep it). */
  encode(text: string): Uint8Array {
    if (this.text.length < text.length * 3) this.text = new Uint8Array(text.length * 3);
    const bytes = this.text;
    const length = this.encoder.encodeInto(text, bytes).written as number;
    if (this.out.length < length * 3 + 16) this.out = new Uint8Array(length * 3 + 16);
    let used = 0;
    let start = 0;
    while (start < length) {
      // The token: its letters and digits, then its punctuation, a character at a time
      // (encodeInto writes whole characters: none runs past `length`).
      let end = start;
      for (let size; end < length && (size = WORD_CHAR[bytes[end] as number] as number) > 0;) {
        end += size;
      }
      const wordEnd = end;
      for (let size; end < length && (size = PUNCTUATION[bytes[end] as number] as number) > 0;) {
        end += size;
      }
      const hash = tokenHash(bytes, start, end);
      const first = bytes[start] as number;
      const longNumber = first >= 0x30 && first <= 0x39 && wordEnd - start > MAX_NUMBERED_DIGITS;
      const token = longNumber ? -1 : this.tokenOf(bytes, start, end, hash);
      if (token >= 0) {
        used = writeVarint(this.out, used, token + 1);
      } else {
        // A literal: 0, its length, its bytes.
        used = writeVarint(this.out, used, 0);
        used = writeVarint(this.out, used, end - start);
        this.out.set(bytes.subarray(start, end), used);
        used += end - start;
      }
      start = end;
    }
    return this.out.subarray(0, used);
  }

  /** The string whose codes `encode` gave, read from `codes[start..end)`. */
  decode(codes: Uint8Array, start: number, end: number): string {
    let bytes = this.text;
    let used = 0;
    let at = start;
    while (at < end) {
      // The varints are read inline rather than by readVarint (./varint): this is the loop of
      // every practice read, and its cursor object would cost more than the read.
      let code = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = codes[at++] as number;
        code |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80);
      let from: Uint8Array;
      let first: number;
      let count: number;
      if (code > 0) {
        from = this.arena;
        first = this.tokenStart[code - 1] as number;
        count = (this.tokenStart[code] as number) - first;
      } else {
        count = 0;
        shift = 0;
        do {
          byte = codes[at++] as number;
          count |= (byte & 0x7f) << shift;
          shift += 7;
        } while (byte & 0x80);
        from = codes;
        first = at;
        at += count;
      }
      if (used + count > bytes.length) {
        const grown = new Uint8Array((used + count) * 2);
        grown.set(bytes.subarray(0, used));
        this.text = bytes = grown;
      }
      if (count < 32) for (let b = 0; b < count; b++) bytes[used + b] = from[first + b] as number;
      else bytes.set(from.subarray(first, first + count), used);
      used += count;
    }
    return this.decoder.decode(bytes.subarray(0, used));
  }

  /** The number of the token `bytes[start..end)`, added if new; -1 past the cap. */
  private tokenOf(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] as number;
      if (entry === 0) break;
      const token = entry - 1;
      const first = this.tokenStart[token] as number;
      if ((this.tokenStart[token + 1] as number) - first !== length) continue;
      let same = true;
      for (let b = 0; b < length && same; b++) same = this.arena[first + b] === bytes[start + b];
      if (same) return token;
    }
    if (this.tokenCount >= this.maxTokens) return -1;
    return this.add(bytes, start, end, hash);
  }

  private add(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const token = this.tokenCount++;
    const length = end - start;
    if (this.arenaUsed + length > this.arena.length) {
      this.arena = grow(this.arena, this.arenaUsed + length);
    }
    this.arena.set(bytes.subarray(start, end), this.arenaUsed);
    if (token + 2 > this.tokenStart.length) {
      const starts = new Int32Array(this.tokenStart.length * 2);
      starts.set(this.tokenStart);
      this.tokenStart = starts;
    }
    this.tokenStart[token] = this.arenaUsed;
    this.arenaUsed += length;
    this.tokenStart[token + 1] = this.arenaUsed;
    if (this.tokenCount * 2 > this.slots.length) this.rehash();
    else this.place(hash, token);
    return token;
  }

  private place(hash: number, token: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = token + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let token = 0; token < this.tokenCount; token++) {
      const start = this.tokenStart[token] as number;
      this.place(tokenHash(this.arena, start, this.tokenStart[token + 1] as number), token);
    }
  }
}

/**
 * Tokens the dictionary holds at most (some 40 MB of arena and tables): past them new words are
 * written literally, so a catalogue of unusual texts cannot grow it without end.
 */
const MAX_TOKENS = 1 << 21;

/** The longest number (in digits) the dictionary numbers; longer ones are written literally. */
const MAX_NUMBERED_DIGITS = 5;

/**
 * A token's hash from its length and five of its bytes (FNV-1a over them): cheaper than over
 * every byte, and tokens alike in all six are few enough for the probes to stay short (each
 * candidate is compared byte by byte).
 */
function tokenHash(bytes: Uint8Array, start: number, end: number): number {
  const last = end - 1;
  let hash = Math.imul(0x811c9dc5 ^ (end - start), FNV_PRIME);
  hash = Math.imul(hash ^ (bytes[start] as number), FNV_PRIME);
  hash = Math.imul(hash ^ (bytes[Math.min(start + 1, last)] as number), FNV_PRIME);
  hash = Math.imul(hash ^ (bytes[(start + end) >> 1] as number), FNV_PRIME);
  hash = Math.imul(hash ^ (bytes[Math.max(last - 1, start)] as number), FNV_PRIME);
  hash = Math.imul(hash ^ (bytes[last] as number), FNV_PRIME);
  return hash ^ (hash >>> 15);
}
const FNV_PRIME = 0x01000193;

// Stryker disable all: built as the module loads, so its mutants cannot be switched per test
/**
 * By a character's first byte, its length in bytes if it belongs to a token's letters and
 * digits, else 0; and the same for its punctuation. Letters and digits are the ASCII ones and
 * every character of two or more bytes but those of three starting with 0xE2 (general
 * punctuation and currency signs: ’, the narrow no-break space, €). Only how well a text packs
 * depends on it, never what comes back.
 */
const WORD_CHAR = new Uint8Array(256);
const PUNCTUATION = new Uint8Array(256);
for (let byte = 0; byte < 256; byte++) {
  const lower = byte | 0x20;
  const ascii = (lower >= 0x61 && lower <= 0x7a) || (byte >= 0x30 && byte <= 0x39);
  if (byte < 0x80) {
    WORD_CHAR[byte] = ascii ? 1 : 0;
    PUNCTUATION[byte] = ascii ? 0 : 1;
  } else if (byte === 0xe2) {
    PUNCTUATION[byte] = 3;
  } else if (byte >= 0xc0) {
    WORD_CHAR[byte] = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
  }
}
// Stryker restore all

function grow(bytes: Uint8Array, needed: number): Uint8Array<ArrayBuffer> {
  const grown = new Uint8Array(Math.max(needed, bytes.length * 2));
  grown.set(bytes);
  return grown;
}
