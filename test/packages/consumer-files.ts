import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The first two code blocks of packages/core/README.md: the Node example, the browser one. */
export function coreReadmeExamples(root: string): { node: string; browser: string } {
  const readme = readFileSync(join(root, 'packages/core/README.md'), 'utf8');
  const [node, browser] = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
  if (!node || !browser) {
    throw new Error('packages/core/README.md: expected a Node and a browser ts block, found fewer');
  }
  return { node, browser };
}

/** The strict consumer's tsconfig (the flags a strict project uses, without skipLibCheck). */
export const STRICT_TSCONFIG = {
  compilerOptions: {
    strict: true,
    module: 'nodenext',
    moduleResolution: 'nodenext',
    target: 'es2022',
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    types: ['node'],
  },
  files: ['example.ts'],
};

/** The fresh Vite app: its page shows the first practice the README's browser example ranks. */
export function viteAppFiles(browserExample: string): Record<string, string> {
  const main = browserExample.replace(
    /^essaimage\.recommend\(/m,
    'const { results } = essaimage.recommend(',
  );
  return {
    'index.html': `<!doctype html><html><head><meta charset="utf-8"></head><body><pre id="out"></pre>
<script type="module" src="./main.js"></script></body></html>`,
    // The README's example as it is, then its first result on the page.
    'main.js': `${main}
document.getElementById('out').textContent = results.map((r) => r.collectivity.name).join('\\n');
document.body.dataset.reflectPatched = String(typeof Reflect.getMetadata === 'function');
document.body.dataset.done = 'true';
`,
  };
}
