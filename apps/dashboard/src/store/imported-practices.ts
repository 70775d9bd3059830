import type { Practice } from '@essaimage/core';

// Imported practices persist in IndexedDB (validated and enriched, as the engine uses them),
// so they survive a reload without a second validation.
const DATABASE = 'essaimage';
const STORE = 'catalogue';
const KEY = 'imported-practices';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function run<T>(
  mode: IDBTransactionMode,
  action: (store: IDBObjectStore) => IDBRequest,
): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(STORE, mode);
        const request = action(transaction.objectStore(STORE));
        transaction.oncomplete = () => {
          db.close();
          resolve(request.result as T);
        };
        transaction.onerror = () => reject(transaction.error);
      }),
  );
}

/** The practices imported earlier in this browser (none when IndexedDB is unavailable). */
export async function loadImportedPractices(): Promise<Practice[]> {
  try {
    return (await run<Practice[] | undefined>('readonly', (s) => s.get(KEY))) ?? [];
  } catch {
    return [];
  }
}

/** Replace the imported practices. */
export async function saveImportedPractices(practices: readonly Practice[]): Promise<void> {
  await run('readwrite', (s) => s.put([...practices], KEY));
}
