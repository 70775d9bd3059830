import { readFileSync } from 'node:fs';
import { COMMANDS } from './command-list';
import { EXIT, type CommandIo } from './io';
import { quoted } from './words';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Essaimage : trouver les pratiques d'autres collectivités, pertinentes et transférables.

Usage : essaimage <commande> [options]

Commandes :
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

« essaimage <commande> --help » détaille une commande ; « essaimage --version » donne la version.
`;
}

/** The CLI's version, from its package.json (one folder up from src/ and from dist/ alike). */
function version(): string {
  const manifest = new URL('../package.json', import.meta.url);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** Run the CLI with these arguments; returns the exit code (0 ok, 2 bad input, 1 failure). */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.stderr(
      `essaimage : attendu une commande parmi ${COMMANDS.map((c) => c.name).join(', ')}, trouvé ${quoted(name)}\n`,
    );
    return EXIT.badInput;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    await command.run(rest, io);
    return EXIT.ok;
  } catch (error) {
    // Loaded only on failure: it imports core, which `--help` must not wait for.
    const { refusalJson, refusalOf } = await import('./refusal');
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
