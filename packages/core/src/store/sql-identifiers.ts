const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/**
 * Quote an identifier written in code (a table or a column name). It is not a way to accept
 * user input: a name outside `[A-Za-z_][A-Za-z0-9_.]*` is a programming error and throws.
 */
export function quoteIdentifier(name: string): string {
  if (!IDENTIFIER.test(name))
    throw new Error(`not a plain SQL identifier: ${JSON.stringify(name)}`);
  return `"${name}"`;
}

/** `n` positional parameters: `?, ?, ?`. */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}
