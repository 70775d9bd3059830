/**
 * @essaimage/core: find practices of other French collectivities that are relevant and
 * transferable, with each score explained criterion by criterion. Runs in Node and the browser;
 * Node-only helpers (reading the official geography and the bundled corpus from disk, DuckDB)
 * live in `@essaimage/core/node`.
 */
export * from './practice';
export * from './geography';
export * from './text';
export * from './lexicon';
export * from './search';
export * from './scoring';
export * from './engine';
export * from './store';
export * from './analytics';
export * from './catalogue-io';
