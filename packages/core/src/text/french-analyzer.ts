import type { Analyzer } from './analyzer';
import { foldAccents } from './fold-accents';
import { FRENCH_STOP_WORDS } from './french-stop-words';
import type { Stemmer } from './stemmer';
import { TokenBuffer } from './token-buffer';
import { TokenMemo } from './token-memo';
import type { Tokenizer } from './tokenizer';

const NUMBER = /^\p{N}+$/u;
const MEMO_LIMIT = 200_000;
// Memo value of a token that gives no term.
const DROPPED = -1;
// firstTokens reads a text by pieces of about this many code units.
const FIRST_TOKENS_PIECE = 256;

/**
 * French analyzer: tokenize → fold accents and case → drop stop words → stem → drop what is
 * left shorter than 2 characters, and pure numbers (amounts, populations and years say nothing
 * about what a practice does, and would make "2 500 habitants" match "2 500 €").
 *
 * Each distinct term gets an integer key, in order of first appearance ({@link
 * FrenchAnalyzer.termKeys}). The key of each distinct token (or "dropped") is memoised, looked
 * up with the token's code units as the tokenizer's `scan` leaves them in a reused buffer
 * (see {@link TokenMemo}), so analysing a text makes no string per token, only one per new
 * token. The tokenizer and stemmer must be pure (the same token always gives the same term).
 */
export class FrenchAnalyzer implements Analyzer {
  private readonly memo = new TokenMemo();
  private readonly tokens = new TokenBuffer();
  private keys = new Int32Array(256);
  private readonly keyOfTerm = new Map<string, number>();
  private readonly termOfKeys: string[] = [];
  private readonly surfaces: string[] = []; // per key

  /**
   * @param tokenizer splits the text into lower-case tokens
   * @param stemmer stems a folded token
   * @param stopWords folded stop words (default: {@link FRENCH_STOP_WORDS})
   */
  constructor(
    private readonly tokenizer: Tokenizer,
    private readonly stemmer: Stemmer,
    private readonly stopWords: ReadonlySet<string> = FRENCH_STOP_WORDS,
  ) {}

  terms(text: string): string[] {
    const keys = this.termKeys(text);
    const terms = new Array<string>(keys.length);
    for (let i = 0; i < keys.length; i++) terms[i] = this.termOfKeys[keys[i]];
    return terms;
  }

  termKeys(text: string): Int32Array {
    const tokens = this.tokens;
    const count = this.scan(text);
    if (this.keys.length < count) this.keys = new Int32Array(Math.max(count, this.keys.length * 2));
    const keys = this.keys;
    let n = 0;
    for (let i = 0; i < count; i++) {
      const key = this.keyOfToken(tokens, i);
      // Written in any case and kept only if not DROPPED (-1): no branch on a stop word, which
      // comes at random, two tokens in five.
      keys[n] = key;
      n += (key >>> 31) ^ 1;
    }
    return keys.subarray(0, n);
  }

  firstTokens(text: string, wanted: ReadonlySet<string>, found: Map<string, string>): void {
    // The wanted terms' keys, so that a token is matched by an integer comparison, not a string
    // lookup. A term the analyzer has no key for yet (an index read back from bytes, with this
    // analyzer fresh) may get one while the text is read: then the terms are compared.
    const keys: number[] = [];
    const terms: string[] = [];
    for (const term of wanted) {
      if (found.has(term)) continue;
      const key = this.keyOfTerm.get(term);
      if (key === undefined) return this.firstTokensByTerm(text, wanted, found);
      keys.push(key);
      terms.push(term);
    }
    let missing = keys.length;
    const tokens = this.tokens;
    // Piece by piece, cut at a space (which no token spans, and no tokenizer reads across), so
    // that a practice quoting its related word early is not read to its end.
    for (let from = 0; missing > 0 && from < text.length;) {
      const cut =
        from + FIRST_TOKENS_PIECE >= text.length
          ? -1
          : text.indexOf(' ', from + FIRST_TOKENS_PIECE);
      const end = cut < 0 ? text.length : cut;
      const count = this.scan(from === 0 && end === text.length ? text : text.slice(from, end));
      for (let i = 0; i < count && missing > 0; i++) {
        const key = this.keyOfToken(tokens, i);
        if (key === DROPPED) continue;
        const k = keys.indexOf(key);
        if (k < 0) continue;
        found.set(terms[k], tokens.token(i));
        keys[k] = DROPPED; // found: not to be matched again
        missing -= 1;
      }
      from = end;
    }
  }

  /** {@link FrenchAnalyzer.firstTokens} comparing each token's term with the wanted ones. */
  private firstTokensByTerm(
    text: string,
    wanted: ReadonlySet<string>,
    found: Map<string, string>,
  ): void {
    const tokens = this.tokens;
    const count = this.scan(text);
    for (let i = 0; i < count && found.size < wanted.size; i++) {
      const key = this.keyOfToken(tokens, i);
      if (key === DROPPED) continue;
      const term = this.termOfKeys[key];
      if (wanted.has(term) && !found.has(term)) found.set(term, tokens.token(i));
    }
  }

  /** Tokenizes `text` into the reused buffer; returns the number of tokens. */
  private scan(text: string): number {
    const tokens = this.tokens;
    if (this.tokenizer.scan) this.tokenizer.scan(text, tokens);
    else tokens.fill(this.tokenizer.tokenize(text));
    return tokens.count;
  }

  /** The key of token i of the buffer (memoised), or DROPPED. */
  private keyOfToken(tokens: TokenBuffer, i: number): number {
    const { words, starts, lengths } = tokens;
    const at = starts[i] >> 1; // TOKEN_ALIGN code units are TOKEN_ALIGN / 2 words
    let key = this.memo.get(words, at, lengths[i]);
    if (key === TokenMemo.ABSENT) {
      key = this.analyzeToken(tokens.token(i));
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(words, at, lengths[i], key);
    }
    return key;
  }

  termOfKey(key: number): string {
    return this.termOfKeys[key];
  }

  surfaceForm(term: string): string | undefined {
    const key = this.keyOfTerm.get(term);
    return key === undefined ? undefined : this.surfaces[key];
  }

  /** The key of the token's term, or DROPPED. */
  private analyzeToken(token: string): number {
    const folded = foldAccents(token);
    if (folded.length < 2 || NUMBER.test(folded) || this.stopWords.has(folded)) return DROPPED;
    const term = this.stemmer.stem(folded);
    if (term.length < 2) return DROPPED;
    let key = this.keyOfTerm.get(term);
    if (key === undefined) {
      key = this.termOfKeys.length;
      this.keyOfTerm.set(term, key);
      this.termOfKeys.push(term);
      this.surfaces.push(token);
    }
    return key;
  }
}
