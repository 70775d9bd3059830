/** Heap and resident memory at one moment, in bytes. */
export interface MemorySnapshot {
  heap: number;
  rss: number;
}

/** What something holds: the heap and RSS growth between two settled snapshots, in MB. */
export interface MemoryHeld {
  heapMB: number;
  rssMB: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Whether the process runs with --expose-gc (memory figures are then settled, not noisy). */
export const canCollectGarbage = gc !== undefined;

/** Collect garbage now, when the process runs with --expose-gc (else nothing). */
export function collectGarbage(): void {
  gc?.();
}

/** Collect garbage (a few passes, so weak and finalised objects go too) and read memory. */
export function settledMemory(): MemorySnapshot {
  if (gc) for (let i = 0; i < 3; i++) gc();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed + usage.arrayBuffers, rss: usage.rss };
}

/** The growth from `before` to now, after garbage collection. */
export function memoryHeldSince(before: MemorySnapshot): MemoryHeld {
  const after = settledMemory();
  const mb = (bytes: number) => bytes / (1024 * 1024);
  return { heapMB: mb(after.heap - before.heap), rssMB: mb(after.rss - before.rss) };
}

/** The whole process's memory at one moment, in MB: what must stay under 2 GB at a million. */
export interface ProcessMemory {
  /** Resident set now, after garbage collection. */
  rssMB: number;
  /** The JavaScript heap in use (objects: the practices, the index's maps and strings). */
  heapUsedMB: number;
  /** Typed arrays and buffers outside the heap (the index's pools and postings). */
  arrayBuffersMB: number;
  /** The largest resident set the process has had since it started. */
  peakRssMB: number;
}

/** The process's memory, settled (see {@link settledMemory}). */
export function processMemory(): ProcessMemory {
  if (gc) for (let i = 0; i < 3; i++) gc();
  const usage = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));
  return {
    rssMB: mb(usage.rss),
    heapUsedMB: mb(usage.heapUsed),
    arrayBuffersMB: mb(usage.arrayBuffers),
    // maxRSS is in kilobytes.
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}
