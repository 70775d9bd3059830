import { decodeText } from '@essaimage/core';
import { UsageError } from './io';

/** The bytes of standard input, read to its end (`-` in place of a file or a need). */
export async function readStandardInput(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/** The text of `--<flag> <value>`, or of standard input when the value is `-`. */
export async function textOrStandardInput(flag: string, value: string | undefined) {
  if (value !== '-') return value;
  if (process.stdin.isTTY) {
    throw new UsageError(`--${flag} -: expected text on standard input, found a terminal`);
  }
  return decodeText(await readStandardInput());
}
