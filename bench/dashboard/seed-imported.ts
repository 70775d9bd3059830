import type { Page } from 'playwright-core';
import type { Practice } from '@essaimage/core';

// Practices handed to the page per protocol message: one message for 100,000 practices would
// be some 300 MB of JSON.
const SEED_BATCH = 5_000;

/** Where the page gathers the batches before storing them (a global of the seeding page only). */
type SeedingWindow = { essaimageSeed: Practice[] };

/**
 * Put practices where the dashboard keeps an imported catalogue (IndexedDB "essaimage", store
 * "catalogue", key "imported-practices": see apps/dashboard/src/store/imported-practices.ts),
 * so the next navigation loads them as a user's earlier import. They are handed over in
 * batches, gathered in the page, then stored as the one array the app reads.
 */
export async function seedImportedPractices(
  page: Page,
  practices: readonly Practice[],
): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as SeedingWindow).essaimageSeed = [];
  });
  for (let from = 0; from < practices.length; from += SEED_BATCH) {
    await page.evaluate(
      (batch) => {
        (window as unknown as SeedingWindow).essaimageSeed.push(...batch);
      },
      practices.slice(from, from + SEED_BATCH) as Practice[],
    );
  }
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const items = (window as unknown as SeedingWindow).essaimageSeed;
        const request = indexedDB.open('essaimage', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('catalogue');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('catalogue', 'readwrite');
          tx.objectStore('catalogue').put(items, 'imported-practices');
          tx.oncomplete = () => {
            db.close();
            (window as unknown as Partial<SeedingWindow>).essaimageSeed = undefined;
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
