/** Turns a text into the terms an index stores and a query looks up. */
export interface Analyzer {
  /** The terms of `text`, in order, repeated as often as they occur. */
  terms(text: string): string[];
  /**
   * A readable form of `term` (the first word seen that gave it: "vélos" for "velo"), when the
   * analyzer remembers one. Optional.
   */
  surfaceForm?(term: string): string | undefined;
  /**
   * Optional, with {@link Analyzer.termOfKey}: the terms of `text` as the analyzer's integer
   * keys (≥ 0), in the order and number of {@link Analyzer.terms}. A view into a buffer the
   * analyzer reuses: valid until its next call of `termKeys` or `terms`. An index maps keys to
   * its own term ids, so that indexing compares no string per term.
   */
  termKeys?(text: string): Int32Array;
  /** The term of a key `termKeys` gave; a key always stands for the same term. */
  termOfKey?(key: number): string;
  /**
   * Optional: puts into `found`, for each of the `wanted` terms it lacks, the first token of
   * `text` (as the tokenizer gives it) whose term it is, the term of a token being
   * `terms(token)[0]`; stops once `found` holds as many terms as `wanted`. How a text itself
   * says a term (« vélos » for velo), without a string per token.
   */
  firstTokens?(text: string, wanted: ReadonlySet<string>, found: Map<string, string>): void;
}
