/**
 * The bugs of issue 19's table, each a patch of this folder, with the test files that must turn
 * red when it is applied (`npm run planted-bugs`). Each patch breaks one promise of the README.
 */
export interface PlantedBug {
  /** The patch file's name, without `.patch`. */
  patch: string;
  /** The README promise it breaks. */
  promise: string;
  /** Test files (from the repository's root) expected to fail with it. */
  tests: string[];
}

const REFERENCE = 'packages/core/src/engine/reference-score.property.test.ts';
const README = 'packages/core/src/engine/readme-promises.test.ts';
const DASHBOARD = 'test/e2e/dashboard-promises.test.ts';

export const PLANTED_BUGS: PlantedBug[] = [
  {
    patch: '01-missing-criterion-as-zero',
    promise: 'missing data is neutral, never 0',
    tests: [REFERENCE, README],
  },
  { patch: '02-title-weight-one', promise: 'title ×3', tests: [REFERENCE, README] },
  { patch: '03-title-not-indexed', promise: 'title ×3', tests: [REFERENCE, README] },
  {
    patch: '04-ties-on-doc-number',
    promise: 'ties break on id',
    tests: [REFERENCE, README, 'packages/core/src/engine/essaimage.test.ts'],
  },
  {
    patch: '05-tie-at-cut-off-dropped',
    promise: 'the top k (and the pool of 60) equal scoring every practice, ties included',
    tests: [README],
  },
  {
    patch: '06-store-add-without-transaction',
    promise: 'imports are atomic',
    tests: ['packages/core/src/store/practice-store.test.ts'],
  },
  {
    patch: '07-need-area-votes-inverted',
    promise: 'policy area inferred from the most relevant practices',
    tests: [REFERENCE, README],
  },
  {
    patch: '08-need-areas-at-most-one',
    promise: 'policy area inferred from the most relevant practices (up to three)',
    tests: [REFERENCE, README],
  },
  {
    patch: '09-kind-commune-epci-0.7',
    promise: 'the documented kind matrix',
    tests: [REFERENCE, 'packages/core/src/scoring/criteria.test.ts'],
  },
  {
    patch: '10-similar-without-own-collectivity',
    promise: '`similar` against the practice’s own collectivity',
    tests: [REFERENCE, README],
  },
  {
    patch: '11-dashboard-drops-budget-staff',
    promise: 'budget and staff criteria (dashboard)',
    tests: [DASHBOARD],
  },
  {
    patch: '12-find-view-ignores-filters',
    promise: 'filters apply (dashboard)',
    tests: [DASHBOARD],
  },
];
