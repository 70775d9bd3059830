import { alignUp, type TokenBuffer } from './token-buffer';
import type { Tokenizer } from './tokenizer';

/**
 * Elided words split off the word they lean on ("l'amélioration" → "l", "amélioration";
 * "jusqu'à" → "jusqu", "à"), written without their apostrophe. All are stop words.
 */
export const FRENCH_ELISIONS: ReadonlySet<string> = new Set([
  'l',
  'd',
  'qu',
  'n',
  's',
  'j',
  'm',
  't',
  'c',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
]);

// The few words whose apostrophe is their own, kept whole when no letter, mark or digit follows
// them ("aujourd'hui", but "aujourd'huis" gives "aujourd", "huis").
const WHOLE_WORDS: readonly string[] = [
  "aujourd'hui",
  "quelqu'un",
  "quelqu'une",
  "prud'homme",
  "prud'hommes",
  "presqu'ile",
  "presqu'iles",
  "presqu'île",
  "presqu'îles",
];

// Every apostrophe separates words, which splits the elisions above off (and "Récup'vélos"
// into "récup", "vélos"), except in the whole words above, matched first. Hyphens, slashes and
// the rest separate words too: "libre-service" gives "libre" and "service".
const WORD = new RegExp(
  `(?:${WHOLE_WORDS.join('|')})(?![\\p{L}\\p{M}\\p{N}])|[\\p{L}\\p{M}\\p{N}]+`,
  'gu',
);
const TYPOGRAPHIC_APOSTROPHE = /[’ʼ]/;
const TYPOGRAPHIC_APOSTROPHES = /[’ʼ]/g;

/**
 * French word tokenizer: NFC-normalises and lower-cases, keeps accented words whole
 * ("réinvente"), splits elisions off ("qu'il" → "qu", "il"; with ', ’ or ʼ), splits on hyphens
 * and other apostrophes, keeps "aujourd'hui" whole.
 *
 * `tokenize` is one regular expression pass. `scan`, the analyzer's path, gives exactly the
 * same tokens without a string each (a regular expression match makes one per token, most of
 * the cost of indexing): one pass over the code units through a table built once from the same
 * Unicode classes (lower case, or 0 for a separator), writing the tokens into a reused
 * {@link TokenBuffer}. The table covers U+0000–U+02FF and the punctuation, super/subscripts and
 * currency signs of U+2000–U+20CF; a text holding any other code unit (a combining mark NFC
 * could compose, a Greek or Cyrillic letter, İ whose lower case is two characters, U+2000 that
 * NFC changes) is tokenized by the regular expression instead, whole.
 *
 * natural's `AggressiveTokenizerFr` is not used: it lists accented letters by hand, so it cuts
 * words at letters it does not list (æ, ÿ, or an accent written as a combining mark:
 * "re" + "invente"), and keeps hyphenated words as one token.
 */
export class FrenchTokenizer implements Tokenizer {
  tokenize(text: string): string[] {
    let lower = text.normalize('NFC').toLowerCase();
    if (TYPOGRAPHIC_APOSTROPHE.test(lower)) lower = lower.replace(TYPOGRAPHIC_APOSTROPHES, "'");
    return lower.match(WORD) ?? [];
  }

  scan(text: string, tokens: TokenBuffer): void {
    if (!scanKnown(text, tokens)) tokens.fill(this.tokenize(text));
  }
}

/** The code units the scan reads through its table: what `scan` can tokenize on its own. */
export const SCAN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x02ff],
  [0x2000, 0x20cf],
];
// The table has an entry for every code unit (OTHER past SCAN_RANGES), so the scan reads it
// with no range check.
const TABLE_SIZE = 0x10000;
// LOWER of a code unit the table cannot stand for; LOWER of a separator is 0. Negative, so that
// the scan tells a word character (LOWER > 0, most code units) with a single comparison.
const OTHER = -1;
const { LOWER, APOSTROPHE } = scanTable();
// Where code units 2k and 2k + 1 lie in word k of a TokenBuffer: the platform's byte order.
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const FIRST_SHIFT = LITTLE_ENDIAN ? 0 : 16;
const SECOND_SHIFT = LITTLE_ENDIAN ? 16 : 0;

/**
 * Per code unit: LOWER, the lower case of a letter, mark or digit, 0 for anything else, OTHER
 * for what the table cannot stand for (NFC would change it, its lower case is not one code
 * unit, or it lies outside SCAN_RANGES); APOSTROPHE, 1 for ', ’ and ʼ.
 */
