import type { Analyzer } from './analyzer';
import { foldAccents } from './fold-accents';
import { FRENCH_STOP_WORDS } from './french-stop-words';
import type { Stemmer } from './stemmer';
import { TokenMemo } from './token-memo';
import type { Tokenizer } from './tokenizer';

const NUMBER = /^\p{N}+$/u;
const MEMO_LIMIT = 200_000;
// Memo value of a token that gives no term.
const DROPPED = '';

/**
 * French analyzer: tokenize → fold accents and case → drop stop words → stem → drop what is
 * left shorter than 2 characters, and pure numbers (amounts, populations and years say nothing
 * about what a practice does, and would make "2 500 habitants" match "2 500 €").
 *
 * The result for each distinct token is memoised, so the tokenizer and stemmer must be pure
 * (the same token always gives the same term).
 */
export class FrenchAnalyzer implements Analyzer {
  private readonly memo = new TokenMemo();
  private readonly surfaces = new Map<string, string>();

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
    const terms: string[] = [];
    for (const token of this.tokenizer.tokenize(text)) {
      let term = this.memo.get(token);
      if (term === undefined) {
        term = this.analyzeToken(token);
        if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
        this.memo.set(token, term);
      }
      if (term !== DROPPED) terms.push(term);
    }
    return terms;
  }

  surfaceForm(term: string): string | undefined {
    return this.surfaces.get(term);
  }

  private analyzeToken(token: string): string {
    const folded = foldAccents(token);
    if (folded.length < 2 || NUMBER.test(folded) || this.stopWords.has(folded)) return DROPPED;
    const term = this.stemmer.stem(folded);
    if (term.length < 2) return DROPPED;
    if (!this.surfaces.has(term)) this.surfaces.set(term, token);
    return term;
  }
}
