import {
  linkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { runMain } from './cli-in-process';
import { CLI } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'essaimage-cli-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const VALID =
  'title,summary,collectivity.name,collectivity.kind,collectivity.code,source.document\n' +
  'Vélos,Des vélos prêtés,Damparis,commune,39189,doc\n';

describe('outputs never overwrite what a command reads', () => {
  it('refuses export --out <the open database>, by its path, a symlink or a hard link', async () => {
    const db = join(dir, 's.duckdb');
    const before = await runMain(['trends', '--by', 'year', '--db', db, '--json']);
    expect(before.code).toBe(0);
    symlinkSync(db, join(dir, 'link.duckdb'));
    linkSync(db, join(dir, 'hard.duckdb'));
    for (const out of [db, join(dir, 'link.duckdb'), join(dir, 'hard.duckdb'), `${db}.wal`]) {
      const run = await runMain(['export', '--db', db, '--out', out, '--format', 'csv']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(out);
      expect(run.stderr).toMatch(/base ouverte|journal/);
      expect(run.stdout).toBe('');
    }
    // The database still opens, with the same practices.
    const after = await runMain(['trends', '--by', 'year', '--db', db, '--json']);
    expect(after.code).toBe(0);
    expect(after.stdout).toBe(before.stdout);
  });

  it('refuses a rejects file that would be the open database', async () => {
    const input = join(dir, 'bad.csv');
    writeFileSync(input, `${VALID}Sans résumé,,Damparis,commune,39189,doc\n`);
    const db = `${input}.rejects.csv`;
    const run = await runMain(['import', input, '--skip-invalid', '--db', db]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('base ouverte');
  });
});

describe('outputs are written atomically', () => {
  it('replaces an export whole, keeping no temporary file, and follows a symlink', async () => {
    const out = join(dir, 'atomic.csv');
    writeFileSync(out, 'old');
    const link = join(dir, 'atomic-link.csv');
    symlinkSync(out, link);
    const run = await runMain(['export', '--out', link]);
    expect(run.code).toBe(0);
    expect(statSync(link, { throwIfNoEntry: true }).isFile()).toBe(true);
    expect(readFileSync(out, 'utf8').startsWith('id,title,')).toBe(true);
    const leftovers = readdirSync(dir).filter((f) => f.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });

  it('leaves the previous file or the whole new one when the export is killed (kill -9)', async () => {
    const out = join(dir, 'killed.csv');
    expect((await runMain(['export', '--out', out])).code).toBe(0);
    const whole = readFileSync(out, 'utf8');
    // Kill points spread over the run: at start-up, while reading, while writing.
    for (const delay of [0, 150, 400, 800, 1500, 3000]) {
      writeFileSync(out, 'previous');
      const child = spawn(process.execPath, [CLI, 'export', '--out', out], { stdio: 'ignore' });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await exited;
      expect(['previous', whole]).toContain(readFileSync(out, 'utf8'));
    }
  });
});
