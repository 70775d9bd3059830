/**
 * The packages as a consumer gets them (`npm run test:packages`, run by .ci/run after npm test):
 * pack @essaimage/core and @essaimage/cli, lint the packages (publint, arethetypeswrong), install
 * the tarballs in a fresh folder outside the repository from the npm cache, then
 * - run core's README's Node example with plain node (Saverdun first),
 * - type-check it as a strict nodenext project,
 * - build core's README's browser example with Vite and rank a need in Chromium,
 * - run the installed `essaimage --version` and a `recommend`.
 * Each step prints a line; the first failure stops with its output.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../e2e/support/chromium';
import { coreReadmeExamples, STRICT_TSCONFIG, viteAppFiles } from './consumer-files';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const work = mkdtempSync(join(tmpdir(), 'essaimage-consumer-'));
const NEED = 'mettre des vélos en libre-service gratuits pour les habitants';
let passed = 0;

function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) failed:\n${e.stdout}\n${e.stderr}`);
  }
}

function check(what: string, ok: boolean, found: string): void {
  if (!ok) throw new Error(`${what}: expected it to hold, found:\n${found}`);
  passed++;
  console.log(`ok ${passed} - ${what}`);
}

async function main(): Promise<void> {
  // Build, pack (the build done: prepack would print into pack's JSON), lint what is packed.
  run('npm', ['run', 'build:packages'], root);
  const packs = join(work, 'packs');
  mkdirSync(packs);
  const packed = JSON.parse(
    run(
      'npm',
      [
        'pack',
        '--json',
        '--ignore-scripts',
        '--pack-destination',
        packs,
        '-w',
        '@essaimage/core',
        '-w',
        '@essaimage/cli',
      ],
      root,
    ),
  ) as { filename: string }[];
  const tarballs = packed.map((p) => join(packs, p.filename));
  check('npm pack writes both tarballs', tarballs.length === 2, JSON.stringify(packed));
  for (const dir of ['packages/core', 'packages/cli']) {
    const report = run(bin('publint'), ['run', '--strict', dir], root);
    check(`publint reports nothing on ${dir}`, /All good/.test(report), report);
  }
  for (const tarball of tarballs) {
    // ESM only: attw exits non-zero (run throws) on any problem but the CommonJS ones ignored.
    const report = run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii'], root);
    check(
      `arethetypeswrong reports nothing on ${tarball}`,
      report.includes('node16 (from ESM)'),
      report,
    );
  }

  // A fresh project outside the repository, installed from the npm cache (the registry only for what it lacks).
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  const typesNode = JSON.parse(
    readFileSync(join(root, 'node_modules/@types/node/package.json'), 'utf8'),
  ) as { version: string };
  run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      ...tarballs,
      `@types/node@${typesNode.version}`,
    ],
    app,
  );
  check('the tarballs install from the npm cache in a fresh folder', true, '');

  const { node, browser } = coreReadmeExamples(root);
  writeFileSync(join(app, 'example.mjs'), node);
  const printed = run(process.execPath, ['example.mjs'], app);
  check(
    "plain node runs core's README's example, Saverdun first",
    /^\S+ .*— Saverdun$/m.test(printed.split('\n')[0] ?? ''),
    printed,
  );

  writeFileSync(join(app, 'example.ts'), node);
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(STRICT_TSCONFIG));
  const typed = run(bin('tsc'), ['-p', 'tsconfig.json'], app);
  check('a strict nodenext project type-checks the example', typed.trim() === '', typed);

  const version = run(join(app, 'node_modules/.bin/essaimage'), ['--version'], app).trim();
  const expected = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')) as {
    version: string;
  };
  check('the installed essaimage --version', version === expected.version, version);
  const ranked = JSON.parse(
    run(
      join(app, 'node_modules/.bin/essaimage'),
      ['recommend', '--need', NEED, '--commune', '09225', '--json'],
      app,
    ),
  ) as { results: { collectivity: { name: string } }[] };
  const first = ranked.results[0]?.collectivity.name ?? '';
  check('the installed essaimage recommend ranks Saverdun first', first === 'Saverdun', first);

  // A Vite app (the repository's Vite, the consumer's node_modules) in Debian's Chromium.
  for (const [name, text] of Object.entries(viteAppFiles(browser))) {
    writeFileSync(join(app, name), text);
  }
  const { build, preview } = await import('vite');
  await build({
    root: app,
    configFile: false,
    logLevel: 'error',
    build: { outDir: 'dist', target: 'es2022' },
  });
  const server = await preview({
    root: app,
    configFile: false,
    preview: { host: '127.0.0.1', port: 0 },
  });
  const browserInstance = await launchChromium();
  try {
    const page = await browserInstance.newPage();
    const url = server.resolvedUrls?.local[0] ?? '';
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    await page.goto(url);
    await page.waitForSelector('body[data-done]', { timeout: 30_000 }).catch(() => {
      throw new Error(`the Vite app never finished: ${failures.join('; ') || 'no error'}`);
    });
    const names = (await page.textContent('#out')) ?? '';
    check(
      'a Vite app ranks the need in Chromium, Saverdun first',
      names.split('\n')[0] === 'Saverdun',
      names,
    );
    const patched = await page.getAttribute('body', 'data-reflect-patched');
    check(
      'core patches no global at import (Reflect.getMetadata)',
      patched === 'false',
      String(patched),
    );
  } finally {
    await browserInstance.close();
    await server.close();
  }
  console.log(`${passed} passed, 0 failed`);
}

try {
  await main();
  rmSync(work, { recursive: true, force: true });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.log(`${passed} passed, 1 failed (work folder kept: ${work})`);
  process.exitCode = 1;
}
