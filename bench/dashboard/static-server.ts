import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** One file the server sent, when (ms since the server's clock was reset) and how big. */
export interface ServedFile {
  path: string;
  bytes: number;
  atMs: number;
}

/** A static file server on 127.0.0.1 that records what it serves. */
export interface RecordingServer {
  url: string;
  /** Forget what was served and restart the clock (call just before a navigation). */
  reset(): void;
  served(): ServedFile[];
  close(): Promise<void>;
}

/** Serve a built app's folder (no compression: sizes are measured, gzip computed apart). */
export function serveStatic(root: string, port = 0): Promise<RecordingServer> {
  let log: ServedFile[] = [];
  let clock = performance.now();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const bytes = statSync(file).size;
    log.push({ path, bytes, atMs: performance.now() - clock });
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': bytes,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        reset: () => {
          log = [];
          clock = performance.now();
        },
        served: () => [...log],
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
