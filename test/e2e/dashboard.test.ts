import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadBundledCorpus } from '@essaimage/core/node';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { startDashboard, type DashboardServer } from './support/dashboard-server';
import { DashboardPage } from './support/dashboard-page';
import { expectedTrendMarks } from './support/expected-marks';
import { expectedRanking, officialProfile } from './support/expected-ranking';
import { axeViolations, focused, horizontalOverflow } from './support/page-checks';
import { readSaved, writeSaved } from './support/saved-catalogue';

// One build, one server, one Chromium for the whole file; each test opens its own browser
// context (its own URL state, IndexedDB and localStorage) on the page it starts from, and makes
// the imports it needs: any test passes alone or in any order (\`-t\`, \`--sequence.shuffle\`).

const NEED = 'mettre des vélos en libre-service gratuits pour les habitants';
// The ranking each step must show comes from the README reference, not from core's engine.
const PAMIERS = officialProfile('commune', '09225');

let server: DashboardServer;
let browser: Browser;
let context: BrowserContext | undefined;
let page: Page;
let dashboard: DashboardPage;
const pageErrors: string[] = [];
/** The URL of the page each time the current test's page asked for a DuckDB wasm file. */
let wasmRequests: string[] = [];

/** expect.poll with room for DuckDB's first load on a busy 2-core machine. */
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
  // No test's page raised an error (each page's errors are collected as it runs).
  expect(pageErrors).toEqual([]);
});

/** A fresh context and page on the dashboard at \`search\` (a query string, or the home view). */
async function open(search = '', viewport = { width: 1280, height: 800 }): Promise<void> {
  context = await browser.newContext({ viewport, acceptDownloads: true });
  const opened = await context.newPage();
  opened.on('pageerror', (error) => pageErrors.push(String(error)));
  wasmRequests = [];
  opened.on('request', (request) => {
    if (/duckdb.*\.wasm/.test(request.url())) wasmRequests.push(opened.url());
  });
  page = opened;
  dashboard = new DashboardPage(opened);
  await opened.goto(`${server.url}${search}`);
}

/** The search of Pamiers for \`need\`, as a link gives it, once its ranking shows. */
const pamiersSearch = (need: string) => `?besoin=${encodeURIComponent(need)}&cible=commune:09225`;

describe('Le choix de la collectivité', () => {
  const box = () => page.getByRole('combobox', { name: 'Votre collectivité' });
  const options = () => page.locator('collectivity-combobox [role=option]').allTextContents();

  it('finds a commune by INSEE code and by postcode', async () => {
    await open();
    await box().pressSequentially('39189', { delay: 20 });
    await poll(async () => (await options()).map((o) => o.trim())).toEqual([
      expect.stringMatching(/^Damparis \(39\) — commune/),
    ]);
    await box().fill('');
    await box().pressSequentially('39500', { delay: 20 });
    await poll(async () => (await options()).some((o) => o.includes('Damparis (39)'))).toBe(true);
  });

  it('takes a whole name left with Tab, and flags a text that is no collectivity', async () => {
    await open();
    await box().pressSequentially('damparis', { delay: 20 });
    await box().press('Tab');
    await poll(() => box().inputValue()).toMatch(/^Damparis \(39\) — commune, 2\s587 hab\.$/);
    await poll(() => new URL(page.url()).searchParams.get('cible')).toBe('commune:39189');
    await box().fill('');
    await box().pressSequentially('Xyzzyville', { delay: 10 });
    await box().press('Tab');
    await poll(() => page.locator('collectivity-combobox [role=alert]').textContent()).toContain(
      '« Xyzzyville » n’est pas une collectivité connue',
    );
    expect(await box().getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).searchParams.get('cible')).toBe(null);
  });

  it('reads « 0,5 » ETP and « 20 000 € » as a French user means them', async () => {
    await open();
    await dashboard.pickCollectivity('damparis', 'Damparis (39) — commune');
    const staff = page.getByRole('textbox', { name: 'Personnel disponible (ETP)' });
    await staff.fill('0,5');
    await staff.press('Tab');
    const budget = page.getByRole('textbox', { name: 'Budget maximal (€)' });
    await budget.fill('20 000 €');
    await budget.press('Tab');
    await poll(() => new URL(page.url()).searchParams.get('etp')).toBe('0.5');
    expect(new URL(page.url()).searchParams.get('budget')).toBe('20000');
    expect(await staff.inputValue()).toBe('0,5');
    expect(await budget.inputValue()).toBe('20\u00a0000');
    await dashboard.typeNeed('améliorer les conditions de travail des agents');
    await poll(() => page.locator('#target-summary').textContent()).toMatch(
      /Damparis.*budget 20\s000\s€, 0,5 ETP/,
    );
  });
});

