// tsyringe's entry module throws unless `reflect-metadata` has patched the global `Reflect`,
// and core patches nothing at import. Its container module needs no metadata when every
// registration is a factory or a value (as core's are), so core takes the root container from
// there. A user who wants tsyringe's decorators imports `reflect-metadata` and `tsyringe`
// themselves; their containers work with core's (same interface).
// A namespace import: Node and bundlers agree on its `instance` (not on a default import's).
import * as containerModule from 'tsyringe/dist/cjs/dependency-container.js';

/** The container core's engines are children of, unless a parent is given. */
export const rootContainer = containerModule.instance;
