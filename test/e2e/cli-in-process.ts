import { main } from '../../packages/cli/src/main';
import type { CliRun } from './run-cli';

/**
 * Run the CLI's main function in this process, with its output captured: the same code as the
 * executable, without the cost of a process (for tests that run many commands).
 */
export async function runMain(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}
