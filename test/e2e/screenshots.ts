/**
 * Screenshots of every view of the real dashboard at 1280×800, into docs/screenshots/
 * (`npm run screenshots`). Builds the app, serves it, drives Debian's Chromium.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './support/chromium';
import { startDashboard } from './support/dashboard-server';
import { DashboardPage } from './support/dashboard-page';

const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const NEED = 'mettre des vélos en libre-service gratuits pour les habitants';

mkdirSync(OUT, { recursive: true });
const server = await startDashboard();
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const dashboard = new DashboardPage(page);
  const shoot = async (name: string) => {
    // Wait for the loading indicator to go (DuckDB loads in the background).
    await page.waitForFunction(
      () =>
        !document
          .querySelector('essaimage-app')
          ?.shadowRoot?.querySelector('loading-status')
          ?.shadowRoot?.querySelector('progress'),
      undefined,
      { timeout: 120_000 },
    );
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}${name}.png` });
    console.log(`docs/screenshots/${name}.png`);
  };

  await page.goto(server.url);
  await dashboard.pickCollectivity('Pamiers', 'Pamiers (09) — commune');
  await dashboard.typeNeed(NEED);
  await dashboard.resultIds();
  // Show a criterion's reason, as on hover or focus.
  await page.locator('result-card').first().locator('g.criterion').nth(1).focus();
  await shoot('trouver');

  await page.locator('result-card a[data-practice]').first().click();
  await page.locator('#similar result-card').first().waitFor();
  await shoot('fiche');

  // « Pour la reproduire chez vous »: Damparis looking at Saverdun's fiche.
  await dashboard.openView('Trouver des pratiques');
  await dashboard.pickCollectivity('Damparis', 'Damparis (39) — commune');
  await dashboard.typeNeed(NEED);
  await dashboard.resultIds();
  await page.locator('result-card a[data-practice="saverdun-recup-velos-en-liberte"]').click();
  await page.locator('#reproduction-budget').waitFor();
  await page.locator('#reproduction').scrollIntoViewIfNeeded();
  await shoot('fiche-reproduction');

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
  await page
    .locator('catalogue-import input[type=file]')
    .setInputFiles(
      fileURLToPath(new URL('../fixtures/dashboard/catalogue-invalid.csv', import.meta.url)),
    );
  await page.locator('#import-report .error').first().waitFor();
  await shoot('donnees');
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
