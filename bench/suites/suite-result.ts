import type { MemoryHeld } from '../measure/memory';
import type { Latency } from '../measure/timing';

/** What every search library's run reports, at one catalogue size. */
export interface SearchSuiteResult {
  /** Time to index the whole catalogue, ready to answer, in ms. */
  buildMs: number;
  /** Memory the index holds once built (the practices themselves were loaded before). */
  memory: MemoryHeld;
  /** The benchmark's free-text queries, top 10. */
  query: Latency;
  /**
   * The engine's `recommend` on the same needs, each call right after this library's: what the
   * ratio is computed from (the engine's own run, a minute earlier, may have met another
   * machine speed).
   */
  alongside?: Latency;
  /** How it was configured and measured, in a sentence. */
  note: string;
}
