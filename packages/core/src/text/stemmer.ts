/** Reduces a word to its stem, so that the forms of one word meet ("agents", "agent"). */
export interface Stemmer {
  /** The stem of a lower-case token. */
  stem(token: string): string;
}
