import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputFileError, refuseProtectedOutput, writeFileAtomically } from './atomic-file';

const dir = mkdtempSync(join(tmpdir(), 'essaimage-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomically', () => {
  it('leaves the previous file whole, and no temporary file, when a write fails', async () => {
    const path = join(dir, 'kept.csv');
    writeFileSync(path, 'previous');
    // Content the file handle cannot write: the write fails after the temporary file exists.
    await expect(writeFileAtomically(path, 42 as unknown as string)).rejects.toThrow();
    expect(readFileSync(path, 'utf8')).toBe('previous');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to replace a folder, and a path whose folder is missing', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    await expect(writeFileAtomically(folder, 'x')).rejects.toMatchObject({ code: 'not-a-file' });
    await expect(writeFileAtomically(join(dir, 'no', 'x.csv'), 'x')).rejects.toBeInstanceOf(
      OutputFileError,
    );
  });
});

describe('refuseProtectedOutput', () => {
  it('names the protected file an output would overwrite, through a relative path', async () => {
    const db = join(dir, 'db.duckdb');
    writeFileSync(db, 'db');
    const relative = join(dir, 'folder', '..', 'db.duckdb');
    await expect(
      refuseProtectedOutput(relative, new Map([[db, 'database' as const]])),
    ).rejects.toMatchObject({ code: 'protected', file: 'database' });
    await expect(
      refuseProtectedOutput(join(dir, 'other.csv'), new Map([[db, 'database' as const]])),
    ).resolves.toBeUndefined();
  });
});
