// A module resolution hook (node:module register) for running the CLI from the repository's
// sources: @essaimage/* packages resolve through the "@essaimage/source" condition of their
// exports, to TypeScript files that tsx compiles. Not shipped (see package.json "files").
export async function resolve(specifier, context, nextResolve) {
  return nextResolve(specifier, {
    ...context,
    conditions: ['@essaimage/source', ...context.conditions],
  });
}
