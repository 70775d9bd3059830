/**
 * `npm run bench`: the engine against natural's TfIdf and MiniSearch, and DuckDB, on synthetic
 * catalogues of 1,000, 10,000 and 100,000 practices, all in one run. Prints a table and writes
 * bench/results.json. Options: --sizes=1000,10000 and --skip=natural,minisearch,duckdb.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createEssaimage, TfIdfIndex, type PracticeRecord } from '@essaimage/core';
import { loadBundledCorpus } from '@essaimage/core/node';
import {
  BENCH_SEED,
  CACHE_DIR,
  catalogueFiles,
  enrichRecords,
  loadCatalogueSources,
} from './catalogue-cache';
import { describeMachine, describeRevision } from './measure/machine';
import { canCollectGarbage } from './measure/memory';
import { BENCH_NEEDS, BENCH_TARGET, TOP } from './measure/needs';
import { timeOnce, type LatencyOptions } from './measure/timing';
import { formatTable, ratio, type SizeResult } from './report';
import { runDuckDBSuite } from './suites/duckdb-suite';
import { meanCandidateShare, runEssaimageSuite } from './suites/essaimage-suite';
import { runMiniSearchSuite } from './suites/minisearch-suite';
import { runNaturalSuite } from './suites/natural-suite';
import type { Alongside } from './suites/suite-result';

const DEFAULT_SIZES = [1_000, 10_000, 100_000];
// The engine's passes over the needs after each pass of an alternative's (measureAlternating).
const ENGINE_PASSES_BETWEEN = 5;

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

/** Timed passes over the 20 needs: more on small catalogues, where a query is microseconds. */
function plan(size: number): {
  engine: LatencyOptions;
  similar: LatencyOptions;
  natural: LatencyOptions;
  minisearch: LatencyOptions;
} {
  if (size <= 1_000) {
    return {
      engine: { warmupRounds: 10, rounds: 100 },
      similar: { warmupRounds: 5, rounds: 20 },
      natural: { warmupRounds: 2, rounds: 20 },
      minisearch: { warmupRounds: 5, rounds: 50 },
    };
  }
  if (size <= 10_000) {
    return {
      engine: { warmupRounds: 5, rounds: 50 },
      similar: { warmupRounds: 3, rounds: 10 },
      natural: { warmupRounds: 1, rounds: 5 },
      minisearch: { warmupRounds: 2, rounds: 10 },
    };
  }
  // natural scans every document on every query (0.1–0.5 s at 100,000) and MiniSearch merges
  // long posting lists (0.25–1 s): two timed passes of the 20 needs each, for the engine's
  // passes to alternate with.
  return {
    engine: { warmupRounds: 3, rounds: 25 },
    similar: { warmupRounds: 2, rounds: 6 },
    natural: { warmupRounds: 1, rounds: 2 },
    minisearch: { warmupRounds: 1, rounds: 2 },
  };
}

function attempt<T>(what: string, run: () => T): T | { error: string } {
  try {
    return run();
  } catch (error) {
    console.error(`bench: ${what} failed:`, error);
    return { error: String(error) };
  }
}

async function attemptAsync<T>(
  what: string,
  run: () => Promise<T>,
): Promise<T | { error: string }> {
  try {
    return await run();
  } catch (error) {
    console.error(`bench: ${what} failed:`, error);
    return { error: String(error) };
  }
}

async function main(): Promise<void> {
  const sizes = option('sizes')?.split(',').map(Number) ?? DEFAULT_SIZES;
  const skip = new Set(option('skip')?.split(',') ?? []);
  if (!canCollectGarbage) {
    console.warn(
      'bench: run with node --expose-gc (npm run bench does) for settled memory figures',
    );
  }
  const machine = describeMachine();
  console.log(
    `bench: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}`,
  );
  const sources = loadCatalogueSources();
  // How much of the real corpus a need touches: the synthetic catalogues should be no kinder.
  const bundled = createEssaimage({
    practices: loadBundledCorpus(),
    geography: sources.geography,
    policyAreas: sources.policyAreas,
  });
  const realCandidateShare = meanCandidateShare(
    bundled.index as TfIdfIndex,
    BENCH_NEEDS,
    bundled.size,
  );
  console.log(
    `bench: on the bundled corpus a need touches ${Math.round(realCandidateShare * 100)} % of practices`,
  );
  const results: SizeResult[] = [];
  for (const size of sizes) {
    const started = performance.now();
    const files = catalogueFiles(size, BENCH_SEED, sources);
    let records: PracticeRecord[] = [];
    const parseMs = timeOnce(() => {
      records = JSON.parse(readFileSync(files.json, 'utf8')) as PracticeRecord[];
    });
    let practices = enrichRecords([], sources);
    const readCatalogueMs = timeOnce(() => {
      practices = enrichRecords(records, sources);
    });
    records = [];
    const timing = plan(size);
    console.log(`bench: ${size} practices — Essaimage…`);
    const { result: essaimage, engine } = runEssaimageSuite(
      practices,
      sources.geography,
      sources.policyAreas,
      BENCH_NEEDS,
      timing.engine,
      timing.similar,
    );
    const result: SizeResult = { size, catalogue: { parseMs, readCatalogueMs }, essaimage };
    // The engine again, in passes alternating with each alternative's: the ratios are taken
    // from those.
    const recommend: Alongside = {
      run: (need) => engine.recommend({ need, target: BENCH_TARGET, top: TOP }),
      passes: ENGINE_PASSES_BETWEEN,
    };
    if (!skip.has('natural')) {
      console.log(`bench: ${size} practices — natural TfIdf…`);
      result.natural = attempt('natural', () =>
        runNaturalSuite(practices, sources.policyAreas, BENCH_NEEDS, timing.natural, recommend),
      );
    }
    if (!skip.has('minisearch')) {
      console.log(`bench: ${size} practices — MiniSearch…`);
      result.minisearch = attempt('MiniSearch', () =>
        runMiniSearchSuite(
          practices,
          sources.policyAreas,
          BENCH_NEEDS,
          timing.minisearch,
          recommend,
        ),
      );
    }
    if (!skip.has('duckdb')) {
      console.log(`bench: ${size} practices — DuckDB…`);
      result.duckdb = await attemptAsync('DuckDB', () => runDuckDBSuite(files.csv));
    }
    results.push(result);
    console.log(
      `bench: ${size} practices done in ${((performance.now() - started) / 1000).toFixed(0)} s ` +
        `(recommend p50 ${result.essaimage.query.p50.toFixed(2)} ms; ` +
        `vs natural ${ratio(result.natural, essaimage)?.toFixed(0) ?? '—'}×, ` +
        `vs MiniSearch ${ratio(result.minisearch, essaimage)?.toFixed(0) ?? '—'}×)`,
    );
  }
  console.log('\n' + formatTable(results));
  const loadAtEnd = Math.round((loadavg()[0] ?? 0) * 100) / 100;
  console.log(`\nbench: load average ${machine.loadAverage} at start, ${loadAtEnd} at end`);
  const out = join(CACHE_DIR, '..', 'results.json');
  writeFileSync(
    out,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine,
        revision: describeRevision(),
        loadAverageAtEnd: loadAtEnd,
        seed: BENCH_SEED,
        needs: BENCH_NEEDS,
        target: BENCH_TARGET,
        gcExposed: canCollectGarbage,
        realCandidateShare,
        results,
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`\nbench: wrote ${out}`);
}

await main();
