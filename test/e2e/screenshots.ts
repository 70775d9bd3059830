/**
 * Screenshots of every view of the real dashboard at 1280×800 and on a 390×844 phone, into
 * docs/screenshots/ (`npm run screenshots`): `trouver.png`, `trouver-mobile.png`,
 * `trouver-damparis.png` (Damparis's need, both numbers and their reasons)... Builds the
 * app, serves it, drives Debian's Chromium.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startDashboard } from './support/dashboard-server';
import { DashboardPage } from './support/dashboard-page';

const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const NEED = 'mettre des vélos en libre-service gratuits pour les habitants';
// The need of the project's first user, in its own words (README).
const DAMPARIS_NEED = 'améliorer les conditions de travail des agents des ateliers municipaux';
const INVALID_CSV = fileURLToPath(
  new URL('../fixtures/dashboard/catalogue-invalid.csv', import.meta.url),
);
const SIZES = [
  { suffix: '', viewport: { width: 1280, height: 800 } },
  { suffix: '-mobile', viewport: { width: 390, height: 844 } },
];

/** Wait for the loading indicator to go (the engine, and DuckDB in Tendances). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document
        .querySelector('essaimage-app')
        ?.shadowRoot?.querySelector('loading-status')
        ?.shadowRoot?.querySelector('progress'),
    undefined,
    { timeout: 120_000 },
  );
  await page.waitForTimeout(400);
}

mkdirSync(OUT, { recursive: true });
const server = await startDashboard();
const browser = await launchChromium();
try {
  for (const { suffix, viewport } of SIZES) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const dashboard = new DashboardPage(page);
    const shoot = async (name: string) => {
      await settled(page);
      await page.screenshot({ path: `${OUT}${name}${suffix}.png` });
      console.log(`docs/screenshots/${name}${suffix}.png`);
    };

    await page.goto(server.url);
    await dashboard.pickCollectivity('Pamiers', 'Pamiers (09) — commune');
    await dashboard.typeNeed(NEED);
    await dashboard.resultIds();
    if (suffix === '') {
      // Show a criterion's reason, as on hover or focus.
      await page.locator('result-card').first().locator('g.criterion').nth(1).focus();
    } else {
      // A phone opened on a search: the form folds above the results.
      await page.reload();
      await dashboard.resultIds();
    }
    await shoot('trouver');

    await page.goto(
      `${server.url}?cible=commune:39189&besoin=${encodeURIComponent(DAMPARIS_NEED)}`,
    );
    await dashboard.resultIds();
    await shoot('trouver-damparis');

    await page.goto(server.url + `?cible=commune:09225&besoin=${encodeURIComponent(NEED)}`);
    await dashboard.resultIds();
    await page.locator('result-card a[data-practice]').first().click();
    await page.locator('#similar result-card').first().waitFor();
    await shoot('fiche');

    // « Pour la reproduire chez vous »: Damparis looking at Saverdun's fiche (on the desktop:
    // on a phone the search form is folded once a search is open).
    if (suffix === '') {
      await page.goto(`${server.url}?cible=commune:39189&besoin=${encodeURIComponent(NEED)}`);
      await dashboard.resultIds();
      await page.locator('result-card a[data-practice="saverdun-recup-velos-en-liberte"]').click();
      await page.locator('#reproduction-budget').waitFor();
      await page.locator('#reproduction').scrollIntoViewIfNeeded();
      await shoot('fiche-reproduction');
    }

    await dashboard.openView('Tendances');
    await page.locator('#trends-total').waitFor({ timeout: 120_000 });
    await shoot('tendances');

    await dashboard.openView('Carte des similarités');
    const dot = page.locator(
      'similarity-view circle[data-practice="saverdun-recup-velos-en-liberte"]',
    );
    await dot.waitFor();
    await dot.focus();
    await shoot('carte');

    await dashboard.openView('Données');
    await page.locator('practice-table tbody tr').first().waitFor();
    await page.locator('catalogue-import input[type=file]').setInputFiles(INVALID_CSV);
    await page.locator('#run-import').click();
    await page.locator('#import-report .error').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot('donnees');
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
