import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * parseArgs reads "--budget -1" as two flags; a value that looks like a negative number is
 * joined to its flag ("--budget=-1") so that the check of the value can say what is wrong.
 */
function joinNegativeValues(args: string[], options: Options): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    if (name && options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}

/** Parse a command's arguments strictly; unknown flags are a UsageError naming them. */
export function parseCommandArgs<T extends Options>(command: string, args: string[], options: T) {
  try {
    return parseArgs({
      args: joinNegativeValues(args, options),
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`essaimage ${command}: ${message} (see essaimage ${command} --help)`);
  }
}

/** A flag's value as a positive integer, or a UsageError saying what was found. */
export function positiveInteger(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(parsed) || parsed < 1) {
    throw new UsageError(`--${flag}: expected a positive integer, found ${JSON.stringify(value)}`);
  }
  return parsed;
}

/** A flag's value as a non-negative number (a population, euros, FTE), or a UsageError. */
export function nonNegativeNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value.replace(/[\s_]/g, '').replace(',', '.'));
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed < 0) {
    throw new UsageError(
      `--${flag}: expected a number zero or more, found ${JSON.stringify(value)}`,
    );
  }
  return parsed;
}
