// The dashboard's one IndexedDB object store: what this browser keeps of the catalogue (the
// imported practices, their search index), by key.
export const DATABASE = 'essaimage';
export const STORE = 'catalogue';

/**
 * IndexedDB cannot be used at all in this browser (absent, private browsing, storage blocked
 * for the page): nothing is kept, which is not the same as a saved value that failed to read.
 */
export class IndexedDBUnavailable extends Error {
  constructor(cause: unknown) {
    super(`IndexedDB indisponible dans ce navigateur (${describeError(cause)})`);
    this.name = 'IndexedDBUnavailable';
  }
}

/** « NotReadableError : … »: an error as a message can name it. */
export function describeError(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException) {
    return error.message ? `${error.name} : ${error.message}` : error.name;
  }
  return String(error);
}

// What browsers raise when IndexedDB is refused to the page rather than failing on a value:
// Firefox's private browsing before version 115 (InvalidStateError), opaque origins and storage
// blocked by the user (SecurityError).
const REFUSED = new Set(['InvalidStateError', 'SecurityError']);

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new IndexedDBUnavailable('aucune API indexedDB'));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DATABASE, 1);
    } catch (error) {
      reject(new IndexedDBUnavailable(error));
      return;
    }
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      const error = request.error;
      reject(error && REFUSED.has(error.name) ? new IndexedDBUnavailable(error) : error);
    };
  });
}

/**
 * Runs `action` on the catalogue store in one transaction: it makes its requests and returns
 * what to answer once they are all committed (all or none of a readwrite's writes are kept).
 */
export function inCatalogueTransaction<T>(
  mode: IDBTransactionMode,
  action: (store: IDBObjectStore) => () => T,
): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const fail = (error: unknown) => {
          db.close();
          reject(error);
        };
        let transaction: IDBTransaction;
        let answer: () => T;
        try {
          transaction = db.transaction(STORE, mode);
          // A value the browser cannot clone throws here, before any event.
          answer = action(transaction.objectStore(STORE));
        } catch (error) {
          fail(error);
          return;
        }
        transaction.oncomplete = () => {
          db.close();
          try {
            resolve(answer());
          } catch (error) {
            reject(error);
          }
        };
        transaction.onerror = (event) =>
          fail((event.target as IDBRequest).error ?? transaction.error);
        // A commit refused (disk full, quota) aborts the transaction without an error event.
        transaction.onabort = () => fail(transaction.error);
      }),
  );
}

/** Runs one request on the catalogue store, in its own transaction; its result once committed. */
export function runInCatalogueStore<T>(
  mode: IDBTransactionMode,
  action: (store: IDBObjectStore) => IDBRequest,
): Promise<T> {
  return inCatalogueTransaction(mode, (store) => {
    const request = action(store);
    return () => request.result as T;
  });
}
