import type { PolicyArea, Practice } from '@essaimage/core';
import {
  PracticeStore,
  connectDuckDBWasm,
  practicesToParquet,
  readParquetTable,
  type SourceTable,
} from './core-store';
import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import type { PracticeFilters } from '../state/app-state';
import { startDuckDB } from './duckdb-instance';
import type { StoreHandle } from './store-handle';
import type { TrendData } from './trend-data';
import { queryTrends } from './trend-queries';

/** The catalogue in DuckDB-wasm, through core's PracticeStore. */
class DuckDBStore implements StoreHandle {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: AsyncDuckDB,
    private store: PracticeStore,
    private readonly policyAreas: readonly PolicyArea[],
  ) {}

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

  exportParquet(practices: readonly Practice[]): Promise<Uint8Array> {
    // The selection goes through a scratch in-memory database, so the export is exactly
    // core's (same columns as the CLI) whatever the selection (search text included).
    return this.serial(async () => {
      const connector = await connectDuckDBWasm(this.db);
      const name = `essaimage_selection_${Date.now()}`;
      await connector.run(`ATTACH ':memory:' AS ${name}`);
      try {
        await connector.run(`USE ${name}`);
        const scratch = await PracticeStore.open(connector, { policyAreas: this.policyAreas });
        await scratch.add(practices);
        return await practicesToParquet(scratch);
      } finally {
        await connector.run('USE memory');
        await connector.run(`DETACH ${name}`);
        await connector.close();
      }
    });
  }

  readParquet(bytes: Uint8Array, name: string): Promise<SourceTable> {
    return this.serial(() => readParquetTable(this.store.connector, bytes, name));
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
  return new DuckDBStore(db, store, policyAreas);
}
