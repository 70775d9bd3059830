import type { Practice } from '@essaimage/core';
import type { PracticeFilters } from '../state/app-state';
import type { TrendData } from './trend-data';

/**
 * What the dashboard needs of the DuckDB store: the catalogue as a table, the trends as SQL,
 * and Parquet in and out. Implemented over DuckDB-wasm in duckdb-store.ts (loaded lazily, so
 * neither DuckDB's JS nor its wasm is part of the home view).
 */
export interface StoreHandle {
  /** Replace the stored practices (after an import). */
  replacePractices(practices: readonly Practice[]): Promise<void>;
  /** Every aggregate the trends view draws, for the practices passing the filters. */
  trends(filters: PracticeFilters): Promise<TrendData>;
}
