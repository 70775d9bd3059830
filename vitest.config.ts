import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { sourceResolution } from './source-conditions';

// Three projects: fast unit tests in Node; the dashboard's components in a real Chromium (Lit
// needs a real DOM, not jsdom); end-to-end tests (CLI processes, the dashboard in a real
// Chromium) that start servers and so run one file at a time.
export default defineConfig({
  ...sourceResolution,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/**/*.test.ts', 'test/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        // The dashboard's Lit elements and d3 chart modules, rendered in Debian's Chromium.
        // Pre-bundled so that Vite does not reload the page mid-run when it discovers them.
        optimizeDeps: {
          include: ['lit', 'lit/decorators.js', 'd3', '@svg-maps/france.regions'],
        },
        test: {
          name: 'components',
          include: ['apps/dashboard/src/**/*.test.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--disable-sync',
                  '--no-first-run',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
