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

/**
 * Like {@link measureLatency} for two functions of the same inputs, called one right after the
 * other on each input: both see the same moments of a noisy machine, so their ratio holds
 * even when the machine's speed changes from one minute to the next.
 */
export function measurePaired<T>(
  inputs: readonly T[],
  first: (input: T) => unknown,
  second: (input: T) => unknown,
  { warmupRounds, rounds }: LatencyOptions,
): { first: Latency; second: Latency } {
  for (let r = 0; r < warmupRounds; r++) {
    for (const input of inputs) {
      first(input);
      second(input);
    }
  }
  const firstSamples: number[] = [];
  const secondSamples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      firstSamples.push(timeOnce(() => first(input)));
      secondSamples.push(timeOnce(() => second(input)));
    }
  }
  return { first: summarise(firstSamples), second: summarise(secondSamples) };
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
