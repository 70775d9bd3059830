/**
 * Prepare the dashboard's data at build time (Node only): the enriched bundled corpus, the
 * policy-area taxonomy, and the official geography in compact columnar form. Writes
 * apps/dashboard/public/generated/ (git-ignored); skips the work when outputs are newer than
 * their inputs.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createEssaimage, packGeography, packPostcodes, TfIdfIndex } from '@essaimage/core';
import {
  DATA_DIR,
  loadBundledCorpus,
  loadOfficialGeography,
  loadPolicyAreas,
} from '@essaimage/core/node';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'public', 'generated');
const require = createRequire(import.meta.url);
const COMMUNES_FILE = require.resolve('@etalab/decoupage-administratif/data/communes.json');

/** INSEE code → postcodes, for current communes and municipal arrondissements. */
function officialPostcodes(): Map<string, string[]> {
  const communes = JSON.parse(readFileSync(COMMUNES_FILE, 'utf8')) as {
    code: string;
    type: string;
    codesPostaux?: string[];
  }[];
  return new Map(
    communes
      .filter((c) => c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal')
      .map((c) => [c.code, c.codesPostaux ?? []]),
  );
}

// index.bin depends on core's code too (the text analysis, the fields indexed, the format,
// which the dashboard's engine refuses in another version): any source of core counts.
const coreSources = join(here, '..', '..', '..', 'packages', 'core', 'src');
const inputs = [
  join(DATA_DIR, 'practices.json'),
  join(DATA_DIR, 'policy-areas.json'),
  COMMUNES_FILE,
  fileURLToPath(import.meta.url),
  ...readdirSync(coreSources, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => join(coreSources, file)),
];
const outputs = [
  'corpus.json',
  'policy-areas.json',
  'geography.json',
  'postcodes.json',
  'index.bin',
].map((f) => join(outDir, f));

const newest = Math.max(...inputs.map((f) => statSync(f).mtimeMs));
const upToDate = outputs.every((f) => existsSync(f) && statSync(f).mtimeMs >= newest);
if (upToDate && !process.argv.includes('--force')) {
  console.log('build:data: apps/dashboard/public/generated is up to date');
  process.exit(0);
}

mkdirSync(outDir, { recursive: true });
const geography = loadOfficialGeography();
const compactGeography = packGeography(geography.entities(), geography.regions());
const files: Record<string, unknown> = {
  'corpus.json': loadBundledCorpus(),
  'policy-areas.json': loadPolicyAreas(),
  'geography.json': compactGeography,
  'postcodes.json': packPostcodes(compactGeography, officialPostcodes()),
};
for (const [name, value] of Object.entries(files)) {
  const text = JSON.stringify(value);
  writeFileSync(join(outDir, name), text);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`build:data: ${name} ${kb(text.length)} (gzip ${kb(gzipSync(text).length)})`);
}
// The corpus's TF-IDF index, serialised: the dashboard starts its engine from it instead of
// analysing every text in the browser before the first results.
const practices = files['corpus.json'] as ReturnType<typeof loadBundledCorpus>;
const engine = createEssaimage({
  practices,
  geography,
  policyAreas: files['policy-areas.json'] as ReturnType<typeof loadPolicyAreas>,
});
if (!(engine.index instanceof TfIdfIndex)) throw new Error('build:data: expected a TfIdfIndex');
const index = engine.index.serialize();
writeFileSync(join(outDir, 'index.bin'), index);
console.log(
  `build:data: index.bin ${(index.length / 1024).toFixed(0)} KB (gzip ${(gzipSync(index).length / 1024).toFixed(0)} KB)`,
);
const raw = readFileSync(COMMUNES_FILE);
console.log(`build:data: (raw communes.json was ${(raw.length / 1e6).toFixed(1)} MB)`);
