import { readFileSync } from 'node:fs';
import type { Browser, CDPSession, Page } from 'playwright-core';

/** V8's heap of one JavaScript context (the page or a worker), in MB, after a collection. */
export interface ContextHeap {
  /** The page's path, or the worker's script file. */
  name: string;
  /** Objects on the V8 heap. */
  heapUsedMB: number;
  /** ArrayBuffer backing stores (typed arrays: the index's pools and postings, wasm memory). */
  arrayBuffersMB: number;
}

/** What a dashboard tab holds in memory. */
export interface TabMemory {
  page: ContextHeap;
  /** Each worker of the page: the engine's, DuckDB's. */
  workers: ContextHeap[];
  /** Heaps and array buffers of the page and its workers together. */
  totalMB: number;
  /**
   * Resident memory of the largest renderer process (Linux /proc; the tab's, when it is the
   * only page open): the JavaScript above plus the DOM, code, wasm and the renderer itself.
   * null where /proc cannot be read.
   */
  rendererRssMB: number | null;
}

interface HeapUsage {
  usedSize: number;
  backingStorageSize?: number;
}

const mb = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/**
 * Sends CDP commands to a worker through the browser's session (Playwright opens CDP sessions
 * on pages only): attached without flattening, each command wrapped in
 * `Target.sendMessageToTarget` and its answer read from `Target.receivedMessageFromTarget`.
 */
class WorkerChannel {
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();

  private constructor(
    private readonly browserSession: CDPSession,
    private readonly sessionId: string,
  ) {
    browserSession.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: unknown };
      if (message.id === undefined) return;
      this.pending.get(message.id)?.(message.result);
      this.pending.delete(message.id);
    });
  }

  static async open(browserSession: CDPSession, targetId: string): Promise<WorkerChannel> {
    const { sessionId } = await browserSession.send('Target.attachToTarget', {
      targetId,
      flatten: false,
    });
    return new WorkerChannel(browserSession, sessionId);
  }

  async send<T>(method: string): Promise<T> {
    const id = this.nextId++;
    const answer = new Promise<unknown>((resolve) => this.pending.set(id, resolve));
    await this.browserSession.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method }),
    });
    return (await answer) as T;
  }

  close(): Promise<unknown> {
    return this.browserSession.send('Target.detachFromTarget', { sessionId: this.sessionId });
  }
}

function heapOf(name: string, usage: HeapUsage): ContextHeap {
  return {
    name,
    heapUsedMB: mb(usage.usedSize),
    arrayBuffersMB: mb(usage.backingStorageSize ?? 0),
  };
}

function largestRendererRss(pids: readonly number[]): number | null {
  let largest: number | null = null;
  for (const pid of pids) {
    try {
      const kB = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      if (kB !== undefined) largest = Math.max(largest ?? 0, Number(kB) / 1024);
    } catch {
      // Not Linux, or the process is gone.
    }
  }
  return largest === null ? null : Math.round(largest);
}

/**
 * The memory of `page`'s tab: V8's heap and array buffers of the page and of each of its
 * workers (through CDP: `Runtime.getHeapUsage` after `HeapProfiler.collectGarbage`; the
 * engine runs in a worker, which `performance.memory` and `Performance.getMetrics` do not
 * see), and the resident memory of the renderer process.
 */
export async function measureTabMemory(browser: Browser, page: Page): Promise<TabMemory> {
  const pageSession = await page.context().newCDPSession(page);
  const browserSession = await browser.newBrowserCDPSession();
  try {
    await pageSession.send('HeapProfiler.collectGarbage');
    const pageHeap = heapOf(
      new URL(page.url()).pathname,
      (await pageSession.send('Runtime.getHeapUsage')) as HeapUsage,
    );
    const workers: ContextHeap[] = [];
    const { targetInfos } = await browserSession.send('Target.getTargets');
    for (const target of targetInfos.filter((t) => t.type === 'worker')) {
      const channel = await WorkerChannel.open(browserSession, target.targetId);
      try {
        await channel.send('HeapProfiler.collectGarbage');
        const usage = await channel.send<HeapUsage>('Runtime.getHeapUsage');
        workers.push(heapOf(new URL(target.url).pathname.split('/').pop() ?? target.url, usage));
      } finally {
        await channel.close();
      }
    }
    const { processInfo } = await browserSession.send('SystemInfo.getProcessInfo');
    const renderers = processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
    const all = [pageHeap, ...workers];
    return {
      page: pageHeap,
      workers,
      totalMB: Math.round(all.reduce((sum, h) => sum + h.heapUsedMB + h.arrayBuffersMB, 0)),
      rendererRssMB: largestRendererRss(renderers),
    };
  } finally {
    await pageSession.detach();
    await browserSession.detach();
  }
}
