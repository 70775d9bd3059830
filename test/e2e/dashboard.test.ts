import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { startDashboard, type DashboardServer } from './support/dashboard-server';
import { DashboardPage } from './support/dashboard-page';
import { expectedRanking } from './support/expected-ranking';

// One build, one server, one Chromium, one browser context (so IndexedDB persists across
// reloads) for the whole file; tests run in order and build on each other like a user session.

const NEED = 'mettre des vélos en libre-service gratuits pour les habitants';
const PAMIERS = { official: { kind: 'commune' as const, code: '09225' } };

let server: DashboardServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let dashboard: DashboardPage;
const pageErrors: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startDashboard(), launchChromium()]);
  context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  dashboard = new DashboardPage(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('Trouver des pratiques', () => {
  it('ranks Saverdun’s free bicycles first for Pamiers, with every criterion explained', async () => {
    await page.goto(server.url);
    await dashboard.pickCollectivity('pamie', 'Pamiers (09) — commune');
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Votre collectivité' }).inputValue())
      .toMatch(/^Pamiers \(09\) — commune, [\d\s\u00a0]+ hab\.$/);
    await dashboard.typeNeed(NEED);

    const expected = expectedRanking({ need: NEED, target: PAMIERS, top: 10 });
    expect(expected[0]).toBe('saverdun-recup-velos-en-liberte');
    await dashboard.waitForRanking(expected);

    const first = page.locator('result-card').first();
    await expect.poll(() => first.locator('.collectivity').textContent()).toBe('Saverdun');
    const bars = first.locator('g.criterion');
    expect(await bars.count()).toBe(7);
    expect(await first.locator('g.criterion .criterion-label').allTextContents()).toEqual([
      'Pertinence',
      'Taille',
      'Type',
      'Territoire',
      'Domaine',
      'Budget',
      'Personnel',
    ]);
    // The reason shows on keyboard focus (and on hover).
    await bars.nth(1).focus();
    await expect.poll(() => first.locator('.reason').textContent()).toMatch(/Taille :.*\d/);
    await bars.nth(3).hover();
    await expect.poll(() => first.locator('.reason').textContent()).toMatch(/Territoire :/);
    expect(await page.getByText('Pour : Pamiers, commune').count()).toBe(1);
  });

  it('re-ranks live when a weight slider moves', async () => {
    const before = await dashboard.resultIds();
    const slider = page.getByRole('slider', { name: 'Pertinence' });
    await slider.focus();
    await slider.press('Home'); // relevance exponent 0: only the fit criteria order the list
    const after = expectedRanking({
      need: NEED,
      target: PAMIERS,
      top: 10,
      weights: { relevance: 0 },
    });
    expect(after).not.toEqual(before);
    await dashboard.waitForRanking(after);
    expect(new URL(page.url()).searchParams.get('w.relevance')).toBe('0');
    await page.getByRole('button', { name: 'Poids par défaut' }).click();
    await dashboard.waitForRanking(before);
  });
});

describe('app-wide', () => {
  it('reproduces the search from a copied URL', async () => {
    const copied = page.url();
    const ids = await dashboard.resultIds();
    const other = await context.newPage();
    await other.goto(copied);
    await new DashboardPage(other).waitForRanking(ids);
    expect(await other.getByRole('combobox', { name: 'Votre collectivité' }).inputValue()).toMatch(
      /^Pamiers \(09\)/,
    );
    expect(await other.getByRole('textbox', { name: 'Votre besoin' }).inputValue()).toBe(NEED);
    await other.close();
  });

  it('raised no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
