import { randomBytes } from 'node:crypto';
import { lstat, open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** A file a command reads, that none of its outputs may overwrite. */
export type ProtectedFile = 'database' | 'database-log' | 'input';

const PROTECTED_NAME: Record<ProtectedFile, string> = {
  database: 'the open database',
  'database-log': "the open database's write-ahead log",
  input: 'the imported file',
};

/** Why a file cannot be written: a code the CLI words for its user, and the path concerned. */
export class OutputFileError extends Error {
  constructor(
    /**
     * `protected`: the path is a file the command reads; `not-a-file`: a folder, a device...;
     * `no-folder`: its folder does not exist.
     */
    readonly code: 'protected' | 'not-a-file' | 'no-folder',
    readonly path: string,
    /** Which file it is, for `protected`. */
    readonly file?: ProtectedFile,
  ) {
    super(
      code === 'protected'
        ? `${path} is ${file ? PROTECTED_NAME[file] : 'a file being read'}: refusing to overwrite it`
        : code === 'no-folder'
          ? `${path}: its folder does not exist`
          : `${path} is not a regular file (a folder, a device...): refusing to replace it`,
    );
    this.name = 'OutputFileError';
  }
}

/** The path a write would reach: symlinks resolved, the file itself when it does not exist yet. */
async function reachedPath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

async function identity(path: string): Promise<string | undefined> {
  try {
    const s = await stat(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Refuse, before anything is written, an output path that is one of the files a command reads:
 * the same real path (symlinks resolved) or the same file (a hard link). `protectedPaths` maps
 * each such path to which file it is.
 */
export async function refuseProtectedOutput(
  path: string,
  protectedPaths: ReadonlyMap<string, ProtectedFile>,
): Promise<void> {
  const target = await reachedPath(path);
  const targetId = await identity(target);
  for (const [other, name] of protectedPaths) {
    const same =
      (await reachedPath(other)) === target ||
      (targetId !== undefined && targetId === (await identity(other)));
    if (same) throw new OutputFileError('protected', path, name);
  }
}

/**
 * Write a file atomically: the content goes to a temporary file beside the target, flushed to
 * disk, then renamed over it, so that a reader (or a killed run) sees either the old file or the
 * new one, never a partial one. A symlink is followed (its target is replaced); a target that
 * exists but is not a regular file (a folder, /dev/full) is refused, never replaced.
 */
export async function writeFileAtomically(path: string, content: string | Uint8Array) {
  const target = await reachedPath(path);
  const existing = await lstat(target).catch(() => undefined);
  if (existing && !existing.isFile()) throw new OutputFileError('not-a-file', path);
  const folder = await stat(dirname(target)).catch(() => undefined);
  if (!folder?.isDirectory()) throw new OutputFileError('no-folder', path);
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(temporary, 'wx', existing ? existing.mode & 0o777 : 0o666);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
