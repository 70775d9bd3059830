import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Practice, TargetProfile } from '@essaimage/core';
import { loadBundledCorpus } from '@essaimage/core/node';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { DashboardPage } from './support/dashboard-page';
import { startDashboard, type DashboardServer } from './support/dashboard-server';
import { expectedRanking, officialProfile } from './support/expected-ranking';

// The dashboard's README promises, step by step as a user takes them, each ranking checked
// against the README reference (not against core's engine). Every test opens its own browser
// context: no test depends on what another left (URL state, imports in IndexedDB).

// A need that 7 practices answer above the pertinence floor, so that the budget, the staff, a
// target by hand and each filter change the reference's ranking (« mettre des vélos en
// libre-service gratuits pour les habitants » leaves only 2, and no change would show).
const NEED = 'se déplacer à vélo';
// The only practice of 2018 on (Damparis, 2023) answers this one.
const WORK = 'conditions de travail des agents';
const PAMIERS = officialProfile('commune', '09225');
const FIXTURES = fileURLToPath(new URL('../fixtures/dashboard/', import.meta.url));
const corpus = loadBundledCorpus();

let server: DashboardServer;
let browser: Browser;
let context: BrowserContext | undefined;
const pageErrors: string[] = [];

const poll = <T>(read: () => Promise<T> | T, timeout = 20_000) => expect.poll(read, { timeout });

beforeAll(async () => {
  [server, browser] = await Promise.all([startDashboard(), launchChromium()]);
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  expect(pageErrors).toEqual([]);
});

/** A fresh context and page on the home view. */
async function open(): Promise<{ page: Page; dashboard: DashboardPage }> {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(server.url);
  return { page, dashboard: new DashboardPage(page) };
}

/** Pamiers and a need (the bicycles one by default), once the list shows the reference's ranking. */
async function pamiersBikes(need = NEED) {
  const opened = await open();
  await opened.dashboard.pickCollectivity('pamie', 'Pamiers (09) — commune');
  await opened.dashboard.typeNeed(need);
  await opened.dashboard.waitForRanking(expectedRanking({ need, target: PAMIERS }), 30_000);
  return opened;
}

/** Type a number in a field of the search form and leave it, as a user does. */
async function enterNumber(page: Page, label: RegExp, value: string): Promise<void> {
  const field = page.locator('find-view').getByLabel(label);
  await field.fill(value);
  await field.press('Tab');
}

/** Open the Find view's filters (the panel closes itself when no filter is left). */
async function openFilters(page: Page): Promise<void> {
  const details = page.locator('find-view details:has(filter-panel)');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await details.locator('summary').click();
}

const ids = (pred: (p: Practice) => boolean) => new Set(corpus.filter(pred).map((p) => p.id));

describe('the search form', () => {
  it('scores budget and staff against what the user enters', async () => {
    const { page, dashboard } = await pamiersBikes();
    const withBudget = { ...PAMIERS, budget: 20000 };
    // No staff to spare: the practices that state their staff no longer fit.
    const withBoth = { ...withBudget, staff: 0 };
    const budgetOnly = expectedRanking({ need: NEED, target: withBudget });
    const both = expectedRanking({ need: NEED, target: withBoth });
    // Each step changes the reference's ranking, so that a dropped field shows.
    expect(budgetOnly).not.toEqual(expectedRanking({ need: NEED, target: PAMIERS }));
    expect(both).not.toEqual(budgetOnly);
    await enterNumber(page, /^Budget maximal/, '20000');
    await dashboard.waitForRanking(budgetOnly);
    await enterNumber(page, /^Personnel disponible/, '0');
    await dashboard.waitForRanking(both);
  });

  it('takes a collectivity described by hand', async () => {
    const { page, dashboard } = await open();
    const form = page.locator('find-view');
    await form.getByText('Ou décrivez-la à la main').click();
    await form.getByRole('combobox', { name: /^Type/ }).selectOption('epci');
    await enterNumber(page, /^Population/, '50000');
    await form.getByRole('combobox', { name: /^Région/ }).selectOption('84');
    await dashboard.typeNeed(NEED);
    const byHand: TargetProfile = {
      name: null,
      kind: 'epci',
      code: null,
      population: 50000,
      region: '84',
      department: null,
      budget: null,
      staff: null,
    };
    const expected = expectedRanking({ need: NEED, target: byHand });
    expect(expected).not.toEqual(expectedRanking({ need: NEED, target: PAMIERS }));
    await dashboard.waitForRanking(expected, 30_000);
  });

  it('closes the collectivity suggestions with Escape, without picking one', async () => {
    const { page, dashboard } = await open();
    await dashboard.typeNeed(NEED);
    const input = page.getByRole('combobox', { name: 'Votre collectivité' });
    await input.pressSequentially('pamie', { delay: 20 });
    const suggestions = page.getByRole('listbox', { name: 'Collectivités' }).getByRole('option');
    await suggestions.first().waitFor();
    await poll(() => input.getAttribute('aria-expanded')).toBe('true');
    await input.press('Escape');
    await poll(() => input.getAttribute('aria-expanded')).toBe('false');
    expect(await suggestions.count()).toBe(0);
    // Enter picks nothing once the list is closed: the text is checked, and flagged (it names
    // several collectivities), never silently dropped.
    await input.press('Enter');
    expect(await page.getByText('Pour : Pamiers').count()).toBe(0);
    // The arrow opens the list again, at once (even if the search has not answered yet), and
    // Enter picks its first option once the options are there.
    await input.press('ArrowDown');
    await poll(() => input.getAttribute('aria-expanded')).toBe('true');
    await poll(() => input.getAttribute('aria-invalid')).toBe('true');
    const first = page.getByRole('option', { name: /^Pamiers \(09\) — commune/ });
    await poll(() => first.getAttribute('aria-selected')).toBe('true');
    await input.press('Enter');
    await dashboard.waitForRanking(expectedRanking({ need: NEED, target: PAMIERS }));
    await poll(() => input.getAttribute('aria-invalid')).toBe('false');
    expect(await page.getByText('Pour : Pamiers, commune').count()).toBe(1);
  });
});

