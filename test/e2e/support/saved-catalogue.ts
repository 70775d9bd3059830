import type { Page } from 'playwright-core';

// The page's real IndexedDB, read and written as the dashboard keeps its imports (database
// "essaimage", store "catalogue": apps/dashboard/src/store/indexed-db.ts), to put a test's
// browser in the state a user's could be in.

/** The value saved under `key` in the page's catalogue store (undefined when none). */
export function readSaved(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (key) =>
      new Promise<unknown>((resolve, reject) => {
        const opened = indexedDB.open('essaimage', 1);
        opened.onerror = () => reject(opened.error);
        opened.onsuccess = () => {
          const request = opened.result
            .transaction('catalogue', 'readonly')
            .objectStore('catalogue')
            .get(key);
          request.onsuccess = () => {
            opened.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    key,
  );
}

/** Replace the value saved under `key` in the page's catalogue store. */
export function writeSaved(page: Page, key: string, value: unknown): Promise<void> {
  return page.evaluate(
    ([key, value]) =>
      new Promise<void>((resolve, reject) => {
        const opened = indexedDB.open('essaimage', 1);
        opened.onerror = () => reject(opened.error);
        opened.onsuccess = () => {
          const transaction = opened.result.transaction('catalogue', 'readwrite');
          transaction.objectStore('catalogue').put(value, key);
          transaction.oncomplete = () => {
            opened.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [key, value] as const,
  );
}
