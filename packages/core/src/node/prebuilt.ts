import { existsSync, readFileSync } from 'node:fs';
import type { CompactGeography } from '../geography/compact-geography';
import { geographyFromCompact } from '../geography/compact-geography';
import type { Geography } from '../geography/geography';
import { contentHash } from '../store/content-hash';
import { DATA_DIR } from './bundled-corpus';
import { loadOfficialGeography } from './geography';
import { packagePath, runsFromSources } from './package-path';

// Written by scripts/prebuild-data.js at `npm run build`, shipped in the package.
const COMPACT_GEOGRAPHY = packagePath('dist/geography.compact.json');
const BUNDLED_INDEX = packagePath('dist/corpus.index.bin');
const BUNDLED_INDEX_HASH = packagePath('dist/corpus.index.json');

/**
 * The hash the prebuilt index of the bundled corpus is checked against: the texts it indexes
 * (data/practices.json and the policy-area labels of data/policy-areas.json).
 */
export function bundledCorpusHash(): string {
  const text = ['practices.json', 'policy-areas.json']
    .map((file) => readFileSync(`${DATA_DIR}${file}`, 'utf8'))
    .join('\n');
  return contentHash(text);
}

let compact: Geography | undefined;

/**
 * The official geography from the compact file the package ships (about 0.05 s instead of 0.4 s
 * for `loadOfficialGeography`, the same facts). From the sources, where that file may be
 * missing or older than the code, it is the official geography.
 */
export function loadCompactGeography(): Geography {
  if (runsFromSources || !existsSync(COMPACT_GEOGRAPHY)) return loadOfficialGeography();
  compact ??= geographyFromCompact(
    JSON.parse(readFileSync(COMPACT_GEOGRAPHY, 'utf8')) as CompactGeography,
  );
  return compact;
}

/**
 * The serialised TF-IDF index of the bundled corpus, for `createEssaimage({ prebuiltIndex })`:
 * undefined when the package has none, when it was built from other texts than the bundled
 * corpus now holds, or from the sources (the analyzer's code may have changed since).
 */
export function loadBundledIndex(): Uint8Array | undefined {
  if (runsFromSources || !existsSync(BUNDLED_INDEX) || !existsSync(BUNDLED_INDEX_HASH)) {
    return undefined;
  }
  const { corpusHash } = JSON.parse(readFileSync(BUNDLED_INDEX_HASH, 'utf8')) as {
    corpusHash?: string;
  };
  return corpusHash === bundledCorpusHash() ? readFileSync(BUNDLED_INDEX) : undefined;
}
