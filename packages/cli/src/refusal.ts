import { ValidationError, type Problem } from '@essaimage/core';
import { UsageError } from './io';
import { describeFileError } from './system-error';
import { wordProblem } from './words';

/** Why a command refused its input: French lines for people, every problem for programs. */
export interface Refusal {
  /** The whole message, in French: a head line, then one line per problem. */
  message: string;
  /** Each problem as core gives it (code, where, field, values...), with its French wording. */
  problems: Array<Partial<Problem> & { message: string }>;
}

/**
 * The refusal an error stands for, when it is bad input (exit code 2): a UsageError (a flag), a
 * ValidationError (every problem of a file, worded in French), a refused output file or an
 * operating-system error (a folder given as a file). Undefined for anything else: a bug.
 */
export function refusalOf(command: string, error: unknown): Refusal | undefined {
  if (error instanceof UsageError) {
    return { message: error.message, problems: [{ message: error.message }] };
  }
  if (error instanceof ValidationError) {
    const lines = error.problems.map(wordProblem);
    const count = error.problems.length;
    const head = `essaimage ${command} : refusé, ${count} problème${count > 1 ? 's' : ''}${command === 'import' ? ", rien n'est importé" : ''} :`;
    return {
      message: [head, ...lines.map((line) => `  ${line}`)].join('\n'),
      problems: error.problems.map((problem, i) => ({ ...problem, message: lines[i] })),
    };
  }
  const sentence = describeFileError(command, error);
  if (sentence !== undefined) return { message: sentence, problems: [{ message: sentence }] };
  return undefined;
}

/** A refusal as JSON for `--json`: `{ refused: true, message, problems: [...] }`. */
export function refusalJson(refusal: Refusal): string {
  const json = JSON.stringify(
    { refused: true, message: refusal.message, problems: refusal.problems },
    (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value),
    2,
  );
  return `${json}\n`;
}
