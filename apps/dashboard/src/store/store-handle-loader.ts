import type { Practice } from '@essaimage/core';
import type { StoreHandle } from './store-handle';

/** Placeholder until the DuckDB store is wired. */
export async function openStore(_practices: readonly Practice[]): Promise<StoreHandle> {
  throw new Error('not yet');
}
