import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { startDashboard, type DashboardServer } from './support/dashboard-server';
import { DashboardPage } from './support/dashboard-page';
import { expectedTrendMarks } from './support/expected-marks';
import { expectedRanking, officialProfile } from './support/expected-ranking';

// One build, one server, one Chromium, one browser context (so IndexedDB persists across
// reloads) for the whole file; tests run in order and build on each other like a user session.

const NEED = 'mettre des vélos en libre-service gratuits pour les habitants';
// The ranking each step must show comes from the README reference, not from core's engine.
const PAMIERS = officialProfile('commune', '09225');

let server: DashboardServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let dashboard: DashboardPage;
const pageErrors: string[] = [];

/** expect.poll with room for DuckDB's first load on a busy 2-core machine. */
const poll = <T>(read: () => Promise<T> | T, timeout = 20_000) => expect.poll(read, { timeout });

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
    await poll(() =>
      page.getByRole('combobox', { name: 'Votre collectivité' }).inputValue(),
    ).toMatch(/^Pamiers \(09\) — commune, [\d\s\u00a0]+ hab\.$/);
    await dashboard.typeNeed(NEED);

    const expected = expectedRanking({ need: NEED, target: PAMIERS, top: 10 });
    expect(expected[0]).toBe('saverdun-recup-velos-en-liberte');
    await dashboard.waitForRanking(expected);

    const first = page.locator('result-card').first();
    await poll(() => first.locator('.collectivity').textContent()).toBe('Saverdun');
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
    await poll(() => first.locator('.reason').textContent()).toMatch(/Taille :.*\d/);
    await bars.nth(3).hover();
    await poll(() => first.locator('.reason').textContent()).toMatch(/Territoire :/);
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

describe('Fiche pratique', () => {
  it('opens a practice with its full text, facts, score breakdown and similar practices', async () => {
    const listScore = await page.locator('result-card .score').first().getAttribute('data-score');
    await page.locator('result-card a[data-practice]').first().click();
    await page.getByRole('heading', { level: 2, name: "Récup'vélos en liberté" }).waitFor();
    expect(new URL(page.url()).searchParams.get('id')).toBe('saverdun-recup-velos-en-liberte');
    expect(await page.locator('practice-view .summary p').count()).toBeGreaterThan(0);
    expect(await page.locator('practice-view dt').allTextContents()).toEqual(
      expect.arrayContaining(['Budget', 'Personnel', 'Source', 'Distinction']),
    );
    expect(
      await page.locator('practice-view section:has(#breakdown-title) g.criterion').count(),
    ).toBe(7);
    // The fiche scores the practice exactly as the result list did.
    await poll(() => page.locator('#breakdown-score').getAttribute('data-score')).toBe(listScore);
    const similar = page.locator('#similar result-card');
    await similar.first().waitFor();
    expect(await similar.count()).toBeGreaterThan(0);
    const otherId = await similar.first().locator('a[data-practice]').getAttribute('data-practice');
    await similar.first().locator('a[data-practice]').click();
    await poll(() => new URL(page.url()).searchParams.get('id')).toBe(otherId);
    await page.goBack();
    await page.goBack();
    await dashboard.resultIds();
  });
});

describe('Tendances', () => {
  it('draws every chart from DuckDB with the expected number of marks', async () => {
    await dashboard.openView('Tendances');
    await page.locator('#trends-total').waitFor({ timeout: 60_000 });
    const expected = expectedTrendMarks();
    for (const [chart, marks] of Object.entries(expected)) {
      const svg = page.locator(`#chart-${chart}`);
      expect(await svg.locator('.mark').count(), chart).toBe(marks);
      // Each chart is titled and has a text alternative (a table of the same numbers).
      const figure = page.locator(`figure[data-chart="${chart}"]`);
      expect(await figure.locator('h3').textContent()).not.toBe('');
      expect(await figure.locator('table tbody tr').count(), chart).toBeGreaterThan(0);
    }
    expect(await page.locator('#chart-years .axis-title').allTextContents()).toEqual([
      'Année',
      'Pratiques (nombre)',
    ]);
  });

  it('applies the filters to every chart', async () => {
    await page.locator('trends-view summary').click();
    await page.locator('trends-view filter-panel').getByLabel('Île-de-France').check();
    await poll(() => page.locator('#trends-total').textContent()).toMatch(/^14 /);
    expect(await page.locator('#chart-budgets .mark').count()).toBeLessThan(
      expectedTrendMarks().budgets,
    );
    await page.locator('trends-view filter-panel').getByLabel('Île-de-France').uncheck();
    await poll(() => page.locator('#trends-total').textContent()).toMatch(/^48 /);
    await dashboard.openView('Trouver des pratiques');
  });
});

const FIXTURES = fileURLToPath(new URL('../fixtures/dashboard/', import.meta.url));

