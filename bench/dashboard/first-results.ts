import type { BrowserContext, Page } from 'playwright-core';
import { FIRST_RESULTS_MARK, LOAD_STEP_PREFIX } from '../../apps/dashboard/src/performance-marks';
import type { RecordingServer, ServedFile } from './static-server';

/** One navigation to the home view, timed to its first ranked result. */
export interface FirstResultsRun {
  /**
   * From the navigation's start (`page.goto`) to the first ranked results in the page, in ms:
   * the app's own performance mark, set as the result cards are rendered.
   */
  firstResultsMs: number;
  /** The same, as seen from outside (Playwright polling for a result card): a little later. */
  observedMs: number;
  /** First contentful paint, from the page's own timing. */
  firstPaintMs: number | null;
  /** The files served by then and in the few seconds after (the home view settled). */
  served: ServedFile[];
  /**
   * The app's load steps done by the first results (the page's and its workers'
   * `essaimage:load:` measures), in ms, by step; a step done twice is summed.
   */
  steps: Record<string, number>;
}

/** A context's load-step measures, their start on the epoch's clock. */
type StepEntry = { name: string; startEpoch: number; duration: number };

/** Runs in the page or a worker: no named function inside (tsx would wrap it in a helper). */
const readSteps = (prefix: string): StepEntry[] =>
  performance
    .getEntriesByType('measure')
    .filter((e) => e.name.startsWith(prefix))
    .map((e) => ({
      name: e.name.slice(prefix.length),
      startEpoch: performance.timeOrigin + e.startTime,
      duration: e.duration,
    }));

/** The steps of the page and of its workers that ended by `byEpoch`, summed by name. */
async function loadSteps(page: Page, byEpoch: number): Promise<Record<string, number>> {
  const entries = await page.evaluate(readSteps, LOAD_STEP_PREFIX);
  for (const worker of page.workers()) {
    entries.push(...(await worker.evaluate(readSteps, LOAD_STEP_PREFIX).catch(() => [])));
  }
  const steps: Record<string, number> = {};
  for (const { name, startEpoch, duration } of entries) {
    if (startEpoch + duration <= byEpoch) steps[name] = (steps[name] ?? 0) + duration;
  }
  return steps;
}

/** Options of {@link timeFirstResults}. */
export interface FirstResultsOptions {
  /** How long to keep recording what is served after the first results. */
  settleMs: number;
  /** Refuse requests whose path matches (to prove the first results do not wait for them). */
  block?: RegExp;
  /** How long to wait for the first result card (default 60 s). */
  timeoutMs?: number;
  /** Called once the page has settled, before it is closed (to read its memory). */
  afterSettling?: (page: Page) => Promise<void>;
  /** Called once the first results are timed (to check what the page holds); may throw. */
  check?: (page: Page) => Promise<void>;
}

/** Navigate a fresh page of `context` to `url` and wait for the first `result-card`. */
export async function timeFirstResults(
  context: BrowserContext,
  server: RecordingServer,
  url: string,
  { settleMs, block, afterSettling, check, timeoutMs = 60_000 }: FirstResultsOptions,
): Promise<FirstResultsRun> {
  const page = await context.newPage();
  if (block)
    await page.route(
      (u) => block.test(u.pathname),
      (route) => route.abort(),
    );
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  server.reset();
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('result-card').first().waitFor({ timeout: timeoutMs });
  const observedMs = performance.now() - start;
  // No named function inside: tsx would wrap it in a helper the page does not have.
  const inPage = await page.evaluate(
    (mark) => ({
      timeOrigin: performance.timeOrigin,
      firstResults: performance.getEntriesByName(mark)[0]?.startTime ?? null,
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }),
    FIRST_RESULTS_MARK,
  );
  if (inPage.firstResults === null) throw new Error(`the page set no "${FIRST_RESULTS_MARK}" mark`);
  // The page's clock starts at its navigation: shift it onto ours (both count from the epoch).
  const pageStart = inPage.timeOrigin - (performance.timeOrigin + start);
  const firstResultsMs = pageStart + inPage.firstResults;
  const firstPaintMs = inPage.firstPaint;
  const steps = await loadSteps(page, inPage.timeOrigin + inPage.firstResults);
  if (check) await check(page);
  await page.waitForTimeout(settleMs);
  const served = server.served();
  if (afterSettling) await afterSettling(page);
  await page.close();
  if (errors.length > 0) throw new Error(`the dashboard threw: ${errors.join('; ')}`);
  return { firstResultsMs, observedMs, firstPaintMs, served, steps };
}
