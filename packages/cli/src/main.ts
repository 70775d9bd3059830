import type { Command } from './command';
import { budgetCommand } from './commands/budget';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { practicesCommand } from './commands/practices';
import { recommendCommand } from './commands/recommend';
import { similarCommand } from './commands/similar';
import { trendsCommand } from './commands/trends';
import { EXIT, type CommandIo } from './io';
import { refusalJson, refusalOf } from './refusal';
import { quoted } from './words';

const COMMANDS: Command[] = [
  recommendCommand,
  similarCommand,
  practicesCommand,
  trendsCommand,
  budgetCommand,
  importCommand,
  exportCommand,
];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Essaimage : trouver les pratiques d'autres collectivités, pertinentes et transférables.

Usage : essaimage <commande> [options]

Commandes :
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

« essaimage <commande> --help » détaille une commande.
`;
}

/** Run the CLI with these arguments; returns the exit code (0 ok, 2 bad input, 1 failure). */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(
      `essaimage : attendu une commande parmi ${COMMANDS.map((c) => c.name).join(', ')}, trouvé ${quoted(name)}\n`,
    );
    return EXIT.badInput;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    await command.run(rest, io);
    return EXIT.ok;
  } catch (error) {
    const refusal = refusalOf(name, error);
    if (refusal !== undefined) {
      io.stderr(`${refusal.message}\n`);
      // With --json, a program reads the refusal too, every problem included.
      if (rest.includes('--json')) io.stdout(refusalJson(refusal));
      return EXIT.badInput;
    }
    io.stderr(`essaimage ${name} : ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failure;
  }
}
