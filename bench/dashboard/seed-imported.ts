import type { Page } from 'playwright-core';
import type { Practice } from '@essaimage/core';

/**
 * Put practices where the dashboard keeps an imported catalogue (IndexedDB "essaimage", store
 * "catalogue", key "imported-practices": see apps/dashboard/src/store/imported-practices.ts),
 * so the next navigation loads them as a user's earlier import.
 */
export async function seedImportedPractices(
  page: Page,
  practices: readonly Practice[],
): Promise<void> {
  await page.evaluate(
    (items) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('essaimage', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('catalogue');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('catalogue', 'readwrite');
          tx.objectStore('catalogue').put(items, 'imported-practices');
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    practices as Practice[],
  );
}
