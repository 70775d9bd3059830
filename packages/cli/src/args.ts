import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';
import { quoted } from './words';

type Options = NonNullable<ParseArgsConfig['options']>;

/** How many positional arguments a command takes, and what they are (for messages). */
export interface PositionalSpec {
  max: number;
  /** What one is, in French: "un fichier à importer", "un identifiant de pratique". */
  what?: string;
}

const NEGATIVE_NUMBER = /^-\d/;
const NUMBER_LIKE = /^[-+]?[\d\s.,_]+$/;

/**
 * parseArgs reads "--budget -1" as two flags; a value that looks like a negative number is
 * joined to its flag ("--budget=-1") so that the check of the value can say what is wrong.
 */
function joinNegativeValues(args: readonly string[], options: Options): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    if (
      name &&
      options[name]?.type === 'string' &&
      next !== undefined &&
      NEGATIVE_NUMBER.test(next)
    ) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}

/**
 * Parse a command's arguments strictly, every refusal a UsageError in French naming the flag:
 * an unknown flag, a flag given twice (never « the last wins »), a flag without its value (or
 * whose value is another flag), a value given to a switch, more positional arguments than the
 * command takes, and, when a word follows a flag's value, a hint to quote the value
 * (`--need mettre des vélos` searches « mettre » alone otherwise).
 */
export function parseCommandArgs<T extends Options>(
  command: string,
  args: string[],
  options: T,
  positionals: PositionalSpec = { max: 0 },
) {
  const joined = joinNegativeValues(args, options);
  const help = `(voir essaimage ${command} --help)`;
  const { tokens } = parseArgs({
    args: joined,
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const seen = new Set<string>();
  const found: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      found.push(token.value);
      continue;
    }
    const option = options[token.name];
    if (!option || !token.rawName.startsWith('--')) {
      throw new UsageError(
        `essaimage ${command} : attendu une option de la commande, trouvé ${token.rawName}, option inconnue ${help}`,
      );
    }
    if (seen.has(token.name)) {
      throw new UsageError(
        `--${token.name} : attendu une seule fois, trouvé plusieurs fois (aucune valeur ne l'emporte : gardez-en une)`,
      );
    }
    seen.add(token.name);
    if (option.type === 'boolean') {
      if (token.value !== undefined) {
        throw new UsageError(
          `--${token.name} : attendu sans valeur (c'est un interrupteur), trouvé ${quoted(token.value)}`,
        );
      }
      continue;
    }
    if (token.value === undefined) {
      throw new UsageError(`--${token.name} : attendu une valeur, trouvé rien`);
    }
    // « - » alone is standard input (import -, --need -), not an option.
    const looksLikeOption =
      token.value !== '-' && token.value.startsWith('-') && !NEGATIVE_NUMBER.test(token.value);
    if (!token.inlineValue && looksLikeOption) {
      throw new UsageError(
        `--${token.name} : attendu une valeur, trouvé l'option ${token.value} (une valeur qui commence par « - » s'écrit --${token.name}=${token.value})`,
      );
    }
    // Positional words right after a text value: the value was probably meant to hold them (a
    // number is not continued by words: those are plain stray arguments, refused below).
    if (!token.inlineValue && !NUMBER_LIKE.test(token.value)) {
      const after = tokens.slice(tokens.indexOf(token) + 1);
      const words: string[] = [];
      for (const next of after) {
        if (next.kind !== 'positional') break;
        words.push(next.value);
      }
      const allowed = Math.max(0, positionals.max - found.length);
      if (words.length > allowed) {
        const whole = [token.value, ...words].join(' ');
        throw new UsageError(
          `--${token.name} : attendu une seule valeur, trouvé ${quoted(token.value)} suivi de ${words.map(quoted).join(' ')} ; une valeur de plusieurs mots s'écrit entre guillemets : --${token.name} "${whole}"`,
        );
      }
    }
  }
  if (found.length > positionals.max) {
    const extra = found.slice(positionals.max);
    const expected =
      positionals.max === 0
        ? 'aucun argument hors des options'
        : `${positionals.max === 1 ? (positionals.what ?? 'un argument') : `${positionals.max} arguments`} au plus`;
    throw new UsageError(
      `essaimage ${command} : attendu ${expected}, trouvé en plus ${extra.map(quoted).join(' ')} ${help}`,
    );
  }
  // Everything parseArgs would refuse has been refused above, in French.
  return parseArgs({ args: joined, options, allowPositionals: true, strict: true });
}
