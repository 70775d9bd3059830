/** Turns a text into the terms an index stores and a query looks up. */
export interface Analyzer {
  /** The terms of `text`, in order, repeated as often as they occur. */
  terms(text: string): string[];
  /**
   * A readable form of `term` (the first word seen that gave it: "vélos" for "velo"), when the
   * analyzer remembers one. Optional.
   */
  surfaceForm?(term: string): string | undefined;
}
