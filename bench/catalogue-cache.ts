import { existsSync, mkdirSync } from 'node:fs';
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
import { csvLines } from './generator/catalogue-csv';
import { mapIterable, readNdjson, writeLines, writeNdjson } from './generator/line-file';

/** Where generated catalogues are kept between runs (git-ignored). */
export const CACHE_DIR = join(dirname(fileURLToPath(import.meta.url)), '.cache');

/**
 * Bumped whenever the generator changes what it draws or the record its shape, so cached
 * catalogues are redrawn (3: the transfer facts of issue 16).
 */
export const GENERATOR_VERSION = 3;

/** The default seed of the benchmark's catalogues. */
export const BENCH_SEED = 20_251;

/** Records validated and enriched at a time when a cached catalogue is read. */
const READ_BATCH = 10_000;

/** The real corpus, the taxonomy and the official geography, read from the repository. */
export function loadCatalogueSources(): CatalogueSources {
  const corpus = readBundledRecords().map((raw, i) => {
    const checked = checkPracticeRecord(raw);
    if (!checked.ok) throw new Error(`data/practices.json record ${i + 1} is invalid`);
    return checked.record;
  });
  return { corpus, policyAreas: loadPolicyAreas(), geography: loadOfficialGeography() };
}

function cacheBase(count: number, seed: number): string {
  mkdirSync(CACHE_DIR, { recursive: true });
  return join(CACHE_DIR, `catalogue-${count}-seed${seed}-v${GENERATOR_VERSION}`);
}

/**
 * The cached NDJSON file (one record a line) of the catalogue of `count` practices for `seed`,
 * generated when missing, one practice at a time: a million practices never sit in memory.
 */
export function catalogueFile(
  count: number,
  seed = BENCH_SEED,
  sources?: CatalogueSources,
): string {
  const path = `${cacheBase(count, seed)}.ndjson`;
  if (!existsSync(path)) {
    writeNdjson(
      path,
      new CatalogueGenerator(sources ?? loadCatalogueSources()).records(count, seed),
    );
  }
  return path;
}

/** The same catalogue as CSV (the store's import columns), written from the NDJSON when missing. */
export function catalogueCsvFile(
  count: number,
  seed = BENCH_SEED,
  sources?: CatalogueSources,
): string {
  const path = `${cacheBase(count, seed)}.csv`;
  if (!existsSync(path)) {
    writeLines(path, csvLines(readCachedRecords(catalogueFile(count, seed, sources))));
  }
  return path;
}

/** The raw records of a cached catalogue, read one line at a time. */
export function readCachedRecords(path: string): Generator<PracticeRecord> {
  return mapIterable(readNdjson(path), (value) => value as PracticeRecord);
}

/** What reading a cached catalogue cost, in ms, filled in as its batches are read. */
export interface ReadCost {
  /** Reading and parsing the lines. */
  parseMs: number;
  /** Validating and enriching the records (`readCatalogue`). */
  readCatalogueMs: number;
}

/** A cached catalogue read back: its practices and what reading them cost. */
export interface ReadCatalogue extends ReadCost {
  practices: Practice[];
}

/**
 * The practices of a cached catalogue, `READ_BATCH` at a time: its lines parsed and enriched a
 * batch at a time, so that neither the raw records nor the practices of a million need be held
 * at once (the engine's run adds each batch and lets it go). `cost` is filled in as they come.
 * Throws if a record is rejected or an id comes twice.
 */
export function* cachedPracticeBatches(
  path: string,
  sources: Pick<CatalogueSources, 'geography' | 'policyAreas'>,
  cost: ReadCost = { parseMs: 0, readCatalogueMs: 0 },
): Generator<Practice[]> {
  const ids = new Set<string>();
  let batch: PracticeRecord[] = [];
  let reading = performance.now();
  const enriched = (): Practice[] => {
    const start = performance.now();
    cost.parseMs += start - reading;
    const practices = enrichRecords(batch, sources);
    for (const { id } of practices) {
      if (ids.has(id)) throw new Error(`generated catalogue: id ${id} twice`);
      ids.add(id);
    }
    batch = [];
    cost.readCatalogueMs += performance.now() - start;
    return practices;
  };
  for (const record of readCachedRecords(path)) {
    batch.push(record);
    if (batch.length === READ_BATCH) {
      yield enriched();
      reading = performance.now(); // the consumer's time is no part of the reading
    }
  }
  if (batch.length > 0) yield enriched();
}

/** Every practice of a cached catalogue (see {@link cachedPracticeBatches}). */
export function readCachedPractices(
  path: string,
  sources: Pick<CatalogueSources, 'geography' | 'policyAreas'>,
): ReadCatalogue {
  const cost: ReadCost = { parseMs: 0, readCatalogueMs: 0 };
  const practices: Practice[] = [];
  for (const batch of cachedPracticeBatches(path, sources, cost)) {
    for (const practice of batch) practices.push(practice);
  }
  return { practices, ...cost };
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
