import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parse a command's arguments strictly; unknown flags are a UsageError naming them. */
export function parseCommandArgs<T extends Options>(command: string, args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
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
