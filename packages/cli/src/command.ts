import type { CommandIo } from './io';

/** One subcommand of `essaimage`. */
export interface Command {
  name: string;
  /** The usage text printed by `essaimage <name> --help`. */
  usage: string;
  run(args: string[], io: CommandIo): Promise<void>;
}
