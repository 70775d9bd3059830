import { wrap, type Remote } from 'comlink';
import type { EngineApi } from './engine-api';

type Async<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<Awaited<R>>
    : never;
};

/** The engine as the main thread sees it: every method of EngineApi, answering a promise. */
export type EngineClient = Async<EngineApi>;

const METHODS: (keyof EngineApi)[] = [
  'load',
  'setImported',
  'suggest',
  'exactCollectivity',
  'resolve',
  'recommend',
  'similar',
  'explain',
  'practice',
  'practices',
  'inspect',
  'check',
  'addImported',
  'clearImported',
  'discardUnreadableImported',
  'exportText',
  'exportParquet',
  'projection',
];

/**
 * Start the engine worker and return a plain object forwarding to it. (A comlink proxy must not
 * be handed to Lit directly: Lit probes property values for directive markers, and the proxy
 * answers every probe.)
 */
export function startEngineWorker(): EngineClient {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'essaimage-engine',
  });
  const remote: Remote<EngineApi> = wrap<EngineApi>(worker);
  const client = {} as Record<keyof EngineApi, unknown>;
  for (const method of METHODS) {
    client[method] = (...args: unknown[]) =>
      (remote[method] as unknown as (...a: unknown[]) => Promise<unknown>)(...args);
  }
  return client as EngineClient;
}
