// Mutation testing of core's engine, scoring, search and catalogue-io (`npm run mutation`, not
// part of `npm test`: it runs the unit tests once per mutant, which takes hours over all four
// folders on a shared 2-core machine). One test runner at a time: the machine is shared.
// MUTATION_SCOPE=scoring (or engine, search, catalogue-io; comma-separated) narrows the run to
// those folders and writes reports/mutation/<scope>.json. Under Stryker each property test
// runs at most MUTATION_FC_RUNS cases (10 by default; see vitest.mutation.config.ts).
const FOLDERS = ['engine', 'scoring', 'search', 'catalogue-io'];
const scope = (process.env.MUTATION_SCOPE ?? FOLDERS.join(',')).split(',').filter(Boolean);
for (const folder of scope) {
  if (!FOLDERS.includes(folder)) throw new Error(`MUTATION_SCOPE: unknown folder "${folder}"`);
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    ...scope.map((folder) => `packages/core/src/${folder}/**/*.ts`),
    '!packages/core/src/**/*.test.ts',
    '!packages/core/src/**/*.fixture.ts',
    // Test-only references and fixtures.
    '!packages/core/src/search/test-documents.ts',
    '!packages/core/src/search/brute-force-tf-idf.ts',
    '!packages/core/src/search/expect-run-maxima.ts',
    '!packages/core/src/engine/reference-score.ts',
    '!packages/core/src/engine/reference-pertinence.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  // A mutant that loops forever (a heap, a scan) costs this much over its tests' own time.
  timeoutMS: 5_000,
  reporters: ['clear-text', 'progress', 'json'],
  // MUTATION_REPORT names another report file (a run of a few files with --mutate, say).
  jsonReporter: {
    fileName: process.env.MUTATION_REPORT ?? `reports/mutation/${scope.join('+')}.json`,
  },
  tempDirName: '.stryker-tmp',
  // Another run's sandbox (--tempDirName .stryker-tmp-x) is no source to copy.
  ignorePatterns: ['/.stryker-tmp*', '/reports'],
  cleanTempDir: 'always',
  ignoreStatic: true,
};
