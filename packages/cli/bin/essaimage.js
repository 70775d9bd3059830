#!/usr/bin/env node
// The `essaimage` command. Installed from npm, it runs the built JavaScript of dist/. Inside the
// repository (where src/ is beside dist/, which the package does not ship), it runs the
// TypeScript sources through tsx, a devDependency of the repository: always the current code,
// nothing to rebuild; `npm run build:packages` then `node packages/cli/dist/bin.js` runs the
// built files there.
import { existsSync } from 'node:fs';
import { register } from 'node:module';

const sources = new URL('../src/bin.ts', import.meta.url);
if (existsSync(sources)) {
  const { register: registerTsx } = await import('tsx/esm/api');
  registerTsx();
  // @essaimage/core resolves to its sources too (the condition its exports list first).
  register(new URL('./source-condition-hook.js', import.meta.url));
  await import(sources.href);
} else {
  await import('../dist/bin.js');
}
