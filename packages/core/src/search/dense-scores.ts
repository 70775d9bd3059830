/** log2 of {@link SCORE_RUN}. */
export const SCORE_RUN_SHIFT = 6;
/** Doc numbers per run: run r holds the documents r × SCORE_RUN to (r + 1) × SCORE_RUN - 1. */
export const SCORE_RUN = 1 << SCORE_RUN_SHIFT;

/**
 * Every document's score for one query, by doc number, with a bound per run of
 * {@link SCORE_RUN} doc numbers, so that a search for the best documents skips whole runs
 * instead of comparing every score (a need shares a word with half of a catalogue, but only a
 * few hundred documents can reach its top ten). Views of buffers an index reuses: valid until
 * its next query.
 */
export interface DenseScores {
  /** The score of each doc number (0 for a document sharing no term with the query). */
  readonly scores: Float64Array;
  /** Per run: no score of the run is higher (the run's maximum, or more). */
  readonly runMax: Float64Array;
}

/**
 * Calls `visit` for each document, in doc order, whose score is at least `least()`, asking
 * `least` again after each visit (a top-k's threshold rises as it fills); a run whose bound is
 * below it is skipped whole. `least` must stay above 0 for documents of score 0 to be skipped.
 */
export function visitAtLeast(
  dense: DenseScores,
  least: () => number,
  visit: (doc: number, score: number) => void,
): void {
  const { scores, runMax } = dense;
  let floor = least();
  for (let run = 0; run < runMax.length; run++) {
    if (runMax[run] < floor) continue;
    const end = Math.min(scores.length, (run + 1) << SCORE_RUN_SHIFT);
    for (let doc = run << SCORE_RUN_SHIFT; doc < end; doc++) {
      const score = scores[doc];
      if (score < floor) continue;
      visit(doc, score);
      floor = least();
    }
  }
}