describe('Trouver des pratiques', () => {
  it('ranks Saverdun’s free bicycles first for Pamiers, with every criterion explained', async () => {
    await open();
    await page.locator('find-view').waitFor();
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
    // The strongest and weakest criteria are written on the card, no hover needed.
    expect(await first.locator('.why li').count()).toBe(2);
    expect(await first.locator('.why').textContent()).toMatch(/Point fort .*Point faible/s);
  });

  it('re-ranks live when a weight slider moves', async () => {
    // A need with several answers, so that weights can reorder them.
    const need = 'bien-être au travail des agents';
    await open(pamiersSearch(need));
    const before = expectedRanking({ need, target: PAMIERS, top: 10 });
    await dashboard.waitForRanking(before);
    const slider = page.getByRole('slider', { name: 'Territoire' });
    await slider.focus();
    await slider.press('End'); // territory weighs 3: same-region practices move up
    const after = expectedRanking({ need, target: PAMIERS, top: 10, weights: { territory: 3 } });
    expect(after).not.toEqual(before);
    await dashboard.waitForRanking(after);
    expect(new URL(page.url()).searchParams.get('w.territory')).toBe('3');
    // The need can never be weighed to nothing: the relevance slider stops at core's minimum.
    expect(await page.getByRole('slider', { name: 'Pertinence' }).getAttribute('min')).toBe('0.2');
    await page.getByRole('button', { name: 'Poids par défaut' }).click();
    await dashboard.waitForRanking(before);
    await dashboard.typeNeed(NEED);
    await dashboard.waitForRanking(expectedRanking({ need: NEED, target: PAMIERS, top: 10 }));
  });
});

describe('Fiche pratique', () => {
  it('opens a practice with its full text, facts, score breakdown and similar practices', async () => {
    await open(pamiersSearch(NEED));
    await dashboard.waitForRanking(expectedRanking({ need: NEED, target: PAMIERS, top: 10 }));
    const listScore = await page.locator('result-card .score').first().getAttribute('data-score');
    await page.locator('result-card a[data-practice]').first().click();
    await page.getByRole('heading', { level: 2, name: "Récup'vélos en liberté" }).waitFor();
    // Focus moves to the fiche's heading, and the tab is named after the practice.
    await poll(async () => (await focused(page))?.id).toBe('practice-title');
    expect(await page.title()).toBe("Récup'vélos en liberté — Essaimage");
    // Every criterion's reason is written out on the fiche.
    expect(await page.locator('practice-view #reasons dd').count()).toBe(7);
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
    // « Pour la reproduire chez vous », written for the profile (Pamiers is larger than Saverdun).
    await poll(() => page.locator('#reproduction-scale').textContent()).toMatch(
      /^À l'échelle de Pamiers \(\d[\d ]* hab\. contre 4 808\) : montants et effectifs multipliés par \d/,
    );
    expect(await page.locator('#reproduction-budget li').allTextContents()).toEqual([
      expect.stringMatching(
        /^Charges de personnel : 19 000 € par an \(fonctionnement\), soit environ [\d ]+ € à votre échelle\.$/,
      ),
      "Réparation d'un vélo : au plus 30 € par vélo (coût unitaire, le même chez vous).",
    ]);
    expect(await page.locator('#reproduction-contact').textContent()).toContain(
      'La source ne nomme pas de contact',
    );
    const similar = page.locator('#similar result-card');
    await similar.first().waitFor();
    expect(await similar.count()).toBeGreaterThan(0);
    // Its first number says what it is: a proximité in %, beside the transférabilité.
    expect(await similar.first().locator('[data-pertinence]').textContent()).toMatch(
      /^\d+\s%\s*proximité$/,
    );
    const otherId = await similar.first().locator('a[data-practice]').getAttribute('data-practice');
    await similar.first().locator('a[data-practice]').click();
    await poll(() => new URL(page.url()).searchParams.get('id')).toBe(otherId);
    await page.goBack();
    await page.goBack();
    await dashboard.resultIds();
    // Back from a fiche, the focus is on the practice left, not on <body>.
    await poll(async () => (await focused(page))?.practice).toBe('saverdun-recup-velos-en-liberte');
    expect(await page.title()).toBe('Trouver des pratiques — Essaimage');
  });

  it('never requests DuckDB’s wasm on the home view or a fiche', async () => {
    await open(pamiersSearch(NEED));
    await dashboard.waitForRanking(expectedRanking({ need: NEED, target: PAMIERS, top: 10 }));
    await page.locator('result-card a[data-practice]').first().click();
    await page.locator('#breakdown-score').waitFor();
    await page.locator('#similar result-card').first().waitFor();
    await page.goBack();
    await dashboard.resultIds();
    expect(wasmRequests).toEqual([]);
    // The listener does see them: the Tendances view loads DuckDB.
    await dashboard.openView('Tendances');
    await page.locator('#trends-total').waitFor({ timeout: 60_000 });
    expect(wasmRequests.length).toBeGreaterThan(0);
  });

  it('is served compressed', async () => {
    const response = await fetch(server.url, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.text()).toContain('<essaimage-app>');
  });
});

