#!/usr/bin/env node
// The CLI is written in TypeScript and run through tsx: nothing to build after `npm install`.
import { register } from 'tsx/esm/api';

register();
// `essaimage practices --json | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
