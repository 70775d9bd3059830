import type { Practice } from '@essaimage/core';

/**
 * Asked by the data view: add imported practices, or drop them all; `done` once applied, or
 * with the error that stopped it (then nothing was saved).
 */
export interface CatalogueChange {
  add?: Practice[];
  done?: (error?: Error) => void;
}

/** The event the data view dispatches to change the catalogue (only the shell applies it). */
export function catalogueChangeEvent(change: CatalogueChange): CustomEvent<CatalogueChange> {
  return new CustomEvent<CatalogueChange>('catalogue-change', {
    detail: change,
    bubbles: true,
    composed: true,
  });
}

declare global {
  interface HTMLElementEventMap {
    'catalogue-change': CustomEvent<CatalogueChange>;
  }
}