describe('Tendances', () => {
  it('draws every chart from DuckDB with the expected number of marks', async () => {
    await open('?vue=tendances');
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
    // Every practice is counted in the years chart, the undated ones in « année inconnue ».
    const counts = await page
      .locator('figure[data-chart="years"] table tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => Number(row.lastElementChild?.textContent?.replace(/\D/g, ''))),
      );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(loadBundledCorpus().length);
    expect(await page.locator('#chart-years .axis-x .tick').last().textContent()).toBe(
      'année inconnue',
    );
  });

  it('applies the filters to every chart', async () => {
    await open('?vue=tendances');
    await page.locator('#trends-total').waitFor({ timeout: 60_000 });
    await page.locator('trends-view summary').click();
    await page.locator('trends-view filter-panel').getByLabel('Île-de-France').check();
    await poll(() => page.locator('#trends-total').textContent()).toMatch(/^14 /);
    expect(await page.locator('#chart-budgets .mark').count()).toBeLessThan(
      expectedTrendMarks().budgets,
    );
    await page.locator('trends-view filter-panel').getByLabel('Île-de-France').uncheck();
    await poll(() => page.locator('#trends-total').textContent()).toMatch(/^49 /);
    // The panel stays open when its last filter is unticked.
    expect(await page.locator('trends-view details').getAttribute('open')).not.toBeNull();
    // A chart's mark is reachable by keyboard, with the same tooltip as the mouse.
    await page.locator('#chart-medals .mark').first().focus();
    await poll(() => page.locator('trends-view .tip').textContent()).toMatch(/or : \d+/);
  });
});

const FIXTURES = fileURLToPath(new URL('../fixtures/dashboard/', import.meta.url));
/** The row count's text once `imported` practices are added to the bundled corpus. */
const practicesShown = (imported: number) =>
  new RegExp(`^${loadBundledCorpus().length + imported} pratique`);

/** Choose a file in the Données view, then take the proposed column mapping and import. */
async function importFile(file: string): Promise<void> {
  await page.locator('catalogue-import input[type=file]').setInputFiles(file);
  await page.locator('#run-import').click();
}

/** How many practices each fixture imported by {@link openWithImports} holds. */
const FIXTURE_PRACTICES: Record<string, number> = {
  'catalogue-valid.csv': 2,
  'catalogue-francais.csv': 1,
};

/** A fresh page on the Données view with these fixtures imported, one after the other. */
async function openWithImports(fixtures: string[]): Promise<void> {
  await open('?vue=donnees');
  const rowCount = page.locator('#row-count');
  await poll(async () => (await rowCount.textContent())?.trim()).toMatch(practicesShown(0));
  let imported = 0;
  for (const fixture of fixtures) {
    const before = await page
      .locator('#import-report')
      .textContent()
      .catch(() => null);
    await importFile(`${FIXTURES}${fixture}`);
    await poll(() => page.locator('#import-report').textContent()).not.toBe(before);
    await poll(() => page.locator('#import-report').textContent()).toMatch(
      /pratique\(s\) importée\(s\)/,
    );
    imported += FIXTURE_PRACTICES[fixture] as number;
    await poll(async () => (await rowCount.textContent())?.trim()).toMatch(
      practicesShown(imported),
    );
  }
}

