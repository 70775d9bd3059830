import type { PolicyArea, Practice } from '@essaimage/core';
import type { MemoryHeld } from '../measure/memory';
import type { Quality, QualityJudge } from '../measure/quality';
import type { Latency, LatencyOptions } from '../measure/timing';

/** The engine's query, to time alongside a library's: `passes` of its own after each of theirs. */
export interface Alongside {
  run: (need: string) => unknown;
  passes: number;
}

/** What a search library's suite is given: the catalogue, the needs, how to time and judge. */
export interface SuiteRun {
  practices: readonly Practice[];
  policyAreas: readonly PolicyArea[];
  needs: readonly string[];
  timing: LatencyOptions;
  /** The engine's query, timed in passes between the library's. */
  alongside?: Alongside;
  /** Rates the library's top 10 against the exact cosines and the engine's. */
  judge?: QualityJudge;
}

/** What every search library's run reports, at one catalogue size. */
export interface SearchSuiteResult {
  /** Time to index the whole catalogue, ready to answer, in ms. */
  buildMs: number;
  /** Memory the index holds once built (the practices themselves were loaded before). */
  memory: MemoryHeld;
  /** The benchmark's free-text queries, top 10. */
  query: Latency;
  /**
   * The engine's `recommend` on the same needs, timed in passes alternating with this
   * library's (see `measureAlternating`): `between` in its own passes, what the ratio is
   * computed from (the engine's own run, a minute earlier, may have met another machine
   * speed); `rightAfter` each call right after this library's, on the caches it left.
   */
  alongside?: { between: Latency; rightAfter: Latency };
  /** Its top 10 against the exact TF-IDF cosines and the engine's (see `QualityJudge`). */
  quality?: Quality;
  /** How it was configured and measured, in a sentence. */
  note: string;
}
