import {
  createEssaimage,
  TfIdfIndex,
  type Essaimage,
  type Geography,
  type PolicyArea,
  type Practice,
} from '@essaimage/core';
import { collectGarbage, memoryHeldSince, settledMemory, type MemoryHeld } from '../measure/memory';
import { BENCH_TARGET, TOP } from '../measure/needs';
import {
  measureLatency,
  summarise,
  timeOnce,
  type Latency,
  type LatencyOptions,
} from '../measure/timing';
import { frenchAnalyzer } from './analyzed-practice';
import type { SearchSuiteResult } from './suite-result';

/** What the engine's run reports at one catalogue size. */
export interface EssaimageSuiteResult extends SearchSuiteResult {
  /** `recommend`: text relevance, all six fit criteria, explanations, top 10. */
  query: Latency;
  /**
   * The first `recommend` for each of a few new targets: no fit bound is known yet, and the
   * query computes those of the practices it reaches.
   */
  newTarget: Latency;
  /** Distinct terms in the index's dictionary. */
  terms: number;
  /** Mean share of the catalogue a need's terms touch (candidates scored by the index). */
  candidateShare: number;
  /** The text index alone (`TfIdfIndex.search`, top 10): what the index costs of a query. */
  textOnly: Latency;
  /** `similar(id, { top: 10 })`, re-ranked for the practice's own collectivity. */
  similar: Latency;
  /** Left out above the reload's size cap (at a million, its bytes would double the index). */
  serialised?: IndexReload;
}

/** The engine's index serialised and loaded back. */
export interface IndexReload {
  bytes: number;
  serialiseMs: number;
  /** `TfIdfIndex.deserialize` and the first query (postings and norms ready), p50 of a few. */
  loadMs: number;
  loadRuns: number[];
  /** The loaded index answers the first need exactly as the built one. */
  sameResults: boolean;
}

/**
 * `TfIdfIndex.serialize()`, then `TfIdfIndex.deserialize` and the first query five times: what
 * reloading the index costs.
 */
export function measureReload(index: TfIdfIndex, need: string): IndexReload {
  let bytes: Uint8Array = new Uint8Array(0);
  const serialiseMs = timeOnce(() => {
    bytes = index.serialize();
  });
  const loadRuns: number[] = [];
  let loaded: TfIdfIndex | undefined;
  for (let run = 0; run < 5; run++) {
    const analyzer = frenchAnalyzer();
    loaded = undefined;
    loadRuns.push(
      timeOnce(() => {
        loaded = TfIdfIndex.deserialize(bytes, analyzer);
        loaded.refresh();
      }),
    );
  }
  const sameResults =
    JSON.stringify((loaded as TfIdfIndex).search(need, TOP)) ===
    JSON.stringify(index.search(need, TOP));
  return {
    bytes: bytes.byteLength,
    serialiseMs,
    loadMs: summarise(loadRuns).p50,
    loadRuns,
    sameResults,
  };
}

/** The ids `similar` is timed on: spread evenly over the catalogue. */
function spreadIds(all: readonly string[], count: number): string[] {
  const step = Math.max(1, Math.floor(all.length / count));
  const ids: string[] = [];
  for (let i = 0; i < all.length && ids.length < count; i += step) ids.push(all[i]!);
  return ids;
}

/** Mean share of `size` documents a need's terms touch in the index. */
export function meanCandidateShare(
  index: TfIdfIndex,
  needs: readonly string[],
  size: number,
): number {
  let sum = 0;
  for (const need of needs) {
    let sharing = 0;
    for (const score of index.scoreAll(need).scores) if (score > 0) sharing += 1;
    sum += sharing / size;
  }
  return sum / needs.length;
}

/** The engine's text index (a TfIdfIndex, the default). */
export function textIndexOf(engine: Essaimage): TfIdfIndex {
  const index = engine.index;
  if (!(index instanceof TfIdfIndex)) throw new Error('the engine’s index is not a TfIdfIndex');
  return index;
}

/**
 * Build the engine on the catalogue (`createEssaimage`, then `add` for each batch of `size`
 * practices as they are read, one thread: on this 2-core machine the two-thread
 * `buildEssaimage` measured slower, 4.3 s against 3.0 s at 100,000) and time its queries, its
 * index's size and reload; returns the engine too, for the alternatives' runs to time it
 * alongside them. The batches are let go once added: at a million the practice objects would
 * take 3 GB or more, the engine holds them in some 500 MB (see `PracticeStore`).
 */
export function runEssaimageSuite(
  batches: Iterable<Practice[]>,
  size: number,
  geography: Geography,
  policyAreas: readonly PolicyArea[],
  needs: readonly string[],
  timing: LatencyOptions,
  similarTiming: LatencyOptions,
): { result: EssaimageSuiteResult; engine: Essaimage } {
  const before = settledMemory();
  const built = createEssaimage({ geography, policyAreas });
  built.index.expect?.(size);
  const ids: string[] = [];
  const firsts: Practice[] = [];
  // The time of `add` and of the first refresh only, not that of reading the batches.
  let buildMs = 0;
  for (const batch of batches) {
    buildMs += timeOnce(() => built.add(batch));
    for (const practice of batch) ids.push(practice.id);
    if (firsts.length === 0) firsts.push(...batch.slice(0, 9));
    // The batch's lines, records and practices, gone: under --max-old-space-size=8192 V8 lets
    // such garbage pile up to gigabytes at a million before collecting it, and the peak RSS
    // would show that instead of what the process holds. Not timed: no part of the build.
    collectGarbage();
  }
  const index = textIndexOf(built);
  // The postings and norms are built at the first read: count them in the build.
  buildMs += timeOnce(() => index.refresh());
  const memory: MemoryHeld = memoryHeldSince(before);

  const query = measureLatency(
    needs,
    (need) => built.recommend({ need, target: BENCH_TARGET, top: TOP }),
    timing,
  );
  // Each of these targets is new to the engine: its first query starts with no fit bound.
  const newTargets = firsts.map((p) => ({
    kind: p.collectivity.kind,
    population: p.population ?? 10_000,
    region: p.region ?? '84',
    budget: 50_000,
  }));
  const newTarget = summarise(
    newTargets.map((target, i) =>
      timeOnce(() =>
        built.recommend({ need: needs[i % needs.length] as string, target, top: TOP }),
      ),
    ),
  );
  const candidateShare = meanCandidateShare(index, needs, built.size);
  const textOnly = measureLatency(needs, (need) => index.search(need, TOP), timing);
  const similar = measureLatency(
    spreadIds(ids, 50),
    (id) => built.similar(id, { top: TOP }),
    similarTiming,
  );

  return {
    engine: built,
    result: {
      buildMs,
      memory,
      query,
      newTarget,
      candidateShare,
      terms: index.termCount,
      textOnly,
      similar,
      note:
        'createEssaimage, add by batches of 10,000 + index.refresh(); recommend for a 2,587-inhabitant commune with budget ' +
        'and staff, full transferability and explanations, top 10',
    },
  };
}
