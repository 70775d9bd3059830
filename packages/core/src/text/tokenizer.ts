/** Splits a text into word tokens. */
export interface Tokenizer {
  /** The tokens of `text`, in order, lower-cased. */
  tokenize(text: string): string[];
}
