import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkPracticeRecord,
  readCatalogue,
  type Practice,
  type PracticeRecord,
} from '@essaimage/core';
import { loadOfficialGeography, loadPolicyAreas, readBundledRecords } from '@essaimage/core/node';
import { CatalogueGenerator, type CatalogueSources } from './generate-catalogue';
import { catalogueToCsv } from './generator/catalogue-csv';

/** Where generated catalogues are kept between runs (git-ignored). */
export const CACHE_DIR = join(dirname(fileURLToPath(import.meta.url)), '.cache');

/**
 * Bumped whenever the generator changes what it draws or the record its shape, so cached
 * catalogues are redrawn (3: the transfer facts of issue 16).
 */
export const GENERATOR_VERSION = 3;

/** The default seed of the benchmark's catalogues. */
export const BENCH_SEED = 20_251;

/** The real corpus, the taxonomy and the official geography, read from the repository. */
export function loadCatalogueSources(): CatalogueSources {
  const corpus = readBundledRecords().map((raw, i) => {
    const checked = checkPracticeRecord(raw);
    if (!checked.ok) throw new Error(`data/practices.json record ${i + 1} is invalid`);
    return checked.record;
  });
  return { corpus, policyAreas: loadPolicyAreas(), geography: loadOfficialGeography() };
}

/** The files of one generated catalogue. */
export interface CatalogueFiles {
  json: string;
  csv: string;
}

/** The cached files of the catalogue of `count` practices for `seed`, generated when missing. */
export function catalogueFiles(
  count: number,
  seed = BENCH_SEED,
  sources?: CatalogueSources,
): CatalogueFiles {
  mkdirSync(CACHE_DIR, { recursive: true });
  const base = join(CACHE_DIR, `catalogue-${count}-seed${seed}-v${GENERATOR_VERSION}`);
  const files = { json: `${base}.json`, csv: `${base}.csv` };
  if (!existsSync(files.json) || !existsSync(files.csv)) {
    const records = new CatalogueGenerator(sources ?? loadCatalogueSources()).generate(count, seed);
    writeFileSync(files.json, JSON.stringify(records));
    writeFileSync(files.csv, catalogueToCsv(records));
  }
  return files;
}

/** The raw records of the cached catalogue. */
export function readCachedRecords(files: CatalogueFiles): PracticeRecord[] {
  return JSON.parse(readFileSync(files.json, 'utf8')) as PracticeRecord[];
}

/** Validate and enrich records as any catalogue is read; throws if one is rejected. */
export function enrichRecords(
  records: readonly unknown[],
  sources: Pick<CatalogueSources, 'geography' | 'policyAreas'>,
): Practice[] {
  const read = readCatalogue(records, {
    geography: sources.geography,
    policyAreas: new Set(sources.policyAreas.map((a) => a.code)),
  });
  if (read.problems.length > 0) {
    throw new Error(`generated catalogue rejected: ${JSON.stringify(read.problems.slice(0, 3))}`);
  }
  return read.practices;
}
