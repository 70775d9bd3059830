/** Where a command writes: the process's streams, or buffers in tests. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Bad input from the user: printed on stderr without a stack trace, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;
