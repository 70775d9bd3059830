import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// natural's root module pulls every backend (pg, redis, mongoose, workers) into a bundle:
// import its parts by module path only.
const naturalRoot = {
  name: 'natural',
  message: 'Import natural by module path (natural/lib/natural/...), never its root.',
};

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'url',
  'module',
  'worker_threads',
  'crypto',
  'stream',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'apps/dashboard/public/**',
      'test/.tmp/**',
      'docs/**',
      'bench/_*.ts', // scratch scripts, git-ignored
      'bench/.cache/**',
      'reports/**',
      '.stryker-tmp*/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { paths: [naturalRoot] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Core runs in the browser too: no Node-only import outside its node/ subpath.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/node/**', 'packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            naturalRoot,
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'core must run in the browser: no Node-only import (use src/node/).',
            })),
          ],
          patterns: [
            {
              group: ['node:*'],
              message: 'core must run in the browser: no Node-only import (use src/node/).',
            },
          ],
        },
      ],
    },
  },
);