function scanTable(): { LOWER: Int16Array; APOSTROPHE: Uint8Array } {
  const lowerOf = new Int16Array(TABLE_SIZE).fill(OTHER);
  const apostrophe = new Uint8Array(TABLE_SIZE);
  const wordChar = /^[\p{L}\p{M}\p{N}]$/u;
  const mark = /^\p{M}$/u;
  for (const [from, to] of SCAN_RANGES) {
    for (let code = from; code <= to; code++) {
      const char = String.fromCharCode(code);
      const lower = char.toLowerCase();
      if (char.normalize('NFC') !== char || lower.length !== 1 || mark.test(lower)) continue;
      const lowered = TYPOGRAPHIC_APOSTROPHE.test(lower) ? "'" : lower;
      // Every lower case in SCAN_RANGES is below 0x8000: positive in an Int16Array.
      lowerOf[code] = wordChar.test(lowered) ? lowered.charCodeAt(0) : 0;
      if (lowered === "'") apostrophe[code] = 1;
    }
  }
  return { LOWER: lowerOf, APOSTROPHE: apostrophe };
}

// The whole words as code units, split at their apostrophe; which lengths their heads have.
const WHOLE_WORD_PARTS = WHOLE_WORDS.map((word) => {
  const [head, tail] = word.split("'");
  return { head: codesOf(head), tail: codesOf(tail) };
});
const HEAD_LENGTH = new Uint8Array(16);
for (const { head } of WHOLE_WORD_PARTS) HEAD_LENGTH[head.length] = 1;

function codesOf(text: string): Uint16Array {
  return Uint16Array.from(text, (char) => char.charCodeAt(0));
}

/**
 * Tokenizes `text` into `tokens` through the table; false, leaving `tokens` to be refilled, if
 * the text holds a code unit the table cannot stand for. Exported for the tests.
 */
export function scanKnown(text: string, tokens: TokenBuffer): boolean {
  const length = text.length;
  tokens.reset(length);
  const { chars, words, starts, lengths } = tokens;
  // Locals: module constants are read from their context at each use.
  const lowerOf = LOWER;
  const firstShift = FIRST_SHIFT;
  const secondShift = SECOND_SHIFT;
  const headLength = HEAD_LENGTH;
  const apostrophe = APOSTROPHE;
  let count = 0;
  let at = 0; // where the next code unit goes in chars
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    let lower = lowerOf[code];
    if (lower === 0) continue; // between tokens
    if (lower < 0) {
      tokens.used = at;
      return false;
    }
    // A token, written two code units at a time, as one word (see TokenBuffer): a typed-array
    // store is dear in a loop (the compiler reloads the array's fields at each one). `at` is
    // even here, the token starting at a multiple of TOKEN_ALIGN.
    const start = at;
    let next = 0; // the code unit after the token's letters, if any
    for (let first = lower; ; first = lower) {
      if (++i === length || (lower = lowerOf[(next = text.charCodeAt(i))]) <= 0) {
        words[at >> 1] = first << firstShift;
        at += 1;
        break;
      }
      words[at >> 1] = (first << firstShift) | (lower << secondShift);
      at += 2;
      if (++i === length || (lower = lowerOf[(next = text.charCodeAt(i))]) <= 0) break;
    }
    if (i < length) {
      if (lower < 0) {
        tokens.used = at;
        return false;
      }
      if (
        apostrophe[next] === 1 &&
        at - start < headLength.length &&
        headLength[at - start] === 1
      ) {
        const end = wholeWordEnd(text, i, chars, start, at);
        if (end > 0) {
          chars[at++] = 0x27; // '
          for (let j = i + 1; j < end; j++) chars[at++] = LOWER[text.charCodeAt(j)];
          i = end - 1; // the code unit at `end`, if any, is no word character
        }
      }
    }
    starts[count] = start;
    lengths[count++] = at - start;
    at = alignUp(at);
  }
  tokens.count = count;
  tokens.used = at;
  return true;
}

/**
 * When the token `chars[start .. at]`, followed by the apostrophe at `apostrophe` in `text`,
 * begins a whole word that no word character follows: where that word ends in `text`. Else 0.
 */
function wholeWordEnd(
  text: string,
  apostrophe: number,
  chars: Uint16Array,
  start: number,
  at: number,
): number {
  candidates: for (const { head, tail } of WHOLE_WORD_PARTS) {
    if (head.length !== at - start) continue;
    for (let k = 0; k < head.length; k++) if (chars[start + k] !== head[k]) continue candidates;
    const end = apostrophe + 1 + tail.length;
    if (end > text.length) continue;
    for (let k = 0; k < tail.length; k++) {
      const code = text.charCodeAt(apostrophe + 1 + k);
      if (LOWER[code] !== tail[k]) continue candidates;
    }
    if (end === text.length) return end;
    const next = text.charCodeAt(end);
    // A code unit the table cannot stand for makes the whole text fall back: any answer will do.
    if (LOWER[next] <= 0) return end;
  }
  return 0;
}
