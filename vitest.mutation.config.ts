import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { sourceResolution } from './source-conditions';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The unit tests of core and test/unit only, for StrykerJS (stryker.config.mjs): the browser
// and end-to-end projects start servers and Chromium, which a run per mutant cannot afford.
// fast-check is swapped for a copy that caps each property's runs (stryker/fast-check-capped.ts):
// a mutant reruns every test that reaches it, and the property tests are most of that time.
// @essaimage/core resolves to the sources beside this file: through node_modules' symlink it
// would reach the repository's unmutated copy instead of Stryker's sandbox.
// MUTATION_TESTS=own narrows the tests to those of the mutated folders (MUTATION_SCOPE): a
// folder's own unit tests must then kill its mutants, which also runs ten times faster than
// the engine-wide tests that reach search/ through every index they build.
const ownFolders =
  process.env.MUTATION_TESTS === 'own' ? (process.env.MUTATION_SCOPE ?? '').split(',') : [];
const include =
  ownFolders.length > 0
    ? ownFolders.map((folder) => `packages/core/src/${folder}/**/*.test.ts`)
    : ['packages/core/src/**/*.test.ts', 'test/unit/**/*.test.ts'];

export default defineConfig({
  ...sourceResolution,
  resolve: {
    ...sourceResolution.resolve,
    alias: [
      { find: /^fast-check$/, replacement: here('./stryker/fast-check-capped.ts') },
      { find: /^@essaimage\/core$/, replacement: here('./packages/core/src/index.ts') },
      { find: /^@essaimage\/core\/node$/, replacement: here('./packages/core/src/node/index.ts') },
      {
        find: /^@essaimage\/core\/internals$/,
        replacement: here('./packages/core/src/internals.ts'),
      },
      { find: /^@essaimage\/core\/data\//, replacement: here('./packages/core/data/') },
    ],
  },
  test: {
    include,
    // Hostile catalogues through the whole CLI: seconds per mutant for what catalogue-io's unit
    // tests check one reader at a time (it still runs in `npm test`).
    exclude: ['test/unit/catalogue-properties.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
