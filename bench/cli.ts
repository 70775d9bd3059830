/**
 * `npm run bench:cli` (the first part of `npm run bench`): the built `essaimage` command timed
 * as whole processes, as a user feels it (Node start, imports, data, the answer): the median
 * and the fastest of --runs=N runs (5 by default) of --help, recommend, similar and trends.
 * Builds the packages first (--no-build to skip). Writes bench/cli-results.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describeMachine, describeRevision } from './measure/machine';
import { summarise } from './measure/timing';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);

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

function timeProcess(args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (run.status !== 0)
    throw new Error(`essaimage ${args.join(' ')}: exit ${run.status}\n${run.stderr}`);
  return ms;
}

if (!process.argv.includes('--no-build')) {
  execFileSync('npm', ['run', 'build:packages'], { cwd: root, stdio: 'ignore' });
}
const loadAtStart = loadavg()[0] ?? 0;
const results: Record<string, { median: number; fastest: number; runs: number }> = {};
for (const [name, args] of Object.entries(CALLS)) {
  timeProcess(args); // a first run, untimed: the file cache
  const samples = Array.from({ length: runs }, () => timeProcess(args));
  const { p50 } = summarise(samples);
  results[name] = { median: p50, fastest: Math.min(...samples), runs };
  console.log(
    `essaimage ${name.padEnd(9)} median ${(p50 / 1000).toFixed(2)} s, fastest ${(Math.min(...samples) / 1000).toFixed(2)} s (${runs} runs)`,
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
