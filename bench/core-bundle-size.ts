/**
 * `npm run bench:bundle`: what @essaimage/core adds to a browser bundle, built (minified, tree
 * shaken) by Vite from the package's dist/ as a consumer gets it. Two apps: core's README
 * browser example (engine, validation, compact geography), and one that uses every public
 * export, and the engine alone. Prints raw and gzip sizes of the JavaScript; the figures go to BENCHMARKS.md.
 * Builds the packages first (--no-build to skip).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = fileURLToPath(new URL('.cache/bundle-size/', import.meta.url));

const APPS: Record<string, string> = {
  'README browser example': `import { createEssaimage, geographyFromCompact, readCatalogue } from '@essaimage/core';
export function rank(compact, records, policyAreas, need) {
  const geography = geographyFromCompact(compact);
  const { practices } = readCatalogue(records, { geography, policyAreas: new Set(policyAreas.map((a) => a.code)) });
  return createEssaimage({ practices, geography, policyAreas }).recommend({ need, target: {} });
}`,
  'the engine alone (practices already validated)': `import { createEssaimage, geographyFromCompact } from '@essaimage/core';
export function rank(compact, practices, need) {
  const geography = geographyFromCompact(compact);
  return createEssaimage({ practices, geography }).recommend({ need, target: {} });
}`,
  'every public export': `import * as core from '@essaimage/core';
export const all = Object.values(core);`,
};

async function gzipSize(name: string, code: string): Promise<{ raw: number; gzip: number }> {
  const entry = `${dir}${name.replace(/\W+/g, '-')}.js`;
  writeFileSync(entry, code);
  const output = (await build({
    configFile: false,
    logLevel: 'error',
    build: {
      write: false,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: 'app' },
      minify: true,
      // DuckDB-wasm is the embedder's (an optional peer): core only receives an instance.
      rollupOptions: { external: [/^@duckdb\//] },
    },
  })) as Rollup.RollupOutput[];
  const chunks = output.flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  const text = chunks.map((c) => c.code).join('\n');
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
}

if (!process.argv.includes('--no-build')) {
  execFileSync('npm', ['run', 'build:packages'], { cwd: root, stdio: 'ignore' });
}
mkdirSync(dir, { recursive: true });
for (const [name, code] of Object.entries(APPS)) {
  const { raw, gzip } = await gzipSize(name, code);
  console.log(
    `bench:bundle: ${name}: ${(raw / 1024).toFixed(1)} KB minified, ${(gzip / 1024).toFixed(1)} KB gzip`,
  );
}
