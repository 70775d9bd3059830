import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Resolved through the package's own name, so that the path is right both from the sources
// (src/node/) and from the bundled dist/ files, whose folders differ.
const root = dirname(createRequire(import.meta.url).resolve('@essaimage/core/package.json'));

/** A path inside the @essaimage/core package (`data/`, `dist/...`). */
export function packagePath(relative: string): string {
  return join(root, relative);
}

/**
 * True when core runs from its TypeScript sources (inside the repository), where the files
 * `npm run build` writes to dist/ may be older than the code: then nothing prebuilt is read.
 */
export const runsFromSources = import.meta.url.endsWith('.ts');
