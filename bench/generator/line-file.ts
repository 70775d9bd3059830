import { closeSync, openSync, readSync, renameSync, writeSync } from 'node:fs';

// The bench's catalogues are files of one record a line, written and read a chunk at a time:
// no step holds the whole file as one string (V8 caps a string near 2^29 characters, which the
// old single-JSON cache crossed at about 323,000 practices).

/** Characters gathered before each write. */
const WRITE_CHUNK = 1 << 20;

/**
 * Write `lines` to `path`, each followed by "\n", a megabyte at a time; through a temporary
 * file renamed at the end, so an interrupted run leaves no truncated catalogue to be reused.
 * Returns how many lines were written.
 */
export function writeLines(path: string, lines: Iterable<string>): number {
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w');
  let pending: string[] = [];
  let pendingLength = 0;
  let count = 0;
  try {
    for (const line of lines) {
      pending.push(line);
      pendingLength += line.length + 1;
      count += 1;
      if (pendingLength >= WRITE_CHUNK) {
        writeSync(fd, pending.join('\n') + '\n');
        pending = [];
        pendingLength = 0;
      }
    }
    if (pending.length > 0) writeSync(fd, pending.join('\n') + '\n');
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
  return count;
}

/**
 * The lines of a UTF-8 file, without their "\n", read `chunkBytes` at a time. A line is cut at
 * its newline byte, which never occurs inside a multi-byte UTF-8 character, so a character
 * split across two chunks is decoded whole.
 */
export function* readLines(path: string, chunkBytes = 1 << 20): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.allocUnsafe(chunkBytes);
    let carry = Buffer.alloc(0);
    for (;;) {
      const read = readSync(fd, chunk, 0, chunkBytes, null);
      if (read === 0) break;
      const fresh = chunk.subarray(0, read);
      const data = carry.length > 0 ? Buffer.concat([carry, fresh]) : fresh;
      let start = 0;
      for (let newline = data.indexOf(10); newline !== -1; newline = data.indexOf(10, start)) {
        yield data.toString('utf8', start, newline);
        start = newline + 1;
      }
      // A copy: `chunk` is overwritten by the next read.
      carry = Buffer.from(data.subarray(start));
    }
    if (carry.length > 0) yield carry.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Write values as NDJSON (one JSON text a line); returns how many. */
export function writeNdjson(path: string, values: Iterable<unknown>): number {
  return writeLines(
    path,
    mapIterable(values, (v) => JSON.stringify(v)),
  );
}

/** The values of an NDJSON file, parsed one line at a time (blank lines skipped). */
export function* readNdjson(path: string, chunkBytes?: number): Generator<unknown> {
  for (const line of readLines(path, chunkBytes)) if (line.length > 0) yield JSON.parse(line);
}

/** `values` mapped lazily. */
export function* mapIterable<T, U>(values: Iterable<T>, map: (value: T) => U): Generator<U> {
  for (const value of values) yield map(value);
}
