import type { BrowserContext, Page } from 'playwright-core';
import { FIRST_RESULTS_MARK } from '../../apps/dashboard/src/first-results-mark';
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
  if (check) await check(page);
  await page.waitForTimeout(settleMs);
  const served = server.served();
  if (afterSettling) await afterSettling(page);
  await page.close();
  if (errors.length > 0) throw new Error(`the dashboard threw: ${errors.join('; ')}`);
  return { firstResultsMs, observedMs, firstPaintMs, served };
}
