import type { Quality } from '../measure/quality';
import { measureAlternating, measureLatency, type Latency } from '../measure/timing';
import type { SearchSuiteResult, SuiteRun } from './suite-result';

/** A library's search as a suite times it: on its own inputs (needs, or their analysed terms). */
export interface TimedSearch<T> {
  inputs: readonly T[];
  /** The need an input stands for (the engine's query alongside it). */
  needOf: (input: T) => string;
  search: (input: T) => unknown;
  /** The ids of its results, best first, for the quality judge. */
  topIds: (input: T) => readonly string[];
}

/**
 * Time a library's search over the needs — in passes alternating with the engine's when
 * `run.alongside` is given — and judge its top 10: the query figures every suite reports.
 */
export function measureSearch<T>(
  timed: TimedSearch<T>,
  run: Pick<SuiteRun, 'timing' | 'alongside' | 'judge'>,
): Pick<SearchSuiteResult, 'query' | 'alongside' | 'quality'> {
  const { inputs, needOf, search, topIds } = timed;
  const { alongside, judge, timing } = run;
  let query: Latency;
  let engine: { between: Latency; rightAfter: Latency } | undefined;
  if (alongside) {
    const both = measureAlternating(
      inputs,
      search,
      (input) => alongside.run(needOf(input)),
      timing,
      alongside.passes,
    );
    query = both.first;
    engine = { between: both.second, rightAfter: both.secondRightAfter };
  } else {
    query = measureLatency(inputs, search, timing);
  }
  const byNeed = new Map(inputs.map((input) => [needOf(input), input]));
  const quality: Quality | undefined = judge?.judge((need) => {
    const input = byNeed.get(need);
    return input === undefined ? [] : topIds(input);
  });
  return { query, ...(engine ? { alongside: engine } : {}), ...(quality ? { quality } : {}) };
}

/** A search that takes the need's text as it is. */
export function onNeeds<R>(
  needs: readonly string[],
  search: (need: string) => R,
  topIds: (results: R) => readonly string[],
): TimedSearch<string> {
  return { inputs: needs, needOf: (need) => need, search, topIds: (need) => topIds(search(need)) };
}
