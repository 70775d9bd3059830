import type { PolicyArea, Practice } from '@essaimage/core';
import { PracticeStore, connectDuckDBWasm } from './core-store';
import type { PracticeFilters } from '../state/app-state';
import { startDuckDB } from './duckdb-instance';
import type { StoreHandle } from './store-handle';
import type { TrendData } from './trend-data';
import { queryTrends } from './trend-queries';

/** The catalogue in DuckDB-wasm, through core's PracticeStore. */
class DuckDBStore implements StoreHandle {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: PracticeStore) {}

  // One connection: statements of two calls must not interleave inside a transaction.
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  replacePractices(practices: readonly Practice[]): Promise<void> {
    return this.serial(async () => {
      await this.store.connector.run('DELETE FROM practice_areas');
      await this.store.connector.run('DELETE FROM practices');
      await this.store.add(practices);
    });
  }

  trends(filters: PracticeFilters): Promise<TrendData> {
    return this.serial(() => queryTrends(this.store.connector, filters));
  }
}

/** Start DuckDB and load the catalogue into it. */
export async function openStore(
  practices: readonly Practice[],
  policyAreas: readonly PolicyArea[],
): Promise<StoreHandle> {
  const db = await startDuckDB();
  const store = await PracticeStore.open(await connectDuckDBWasm(db), { policyAreas });
  await store.add(practices);
  return new DuckDBStore(store);
}
