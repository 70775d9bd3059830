import { createReadStream, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { Plugin, ResolvedConfig } from 'vite';

const gzipAsync = promisify(gzip);

/** The types worth compressing, with the Content-Type to serve them under. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
};
const MIN_BYTES = 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => join(dir, file))
    .filter((file) => statSync(file).isFile());
}

/**
 * Gzip the build's text, JSON and wasm files next to them (`x.js.gz`) once, at build time, and
 * have `vite preview` serve the `.gz` to a browser that accepts gzip: DuckDB's 33 MB wasm goes
 * over the wire as about 7.5 MB. (`vite preview` itself compresses nothing.)
 */
export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'essaimage-precompress',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config.command !== 'build') return;
      const outDir = resolve(config.root, config.build.outDir);
      const files = filesUnder(outDir).filter(
        (file) => TYPES[extname(file)] && statSync(file).size >= MIN_BYTES,
      );
      await Promise.all(
        files.map(async (file) =>
          writeFileSync(`${file}.gz`, await gzipAsync(await readFile(file))),
        ),
      );
    },
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        const accepts = String(req.headers['accept-encoding'] ?? '').includes('gzip');
        const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
        const relative = normalize(path.endsWith('/') ? `${path}index.html` : path);
        const file = join(outDir, relative);
        const type = TYPES[extname(file)];
        if (!accepts || !type || !file.startsWith(outDir + sep) || !existsSync(`${file}.gz`)) {
          next();
          return;
        }
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Content-Length', statSync(`${file}.gz`).size);
        if (req.method === 'HEAD') {
          res.end();
          return;
        }
        createReadStream(`${file}.gz`).pipe(res);
      });
    },
  };
}
