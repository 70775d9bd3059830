import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The real `essaimage` executable, as `npx essaimage` runs it. */
export const CLI = fileURLToPath(new URL('../../packages/cli/bin/essaimage.js', import.meta.url));

/** What a CLI run gave. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the CLI in a child process and wait for it; `input` is written to its standard input. */
export function runCli(args: string[], options: { cwd?: string; input?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