describe('Données', () => {
  const fileInput = () => page.locator('catalogue-import input[type=file]');
  const report = () => page.locator('#import-report');
  const rowCount = async () => ((await page.locator('#row-count').textContent()) ?? '').trim();

  it('refuses a catalogue with an invalid row, naming the line, and imports nothing', async () => {
    await dashboard.openView('Données');
    await poll(rowCount).toMatch(/^48 pratique/);
    await fileInput().setInputFiles(`${FIXTURES}catalogue-invalid.csv`);
    await poll(() => report().textContent()).toContain('Rien n’a été importé');
    const text = (await report().textContent()) ?? '';
    expect(text).toContain('catalogue-invalid.csv line 3');
    expect(text).toContain('year');
    expect(text).not.toContain('line 2,');
    expect(await rowCount()).toMatch(/^48 pratique/);
  });

  it('imports a valid catalogue that survives a reload and is ranked', async () => {
    await fileInput().setInputFiles(`${FIXTURES}catalogue-valid.csv`);
    await poll(() => report().textContent()).toContain('2 pratique(s) importée(s)');
    await poll(rowCount).toMatch(/^50 pratique/);
    await page.reload();
    await poll(rowCount).toMatch(/^50 pratique/);
    // The imports' search index was saved with them: the reload did not analyse them again.
    await poll(() => page.getByText('avec leur index de recherche').count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Rechercher dans le catalogue' }).fill('navette');
    await poll(rowCount).toMatch(/^1 pratique/);
    expect(await page.locator('practice-table tbody tr').getAttribute('data-id')).toBe(
      'foix-navette-fluviale-solidaire',
    );
  });

  it('exports the current selection to CSV, JSON and Parquet, and reads them back', async () => {
    const exported = async (label: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('data-view').getByRole('button', { name: label, exact: true }).click(),
      ]);
      return readFileSync((await download.path())!);
    };
    const json = JSON.parse((await exported('JSON')).toString('utf8'));
    expect(json.map((p: { id: string }) => p.id)).toEqual(['foix-navette-fluviale-solidaire']);
    const csv = Papa.parse<Record<string, string>>((await exported('CSV')).toString('utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.data.map((row) => row.id)).toEqual(['foix-navette-fluviale-solidaire']);
    expect(csv.data[0].title).toBe('Navette fluviale solidaire');

    const parquet = await exported('Parquet');
    expect(parquet.subarray(0, 4).toString()).toBe('PAR1');
    // Read back through the importer (the same validation as CSV): its one row is valid.
    const file = `${tmpdir()}/essaimage-selection.parquet`;
    writeFileSync(file, parquet);
    await fileInput().setInputFiles(file);
    await poll(() => report().textContent()).toContain('1 pratique(s) importée(s)');
    await poll(rowCount).toMatch(/^1 pratique/);
    await page.getByRole('searchbox', { name: 'Rechercher dans le catalogue' }).fill('');
    await poll(rowCount).toMatch(/^50 pratique/);
  });
});

describe('Trouver des pratiques, with the imported catalogue', () => {
  it('ranks an imported practice, from the index saved with the imports', async () => {
    await page.reload();
    await dashboard.openView('Trouver des pratiques');
    await dashboard.typeNeed('une barque électrique pour traverser la rivière');
    await poll(async () => (await dashboard.resultIds())[0]).toBe(
      'foix-navette-fluviale-solidaire',
    );
    await dashboard.typeNeed(NEED);
    await poll(async () => (await dashboard.resultIds())[0]).toBe(
      'saverdun-recup-velos-en-liberte',
    );
  });
});

describe('Carte des similarités', () => {
  it('places every practice, titles it on focus, and opens its fiche with Enter', async () => {
    await dashboard.openView('Carte des similarités');
    const dots = page.locator('similarity-view circle.mark');
    await poll(() => dots.count()).toBe(50); // the bundled corpus and the two imported practices
    const dot = page.locator(
      'similarity-view circle[data-practice="saverdun-recup-velos-en-liberte"]',
    );
    await dot.focus();
    await poll(() => page.locator('similarity-view .hover').textContent()).toContain(
      "Récup'vélos en liberté",
    );
    await dot.click();
    await page.getByRole('heading', { level: 2, name: "Récup'vélos en liberté" }).waitFor();
    await page.goBack();
    await page.goBack();
    await poll(() => new URL(page.url()).searchParams.get('vue')).toBe(null);
    await dashboard.resultIds();
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

  it('names the collectivity of a link that gives only its official code', async () => {
    const link = new URL(server.url);
    link.search = new URLSearchParams({ besoin: NEED, cible: 'commune:09225' }).toString();
    const other = await context.newPage();
    await other.goto(link.href);
    await poll(() =>
      other.getByRole('combobox', { name: 'Votre collectivité' }).inputValue(),
    ).toMatch(/^Pamiers \(09\) — commune, [\d\s\u00a0]+ hab\.$/);
    await other.close();
  });

  it('raised no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
