import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const NEED = 'mettre des vélos en libre-service gratuits pour les habitants';
const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url);

describe('essaimage as a user installs it', () => {
  it('--version prints the version of the CLI package', () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../../packages/cli/package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    const run = runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${manifest.version}\n`);
  });

  it('--help lists every command with its summary', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    for (const name of [
      'recommend',
      'similar',
      'practices',
      'trends',
      'budget',
      'import',
      'export',
    ]) {
      expect(run.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    }
  });

  it('recommend --need - reads the need from standard input: the same ranking', () => {
    const args = ['--commune', '09225', '--top', '5', '--json'];
    const fromFlag = runCli(['recommend', '--need', NEED, ...args]);
    const fromStdin = runCli(['recommend', '--need', '-', ...args], { input: `${NEED}\n` });
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    expect(JSON.parse(fromStdin.stdout)).toEqual(JSON.parse(fromFlag.stdout));
    expect(JSON.parse(fromStdin.stdout).results[0].collectivity.name).toBe('Saverdun');
  });

  it('recommend --need - with nothing on standard input is bad input naming the flag', () => {
    const run = runCli(['recommend', '--need', '-', '--commune', '09225'], { input: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--need/);
  });

  it('import - reads the catalogue from standard input, as from the file', () => {
    const path = fixture('catalogue.json');
    const fromFile = runCli(['import', path.pathname, '--json']);
    const fromStdin = runCli(['import', '-', '--format', 'json', '--json'], {
      input: readFileSync(path, 'utf8'),
    });
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    const file = JSON.parse(fromFile.stdout) as { added: string[]; rows: number };
    const stdin = JSON.parse(fromStdin.stdout) as { added: string[]; rows: number };
    expect(stdin.rows).toBe(file.rows);
    expect(stdin.added).toEqual(file.added);
    expect(stdin.added.length).toBeGreaterThan(0);
  });

  it('import - without --format says the format cannot be told', () => {
    const run = runCli(['import', '-'], { input: '[]' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--format/);
  });
});
