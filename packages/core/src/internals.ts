/**
 * `@essaimage/core/internals`: every building block of core, the public API included: index
 * internals, SQL fragments, tuning tables. For the project's own tools (benchmarks, the
 * dashboard's store) and for experiments; no promise of stability between versions. A user
 * needs `@essaimage/core` and `@essaimage/core/node` only.
 *
 * @packageDocumentation
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
