import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CONFIG = `${ROOT}vite.config.ts`;

/** A built dashboard served by `vite preview` on a free port of 127.0.0.1. */
export interface DashboardServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Build the dashboard once (data files, then the Vite bundle) and serve it. Set
 * ESSAIMAGE_SKIP_BUILD=1 to reuse an existing apps/dashboard/dist while iterating.
 */
export async function startDashboard(): Promise<DashboardServer> {
  if (!process.env.ESSAIMAGE_SKIP_BUILD) {
    // In a child process: under vitest, NODE_ENV=test would make Vite bundle Lit's dev build.
    const env = { ...process.env, NODE_ENV: 'production' };
    execFileSync(
      'npx',
      ['tsx', '--conditions=@essaimage/source', 'apps/dashboard/scripts/build-data.ts'],
      {
        cwd: ROOT,
        env,
        stdio: 'inherit',
      },
    );
    execFileSync('npx', ['vite', 'build', '--config', CONFIG, '--logLevel', 'error'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const server: PreviewServer = await preview({
    configFile: CONFIG,
    root: `${ROOT}apps/dashboard`,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its URL');
  return {
    url,
    close: () => server.close(),
  };
}
