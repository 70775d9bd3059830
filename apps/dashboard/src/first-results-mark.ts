/**
 * The performance mark the app sets when its first ranked results are in the page:
 * `npm run bench:dashboard` reads it to time them from the navigation.
 */
export const FIRST_RESULTS_MARK = 'essaimage:first-results';
