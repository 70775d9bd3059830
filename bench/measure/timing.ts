/** Latency percentiles of a set of timed calls, in milliseconds. */
export interface Latency {
  p50: number;
  p95: number;
  mean: number;
  /** How many timed calls they summarise. */
  samples: number;
}

/** The q-quantile (0..1) of sorted samples, by nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

/** p50, p95 and mean of raw samples in milliseconds. */
export function summarise(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  return { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), mean, samples: sorted.length };
}

/** Milliseconds one synchronous call takes. */
export function timeOnce(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Milliseconds one asynchronous call takes. */
export async function timeOnceAsync(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Options of {@link measureLatency}. */
export interface LatencyOptions {
  /** Passes over the inputs before timing (JIT, caches). */
  warmupRounds: number;
  /** Timed passes over the inputs. */
  rounds: number;
}

/**
 * Time `run` on each input, `rounds` times after `warmupRounds` untimed passes: one sample per
 * call, so p95 reflects the slow inputs as well as the slow moments.
 */
export function measureLatency<T>(
  inputs: readonly T[],
  run: (input: T) => unknown,
  { warmupRounds, rounds }: LatencyOptions,
): Latency {
  for (let r = 0; r < warmupRounds; r++) for (const input of inputs) run(input);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) samples.push(timeOnce(() => run(input)));
  }
  return summarise(samples);
}

/** What {@link measureAlternating} measures. */
export interface Alternated {
  first: Latency;
  /** `second` in its own passes, between `first`'s: what the ratio is taken from. */
  second: Latency;
  /** `second` called right after each call of `first`, on the caches `first` left. */
  secondRightAfter: Latency;
}

/**
 * Like {@link measureLatency} for two functions of the same inputs, timed in alternating
 * passes so that both see the same moments of a noisy machine (its speed changes from one
 * minute to the next): each round is one pass of `first` over the inputs, each call followed
 * at once by `second` on the same input, then `passes` passes of `second` alone.
 *
 * Both figures of `second` are kept. Right after a call of `first` that swept hundreds of
 * megabytes, `second` starts with none of its memory in cache, which no real sequence of
 * queries does to it; its own passes measure it as it runs, seconds away from `first`'s.
 */
export function measureAlternating<T>(
  inputs: readonly T[],
  first: (input: T) => unknown,
  second: (input: T) => unknown,
  { warmupRounds, rounds }: LatencyOptions,
  passes: number,
): Alternated {
  const firstSamples: number[] = [];
  const secondSamples: number[] = [];
  const rightAfterSamples: number[] = [];
  for (let r = 0; r < warmupRounds + rounds; r++) {
    const timed = r >= warmupRounds;
    for (const input of inputs) {
      const firstMs = timeOnce(() => first(input));
      const rightAfterMs = timeOnce(() => second(input));
      if (timed) {
        firstSamples.push(firstMs);
        rightAfterSamples.push(rightAfterMs);
      }
    }
    for (let pass = 0; pass < passes; pass++) {
      for (const input of inputs) {
        const secondMs = timeOnce(() => second(input));
        if (timed) secondSamples.push(secondMs);
      }
    }
  }
  return {
    first: summarise(firstSamples),
    second: summarise(secondSamples),
    secondRightAfter: summarise(rightAfterSamples),
  };
}

/** The same, for asynchronous calls run one after the other. */
export async function measureLatencyAsync<T>(
  inputs: readonly T[],
  run: (input: T) => Promise<unknown>,
  { warmupRounds, rounds }: LatencyOptions,
): Promise<Latency> {
  for (let r = 0; r < warmupRounds; r++) for (const input of inputs) await run(input);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) samples.push(await timeOnceAsync(() => run(input)));
  }
  return summarise(samples);
}
