import type { Page } from 'playwright-core';

/** What the dashboard's engine holds, as the app element states it (data-practices…). */
export interface PageHoldings {
  practices: number;
  indexSource: string;
}

/**
 * Read what the page's engine holds once its first results are shown, and fail loudly when it
 * is not what the bench seeded: a figure taken on the wrong catalogue is worse than none.
 */
export async function checkPageHoldings(
  page: Page,
  expected: { practices: number; indexSource?: string },
  what: string,
): Promise<PageHoldings> {
  const app = page.locator('essaimage-app');
  const alert = page.locator('#saved-practices-error');
  const unreadable = (await alert.count()) > 0 ? ((await alert.textContent()) ?? '').trim() : '';
  const holdings = {
    practices: Number(await app.getAttribute('data-practices')),
    indexSource: (await app.getAttribute('data-index-source')) ?? '(aucune)',
  };
  const problems: string[] = [];
  if (unreadable) problems.push(`the page says: ${unreadable.replace(/\s+/g, ' ')}`);
  if (holdings.practices !== expected.practices)
    problems.push(
      `the page holds ${holdings.practices} practices, ${expected.practices} expected ` +
        `(la page contient ${holdings.practices} pratiques au lieu de ${expected.practices})`,
    );
  if (expected.indexSource && holdings.indexSource !== expected.indexSource)
    problems.push(
      `its index is "${holdings.indexSource}", "${expected.indexSource}" expected ` +
        `(index « ${holdings.indexSource} » au lieu de « ${expected.indexSource} »)`,
    );
  if (problems.length > 0) throw new Error(`bench:dashboard, ${what}: ${problems.join('; ')}`);
  return holdings;
}
