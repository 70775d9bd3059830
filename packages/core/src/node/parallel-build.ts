import { Worker } from 'node:worker_threads';
import { createEssaimage, type EssaimageOptions } from '../engine/create-essaimage';
import type { Essaimage } from '../engine/essaimage';
import type { AnalysedTexts } from '../search/tf-idf-index';
import { TfIdfIndex } from '../search/tf-idf-index';
import { runsFromSources } from './package-path';

/**
 * Below this many practices the worker's start (its modules loaded, some 50–300 ms) costs more
 * than it saves: the build stays on one thread.
 */
export const PARALLEL_BUILD_MIN = 5_000;
/**
 * The share of the practices the calling thread analyses itself while the worker analyses the
 * rest: the calling thread also adds the worker's share to the index (about 40 % of the work
 * of analysing it), so both finish about together when it analyses some two fifths.
 */
const OWN_SHARE = 0.4;

/**
 * `createEssaimage` on two threads: a worker analyses the texts of the last practices while
 * this thread indexes the first ones, then this thread adds the worker's analysis. The engine
 * is the one `createEssaimage` builds, its index identical (term ids, tf codes, surfaces: the
 * same bytes once serialised). Falls back to `createEssaimage` for a small catalogue, a
 * prebuilt index, parts replaced by `configure`, or ids given twice. `parallelFrom`: the
 * least number of practices built on two threads ({@link PARALLEL_BUILD_MIN}).
 */
export async function buildEssaimage(
  options: EssaimageOptions = {},
  { parallelFrom = PARALLEL_BUILD_MIN }: { parallelFrom?: number } = {},
): Promise<Essaimage> {
  const practices = options.practices ?? [];
  const serial =
    practices.length < Math.max(2, parallelFrom) ||
    options.prebuiltIndex !== undefined ||
    options.configure !== undefined ||
    new Set(practices.map((p) => p.id)).size !== practices.length;
  if (serial) return createEssaimage(options);
  const engine = createEssaimage({ ...options, practices: [] });
  if (!(engine.index instanceof TfIdfIndex)) return createEssaimage(options);
  const split = Math.round(practices.length * OWN_SHARE);
  const theirs = practices.slice(split);
  const analysed = analyseInWorker(engine.fieldTexts(theirs));
  engine.index.expect(practices.length);
  // An iterator, not an array: add would size the pools for these practices alone.
  engine.add(practices.slice(0, split).values());
  let texts: AnalysedTexts;
  try {
    texts = await analysed;
  } catch {
    // No worker (a runtime without worker threads, a module it cannot load): this thread
    // indexes the rest itself, which gives the same engine.
    engine.add(theirs.values());
    return engine;
  }
  engine.addAnalysed(theirs, texts);
  return engine;
}

/** The analysis of `texts` by a worker thread (see analysis-worker.ts). */
function analyseInWorker(texts: string[]): Promise<AnalysedTexts> {
  let worker: Worker;
  try {
    worker = runsFromSources
      ? sourceWorker(new URL('./analysis-worker.ts', import.meta.url))
      : new Worker(new URL('./analysis-worker.js', import.meta.url));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return new Promise<AnalysedTexts>((resolve, reject) => {
    worker.once('message', (analysed: AnalysedTexts) => {
      resolve(analysed);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`buildEssaimage: the analysis worker stopped (${code})`));
    });
    worker.postMessage(texts);
  });
}

/**
 * A worker running a TypeScript module of the sources: Node's workers do not inherit the
 * repository's TypeScript loader (tsx), so a bootstrap registers it first.
 */
function sourceWorker(module: URL): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap =
    `const { register } = await import(${JSON.stringify(tsx)}); register();` +
    `await import(${JSON.stringify(module.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), {
    execArgv: ['--conditions=@essaimage/source'],
  });
}
