/**
 * `npm run bench:cli` (the first part of `npm run bench`): the built `essaimage` command timed
 * as whole processes, as a user feels it (Node start, imports, data, the answer): the median
 * and the fastest wall-clock time, and the median CPU time, of --runs=N runs (5 by default) of
 * --help, recommend, similar and trends, beside an empty Node process.
 * Builds the packages first (--no-build to skip). Writes bench/cli-results.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describeMachine, describeRevision } from './measure/machine';
import { summarise } from './measure/timing';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);

// Node itself, for scale: what an empty process costs on this machine now.
const BASELINE = ['-e', '0'];
const CALLS: Record<string, string[]> = {
  '--help': ['--help'],
  recommend: [
    'recommend',
    '--need',
    'mettre des vélos en libre-service gratuits pour les habitants',
    '--commune',
    '09225',
    '--json',
  ],
  similar: ['similar', 'garges-les-gonesse-echange-ton-poste', '--top', '5', '--json'],
  trends: ['trends', '--by', 'year,category', '--json'],
};

// GNU time gives the process's CPU time (user + system), which a busy machine inflates far
// less than the wall-clock time; without it only the wall-clock time is reported.
const GNU_TIME = '/usr/bin/time';
const withCpu = existsSync(GNU_TIME);

/** Wall-clock and CPU milliseconds of one run of `node <args>`. */
function timeProcess(args: string[]): { wall: number; cpu: number } {
  const command = withCpu ? GNU_TIME : process.execPath;
  const argv = withCpu ? ['-f', 'cpu %U %S', process.execPath, ...args] : args;
  const start = performance.now();
  const run = spawnSync(command, argv, { cwd: root, encoding: 'utf8' });
  const wall = performance.now() - start;
  if (run.status !== 0)
    throw new Error(`node ${args.join(' ')}: exit ${run.status}\n${run.stderr}`);
  const [, user, system] = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr) ?? [];
  return { wall, cpu: withCpu ? (Number(user) + Number(system)) * 1000 : NaN };
}

if (!process.argv.includes('--no-build')) {
  execFileSync('npm', ['run', 'build:packages'], { cwd: root, stdio: 'ignore' });
}
const loadAtStart = loadavg()[0] ?? 0;
const results: Record<string, { wall: number; fastest: number; cpu: number; runs: number }> = {};
const calls: [string, string[]][] = [
  ['node -e 0', BASELINE],
  ...Object.entries(CALLS).map(([name, args]): [string, string[]] => [
    `essaimage ${name}`,
    [cli, ...args],
  ]),
];
for (const [name, args] of calls) {
  timeProcess(args); // a first run, untimed: the file cache
  const samples = Array.from({ length: runs }, () => timeProcess(args));
  const wall = summarise(samples.map((s) => s.wall)).p50;
  const cpu = summarise(samples.map((s) => s.cpu)).p50;
  const fastest = Math.min(...samples.map((s) => s.wall));
  results[name] = { wall, fastest, cpu, runs };
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `${name.padEnd(19)} median ${seconds(wall)} (fastest ${seconds(fastest)}), CPU ${withCpu ? seconds(cpu) : '—'} (${runs} runs)`,
  );
}
const loadAtEnd = loadavg()[0] ?? 0;
console.log(
  `bench:cli: load average ${loadAtStart.toFixed(2)} at start, ${loadAtEnd.toFixed(2)} at end`,
);
const out = fileURLToPath(new URL('cli-results.json', import.meta.url));
writeFileSync(
  out,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: describeMachine(),
      revision: describeRevision(),
      loadAverage: { start: loadAtStart, end: loadAtEnd },
      node: process.version,
      results,
    },
    null,
    2,
  )}\n`,
);
console.log(`bench:cli: wrote ${out}`);