describe('the Find view’s filters', () => {
  it.each([
    ['Région', 'Occitanie', ids((p) => p.region === '76')],
    ['Type de collectivité', 'EPCI', ids((p) => p.collectivity.kind === 'epci')],
    [
      'Taille',
      '10 000 à 50 000 hab.',
      ids((p) => p.population !== null && p.population >= 10_000 && p.population < 50_000),
    ],
    [
      'Domaine d’action publique',
      'Qualité de vie',
      ids((p) => p.policyAreas.includes('qualite-de-vie')),
    ],
  ])('%s « %s » keeps the ranking to the matching practices', async (_group, label, allowed) => {
    const { page, dashboard } = await pamiersBikes();
    const expected = expectedRanking({ need: NEED, target: PAMIERS, candidates: allowed });
    expect(expected).not.toEqual(expectedRanking({ need: NEED, target: PAMIERS }));
    const panel = page.locator('find-view filter-panel');
    await openFilters(page);
    await panel.getByLabel(label, { exact: true }).check();
    await dashboard.waitForRanking(expected);
    await panel.getByRole('button', { name: 'Effacer les filtres' }).click();
    await dashboard.waitForRanking(expectedRanking({ need: NEED, target: PAMIERS }));
  });

  it('years « de 2018 » keep the practices of 2018 on, and « à 2017 » those up to 2017', async () => {
    const { page, dashboard } = await pamiersBikes(WORK);
    const panel = page.locator('find-view filter-panel');
    await openFilters(page);
    const from = panel.getByLabel('de', { exact: true });
    await from.fill('2018');
    await from.press('Tab');
    const recent = ids((p) => p.year !== null && p.year >= 2018);
    await dashboard.waitForRanking(
      expectedRanking({ need: WORK, target: PAMIERS, candidates: recent }),
    );
    await from.fill('');
    await from.press('Tab');
    await openFilters(page);
    const to = panel.getByLabel('à', { exact: true });
    await to.fill('2017');
    await to.press('Tab');
    const older = ids((p) => p.year !== null && p.year <= 2017);
    await dashboard.waitForRanking(
      expectedRanking({ need: WORK, target: PAMIERS, candidates: older }),
    );
  });
});

describe('importing a catalogue in the Données view', () => {
  const rowCount = async (page: Page) =>
    ((await page.locator('#row-count').textContent()) ?? '').trim();
  /** « N pratique(s) » for the bundled corpus and `added` imported practices. */
  const practicesShown = (added: number) => new RegExp(`^${corpus.length + added} pratique`);

  it('with « Ignorer les lignes invalides », imports the valid rows and lists the others', async () => {
    const { page, dashboard } = await open();
    await dashboard.openView('Données');
    await poll(() => rowCount(page)).toMatch(practicesShown(0));
    await page.getByRole('checkbox', { name: /Ignorer les lignes invalides/ }).check();
    await page
      .locator('catalogue-import input[type=file]')
      .setInputFiles(`${FIXTURES}catalogue-invalid.csv`);
    // The columns' mapping is shown first; its proposal is right for this file.
    await page.locator('#run-import').click();
    const report = page.locator('#import-report');
    await poll(() => report.textContent()).toContain('1 pratique(s) importée(s)');
    expect(await report.textContent()).toContain('1 ligne(s) invalide(s) ignorée(s)');
    expect(await report.textContent()).toContain('ligne 3');
    await poll(() => rowCount(page)).toMatch(practicesShown(1));
  });

  it('takes a file dropped on the import area', async () => {
    const { page, dashboard } = await open();
    await dashboard.openView('Données');
    await poll(() => rowCount(page)).toMatch(practicesShown(0));
    const text = readFileSync(`${FIXTURES}catalogue-valid.csv`, 'utf8');
    const dataTransfer = await page.evaluateHandle((csv) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([csv], 'catalogue-valid.csv', { type: 'text/csv' }));
      return transfer;
    }, text);
    const area = page.locator('catalogue-import .drop');
    await area.dispatchEvent('dragover', { dataTransfer });
    await area.dispatchEvent('drop', { dataTransfer });
    await page.locator('#run-import').click();
    await poll(() => page.locator('#import-report').textContent()).toContain(
      '2 pratique(s) importée(s)',
    );
    await poll(() => rowCount(page)).toMatch(practicesShown(2));
  });
});
