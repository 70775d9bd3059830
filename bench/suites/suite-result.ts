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
  /** How it was configured and measured, in a sentence. */
  note: string;
}
