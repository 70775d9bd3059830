import type { BrowserContext } from 'playwright-core';
import type { RecordingServer, ServedFile } from './static-server';

/** One navigation to the home view, timed to its first ranked result. */
export interface FirstResultsRun {
  /** From the navigation's start to the first result card in the page, in ms (Node clock). */
  firstResultsMs: number;
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
}

/** Navigate a fresh page of `context` to `url` and wait for the first `result-card`. */
export async function timeFirstResults(
  context: BrowserContext,
  server: RecordingServer,
  url: string,
  { settleMs, block }: FirstResultsOptions,
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
  await page.locator('result-card').first().waitFor({ timeout: 60_000 });
  const firstResultsMs = performance.now() - start;
  const firstPaintMs = await page.evaluate(() => {
    const entry = performance.getEntriesByName('first-contentful-paint')[0];
    return entry ? entry.startTime : null;
  });
  await page.waitForTimeout(settleMs);
  const served = server.served();
  await page.close();
  if (errors.length > 0) throw new Error(`the dashboard threw: ${errors.join('; ')}`);
  return { firstResultsMs, firstPaintMs, served };
}
