/**
 * The performance mark the app sets when its first ranked results are in the page:
 * `npm run bench:dashboard` reads it to time them from the navigation.
 */
export const FIRST_RESULTS_MARK = 'essaimage:first-results';

/**
 * The prefix of the performance measures of the steps before the first results, in the page
 * (the engine worker's whole load, as the page waits for it) and in the engine worker (the
 * imported practices read from IndexedDB, its files, the saved index, the index key, the
 * engine): `npm run bench:dashboard` reads them to tell what a reload spends its time on.
 */
export const LOAD_STEP_PREFIX = 'essaimage:load:';

/** Measures `step` (from `start`, a `performance.now()`, to now) under {@link LOAD_STEP_PREFIX}. */
export function measureLoadStep(step: string, start: number): void {
  performance.measure(`${LOAD_STEP_PREFIX}${step}`, { start, end: performance.now() });
}
