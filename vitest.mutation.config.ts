import { defineConfig } from 'vitest/config';

// The unit tests of core and test/unit only, for StrykerJS (stryker.config.mjs): the browser
// and end-to-end projects start servers and Chromium, which a run per mutant cannot afford.
export default defineConfig({
  test: {
    include: ['packages/core/src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