describe('Données', () => {
  const fileInput = () => page.locator('catalogue-import input[type=file]');
  const report = () => page.locator('#import-report');
  const rowCount = async () => ((await page.locator('#row-count').textContent()) ?? '').trim();
  it('refuses a catalogue with an invalid row, naming the line, and imports nothing', async () => {
    await open('?vue=donnees');
    await poll(rowCount).toMatch(practicesShown(0));
    await importFile(`${FIXTURES}catalogue-invalid.csv`);
    await poll(() => report().textContent()).toContain('Rien n’a été importé');
    const text = (await report().textContent()) ?? '';
    expect(text).toContain('catalogue-invalid.csv, ligne 3, Année : « 20x7 » n’est pas une année');
    expect(text).not.toContain('ligne 2,');
    expect(text).not.toMatch(/expected|found|year/);
    expect(await rowCount()).toMatch(practicesShown(0));
  });

  it('imports a valid catalogue that survives a reload and is ranked', async () => {
    await openWithImports(['catalogue-valid.csv']);
    await page.reload();
    await poll(rowCount).toMatch(practicesShown(2));
    // The imports' search index was saved with them: the reload did not analyse them again.
    await poll(() => page.getByText('avec leur index de recherche').count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Rechercher dans le catalogue' }).fill('navette');
    await poll(rowCount).toMatch(/^1 pratique/);
    expect(await page.locator('practice-table tbody tr').getAttribute('data-id')).toBe(
      'foix-navette-fluviale-solidaire',
    );
  });

  it('says which saved practice cannot be read, and never saves over it', async () => {
    await openWithImports(['catalogue-valid.csv']);
    // The second saved practice damaged in this browser's IndexedDB, as a failed write would.
    // The summary holds their texts' hash too (read back to find their saved index).
    const summary = await readSaved(page, 'imported-practices');
    expect(summary).toEqual({
      chunks: 1,
      count: 2,
      textsHash: expect.stringMatching(/^t1-2-[0-9a-f]{16}$/) as unknown,
    });
    const saved = (await readSaved(page, 'imported-practices:0')) as { id: string }[];
    expect(saved.map((p) => p.id)).toEqual([
      'foix-navette-fluviale-solidaire',
      'lodeve-composteurs-de-quartier',
    ]);
    const damaged = [saved[0], 'pratique abîmée'];
    await writeSaved(page, 'imported-practices:0', damaged);
    await page.reload();
    const alert = page.locator('#saved-practices-error');
    await poll(() => alert.textContent()).toContain(
      'Les pratiques importées enregistrées dans ce navigateur (IndexedDB, base « essaimage », ' +
        'magasin « catalogue », clé « imported-practices ») n’ont pas pu être lues : la ' +
        'pratique n° 2 sur 2 : attendu un objet, trouvé le texte « pratique abîmée ».',
    );
    expect(await alert.getAttribute('role')).toBe('alert');
    // The dashboard runs on the bundled corpus.
    await poll(rowCount).toMatch(practicesShown(0));
    // An import is refused, and what was saved is still there, untouched.
    await importFile(`${FIXTURES}catalogue-francais.csv`);
    await poll(() => report().textContent()).toContain('Import impossible');
    expect(await report().textContent()).toContain('Rien n’a été importé ni retiré');
    expect(await readSaved(page, 'imported-practices:0')).toEqual(damaged);
    expect(await readSaved(page, 'imported-practices')).toEqual(summary);
    expect(await rowCount()).toMatch(practicesShown(0));
    // Deleting them is the user's explicit choice; imports work again after it.
    await page
      .getByRole('button', {
        name: 'Supprimer définitivement les pratiques enregistrées illisibles',
      })
      .click();
    await poll(() => alert.count()).toBe(0);
    expect(await readSaved(page, 'imported-practices')).toBeUndefined();
    expect(await readSaved(page, 'imported-practices:0')).toBeUndefined();
    await page.locator('#run-import').click();
    await poll(() => report().textContent()).toContain('1 pratique(s) importée(s)');
    await poll(rowCount).toMatch(practicesShown(1));
  });

  it('says so when a saved chunk of practices is missing, and keeps the others', async () => {
    await openWithImports(['catalogue-valid.csv']);
    const saved = await readSaved(page, 'imported-practices:0');
    // The summary announces a second chunk that is not there.
    await writeSaved(page, 'imported-practices', { chunks: 2, count: 4 });
    await page.reload();
    await poll(() => page.locator('#saved-practices-error').textContent()).toContain(
      'n’ont pas pu être lues : le morceau 2 sur 2 (clé « imported-practices:1 ») manque.',
    );
    expect(await readSaved(page, 'imported-practices:0')).toEqual(saved);
  });

  it('still reads practices saved whole, as versions before the chunks did', async () => {
    await openWithImports(['catalogue-valid.csv']);
    const saved = await readSaved(page, 'imported-practices:0');
    await writeSaved(page, 'imported-practices', saved);
    await page.reload();
    await poll(rowCount).toMatch(practicesShown(2));
    expect(await page.locator('#saved-practices-error').count()).toBe(0);
  });

  it('exports the current selection to CSV, JSON and Parquet, and reads them back', async () => {
    await openWithImports(['catalogue-valid.csv']);
    await page.getByRole('searchbox', { name: 'Rechercher dans le catalogue' }).fill('navette');
    await poll(rowCount).toMatch(/^1 pratique/);
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
    // For French Excel: a BOM, « ; » between cells.
    const excel = (await exported('CSV pour Excel')).toString('utf8');
    expect(excel.startsWith('\uFEFFid;title;summary;')).toBe(true);
    expect(excel).toContain(';Navette fluviale solidaire;');

    const parquet = await exported('Parquet');
    expect(parquet.subarray(0, 4).toString()).toBe('PAR1');
    // Read back through the importer (the same validation as CSV): its one row is valid.
    const file = `${tmpdir()}/essaimage-selection.parquet`;
    writeFileSync(file, parquet);
    await importFile(file);
    await poll(() => report().textContent()).toContain('1 pratique(s) importée(s)');
    await poll(rowCount).toMatch(/^1 pratique/);
    await page.getByRole('searchbox', { name: 'Rechercher dans le catalogue' }).fill('');
    await poll(rowCount).toMatch(practicesShown(2));
  });

  it('maps a French-headed CSV’s columns, saves the mapping and imports it', async () => {
    await open('?vue=donnees');
    await poll(rowCount).toMatch(practicesShown(0));
    await fileInput().setInputFiles(`${FIXTURES}catalogue-francais.csv`);
    const field = (column: string) =>
      page.locator(`#column-mapping select[data-column="${column}"]`);
    await field('Intitulé').waitFor();
    const proposed: Record<string, string> = {};
    for (const column of ['Intitulé', 'Commune', 'Code INSEE', 'Année', 'Budget', 'Notes'])
      proposed[column] = await field(column).inputValue();
    expect(proposed).toEqual({
      Intitulé: 'title',
      Commune: 'collectivity.name',
      'Code INSEE': 'collectivity.code',
      Année: 'year',
      Budget: 'budget.amount',
      Notes: '-',
    });
    expect(await page.locator('#column-mapping').textContent()).toContain(
      'Atelier vélo des agents',
    );
    await page.getByRole('button', { name: 'Enregistrer ces correspondances' }).click();
    expect(
      await page.evaluate(() => localStorage.getItem('essaimage:correspondances-de-colonnes')),
    ).toContain('"Intitulé":"title"');
    await page.locator('#run-import').click();
    await poll(() => report().textContent()).toContain('1 pratique(s) importée(s)');
    await poll(rowCount).toMatch(practicesShown(1));
  });

  it('searches by word start and place, shows the Budget column, links titles to fiches', async () => {
    await openWithImports(['catalogue-francais.csv']);
    const search = page.getByRole('searchbox', { name: 'Rechercher dans le catalogue' });
    const titles = () => page.locator('practice-table tbody td.title').allTextContents();
    await search.fill('velo'); // « vélos », never « développement »
    await poll(async () => (await titles()).map((t) => t.trim()).sort()).toEqual([
      'Atelier vélo des agents',
      "Récup'vélos en liberté",
    ]);
    await search.fill('Jura'); // the department's name
    await poll(async () => (await titles()).map((t) => t.trim()).sort()).toEqual([
      'Atelier vélo des agents',
      'Réinventer les ateliers municipaux',
    ]);
    // The Budget column shows whole inside the table's box, not past its scroll.
    const budget = await page.locator('practice-table th', { hasText: 'Budget' }).boundingBox();
    const box = await page.locator('practice-table .scroll').boundingBox();
    expect(budget!.x + budget!.width).toBeLessThanOrEqual(box!.x + box!.width);
    await page.locator('practice-table td.title a', { hasText: 'Réinventer' }).click();
    await page
      .getByRole('heading', { level: 2, name: 'Réinventer les ateliers municipaux' })
      .waitFor();
    await page.goBack();
    await poll(() => new URL(page.url()).searchParams.get('vue')).toBe('donnees');
  });
});

describe('Trouver des pratiques, with the imported catalogue', () => {
  it('ranks an imported practice, from the index saved with the imports', async () => {
    await openWithImports(['catalogue-valid.csv']);
    await page.reload();
    await poll(() => page.getByText('avec leur index de recherche').count()).toBe(1);
    await dashboard.openView('Trouver des pratiques');
    await dashboard.typeNeed('une barque électrique pour traverser la rivière');
    await poll(async () => (await dashboard.resultIds())[0]).toBe(
      'foix-navette-fluviale-solidaire',
    );
    await dashboard.pickCollectivity('pamie', 'Pamiers (09) — commune');
    await dashboard.typeNeed(NEED);
    await poll(async () => (await dashboard.resultIds())[0]).toBe(
      'saverdun-recup-velos-en-liberte',
    );
  });
});

describe('Carte des similarités', () => {
  it('places every practice, titles it on focus, and opens its fiche with Enter', async () => {
    await openWithImports(['catalogue-valid.csv']);
    await page.goto(`${server.url}${pamiersSearch(NEED)}`);
    await dashboard.resultIds();
    await dashboard.openView('Carte des similarités');
    const dots = page.locator('similarity-view circle.mark');
    // The bundled corpus and the two imported practices.
    await poll(() => dots.count()).toBe(loadBundledCorpus().length + 2);
    expect(
      await page
        .locator('similarity-view circle[data-practice="foix-navette-fluviale-solidaire"]')
        .count(),
    ).toBe(1);
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
    await open();
    await dashboard.pickCollectivity('pamie', 'Pamiers (09) — commune');
    await dashboard.typeNeed(NEED);
    await dashboard.waitForRanking(expectedRanking({ need: NEED, target: PAMIERS, top: 10 }));
    const copied = page.url();
    const ids = await dashboard.resultIds();
    const other = await context!.newPage();
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
    await open();
    const other = await context!.newPage();
    await other.goto(link.href);
    await poll(() =>
      other.getByRole('combobox', { name: 'Votre collectivité' }).inputValue(),
    ).toMatch(/^Pamiers \(09\) — commune, [\d\s\u00a0]+ hab\.$/);
    await other.close();
  });

  it('says in French what is wrong with a link to an unknown collectivity', async () => {
    const link = new URL(server.url);
    link.search = new URLSearchParams({ besoin: NEED, cible: 'commune:00000' }).toString();
    await open();
    const other = await context!.newPage();
    await other.goto(link.href);
    await poll(() => other.locator('find-view [role=alert]').textContent()).toContain(
      'Le lien désigne la commune de code « 00000 », que la géographie officielle ne connaît pas',
    );
    await other.close();
  });
});

describe('every view, at 1280×800 and on a 390×844 phone', () => {
  const VIEWS: [string, string][] = [
    ['trouver', `?besoin=${encodeURIComponent(NEED)}&cible=commune:09225`],
    ['fiche', `?vue=fiche&id=saverdun-recup-velos-en-liberte&besoin=${encodeURIComponent(NEED)}`],
    ['tendances', '?vue=tendances'],
    ['carte', '?vue=carte'],
    ['donnees', '?vue=donnees'],
  ];
  /** What shows that the view is ready. */
  const READY: Record<string, string> = {
    trouver: 'result-card',
    fiche: '#breakdown-score',
    tendances: '#trends-total',
    carte: 'similarity-view circle.mark',
    donnees: '#row-count',
  };

  for (const [view, search] of VIEWS) {
    it(`${view}: no WCAG 2.2 AA violation at either size, no horizontal scroll on a phone`, async () => {
      await open(search);
      await page.locator(READY[view]).first().waitFor({ timeout: 60_000 });
      expect(await axeViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(300); // the charts redraw at their new width
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('on a phone, a search opened from a link shows its results first, the form folded', async () => {
    await open(VIEWS[0][1], { width: 390, height: 844 });
    await page.locator('result-card').first().waitFor();
    const top = await page.locator('result-card').first().boundingBox();
    expect(top!.y).toBeLessThan(844);
    await page.getByRole('button', { name: 'Modifier la recherche' }).click();
    await page.getByRole('textbox', { name: 'Votre besoin' }).waitFor();
  });
});
