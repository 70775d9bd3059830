import type { TokenBuffer } from './token-buffer';

/** Splits a text into word tokens. */
export interface Tokenizer {
  /** The tokens of `text`, in order, lower-cased. */
  tokenize(text: string): string[];
  /**
   * Optional fast path: puts into `tokens` exactly the tokens {@link Tokenizer.tokenize} gives,
   * as code units with their hashes, without a string per token. An analyzer uses it when
   * present, and `tokenize` otherwise.
   */
  scan?(text: string, tokens: TokenBuffer): void;
}
