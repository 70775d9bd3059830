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
 * Calls `visit` for each document whose score is at least `least()`, asking `least` again after
 * each visit (a top-k's threshold rises as it fills): run by run of doc numbers, the run of
 * highest bound first (each run's documents in doc order), until the best run left is below
 * the floor. The best runs first, so that a top-k's threshold is near its last value after a few
 * visits and most runs are never read (at 100,000 documents, a need's 60 best were found in
 * 223 runs and 472 visits in doc order). `least` must stay above 0 for documents of score 0 to be
 * skipped, and should only rise: a run below the floor ends the visit.
 */
export function visitAtLeast(
  dense: DenseScores,
  least: () => number,
  visit: (doc: number, score: number) => void,
): void {
  const { scores, runMax } = dense;
  let floor = least();
  // A binary max-heap of the runs that can hold a visit, by bound.
  const heap = new Int32Array(runMax.length);
  let size = 0;
  for (let run = 0; run < runMax.length; run++) if (runMax[run] >= floor) heap[size++] = run;
  for (let i = (size >> 1) - 1; i >= 0; i--) siftDown(heap, size, i, runMax);
  while (size > 0) {
    const run = heap[0];
    if (runMax[run] < floor) return;
    heap[0] = heap[--size];
    siftDown(heap, size, 0, runMax);
    const end = Math.min(scores.length, (run + 1) << SCORE_RUN_SHIFT);
    for (let doc = run << SCORE_RUN_SHIFT; doc < end; doc++) {
      const score = scores[doc];
      if (score < floor) continue;
      visit(doc, score);
      floor = least();
    }
  }
}

/** Moves heap[i] down to its place in the max-heap of runs heap[0 .. size] by bound. */
function siftDown(heap: Int32Array, size: number, i: number, bound: Float64Array): void {
  const run = heap[i];
  const value = bound[run];
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    if (child + 1 < size && bound[heap[child + 1]] > bound[heap[child]]) child += 1;
    if (bound[heap[child]] <= value) break;
    heap[i] = heap[child];
    i = child;
  }
  heap[i] = run;
}
