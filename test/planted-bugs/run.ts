/**
 * `npm run planted-bugs [-- NN ...]`: plants each bug of bugs.ts, one at a time, in a temporary
 * copy of the working tree (the repository itself is never edited), runs the test files named
 * for it, and prints a table: at least one of them must turn red. First the same files run on the
 * unpatched copy, which must be green, or a red would prove nothing. Exits 1 when a bug
 * survives, a patch no longer applies (the code it edits has changed: plant it again), or the
 * baseline fails.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLANTED_BUGS, type PlantedBug } from './bugs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PATCHES = fileURLToPath(new URL('./', import.meta.url));
const WORKSPACES: Record<string, string> = {
  core: 'packages/core',
  cli: 'packages/cli',
  dashboard: 'apps/dashboard',
};

/** A copy of the tracked and untracked (not ignored) files, with node_modules linked. */
function copyOfWorkingTree(): string {
  const copy = mkdtempSync(join(tmpdir(), 'essaimage-planted-'));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(ROOT, file), join(copy, file), { dereference: false, errorOnExist: false });
  }
  // Every dependency links to the repository's node_modules, except the workspaces: through
  // the repository's links they would resolve to its unpatched sources. Vite's caches stay
  // the copy's own.
  const modules = join(copy, 'node_modules');
  mkdirSync(join(modules, '@essaimage'), { recursive: true });
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === '@essaimage' || entry === '.vite' || entry === '.vite-temp') continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
  }
  for (const [name, path] of Object.entries(WORKSPACES)) {
    symlinkSync(join('..', '..', path), join(modules, '@essaimage', name));
  }
  return copy;
}

function gitApply(copy: string, bug: PlantedBug, reverse: boolean): boolean {
  const args = ['apply', ...(reverse ? ['-R'] : []), join(PATCHES, `${bug.patch}.patch`)];
  return spawnSync('git', args, { cwd: copy, stdio: 'ignore' }).status === 0;
}

/** Whether the test file passes in the copy. */
function passes(copy: string, file: string): boolean {
  const run = spawnSync('npx', ['vitest', 'run', file], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
  });
  return run.status === 0;
}

const only = process.argv.slice(2);
const bugs = PLANTED_BUGS.filter(
  (b) => only.length === 0 || only.some((n) => b.patch.startsWith(n)),
);
const copy = copyOfWorkingTree();
let failed = false;
try {
  const files = [...new Set(bugs.flatMap((b) => b.tests))];
  for (const file of files) {
    if (!passes(copy, file)) {
      console.error(`Sans bug planté, ${file} échoue déjà : corrigez-le d'abord.`);
      failed = true;
    }
  }
  if (failed) process.exit(1);
  console.log('| planted bug | test file | result |');
  console.log('|---|---|---|');
  for (const bug of bugs) {
    if (!gitApply(copy, bug, false)) {
      console.log(`| ${bug.patch} | — | patch no longer applies |`);
      failed = true;
      continue;
    }
    let caught = false;
    for (const file of bug.tests) {
      const red = !passes(copy, file);
      caught ||= red;
      console.log(`| ${bug.patch} | ${file} | ${red ? 'red' : 'green'} |`);
    }
    if (!caught) failed = true;
    if (!gitApply(copy, bug, true)) throw new Error(`${bug.patch}: could not be reverted`);
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
