import type { Page } from 'playwright-core';
import type { Practice } from '@essaimage/core';
import { importedTextsHash } from '../../apps/dashboard/src/engine/index-key';

// Practices handed to the page per protocol message, and stored per IndexedDB record: one
// message for 100,000 practices would be some 300 MB of JSON.
const SEED_BATCH = 5_000;

/**
 * Put practices where the dashboard keeps an imported catalogue, as it saves them (IndexedDB
 * "essaimage", store "catalogue": the practices in chunks at "imported-practices:0", ":1"…,
 * their count and the hash of their texts under "imported-practices"; see
 * apps/dashboard/src/store/imported-practices.ts), so the next navigation loads them as a user's
 * earlier import. Each batch is stored as it arrives: the page never gathers them all.
 */
export async function seedImportedPractices(
  page: Page,
  practices: readonly Practice[],
): Promise<void> {
  let chunks = 0;
  for (let from = 0; from < practices.length; from += SEED_BATCH) {
    await page.evaluate(putInCatalogue, [
      `imported-practices:${chunks++}`,
      practices.slice(from, from + SEED_BATCH),
    ] as const);
  }
  await page.evaluate(putInCatalogue, [
    'imported-practices',
    { chunks, count: practices.length, textsHash: importedTextsHash(practices) },
  ] as const);
}

/** In the page: one value put in the catalogue store, resolved once committed. */
const putInCatalogue = ([key, value]: readonly [string, unknown]) =>
  new Promise<void>((resolve, reject) => {
    const request = indexedDB.open('essaimage', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('catalogue');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction('catalogue', 'readwrite');
      tx.objectStore('catalogue').put(value, key);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    };
  });
