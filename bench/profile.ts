/**
 * `npm run bench:profile`: CPU profiles of the engine's hot paths on a synthetic catalogue —
 * index build, recommend, similar, serialised-index load — with the top functions by self
 * time. Writes bench/.cache/profile-<phase>-<size>.cpuprofile (open in Chrome DevTools) and
 * bench/.cache/profile-results.json. Options: --size=100000 --phases=build,recommend,similar,load.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEssaimage, TfIdfIndex, type Essaimage } from '@essaimage/core';
import {
  BENCH_SEED,
  CACHE_DIR,
  catalogueFile,
  loadCatalogueSources,
  readCachedPractices,
} from './catalogue-cache';
import { inclusiveShares, profile, topFunctions, type CpuProfile } from './measure/cpu-profile';
import { BENCH_NEEDS, BENCH_TARGET, TOP } from './measure/needs';
import { frenchAnalyzer } from './suites/analyzed-practice';

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

// Functions whose inclusive share says where a query's time goes.
const WATCHED = [
  'recommend',
  'scoreAll',
  'scoreText',
  'accumulatePostings',
  'visitAtLeast',
  'mostRelevant',
  'boundsFor',
  'of',
  'inferNeedAreas',
  'combined',
  'score',
  'combineScore',
  'explain',
  'heldTerms',
  'coverage',
  'fit',
  'relatedSurfaces',
  'firstTokens',
  'relevanceReason',
  'needWords',
  'resolveTarget',
  'resolveWeights',
  'similar',
  'cosines',
  'topHits',
  'terms',
  'push',
  'drain',
  'updateWeights',
  'rebuildPostings',
  'add',
  'deserialize',
  'load',
  'refresh',
];

async function main(): Promise<void> {
  const size = Number(option('size') ?? 100_000);
  const phases = (option('phases') ?? 'build,recommend,similar,load').split(',');
  const sources = loadCatalogueSources();
  const { practices } = readCachedPractices(catalogueFile(size, BENCH_SEED, sources), sources);
  const results: Record<string, unknown> = {};
  const keep = (phase: string, p: CpuProfile) => {
    writeFileSync(join(CACHE_DIR, `profile-${phase}-${size}.cpuprofile`), JSON.stringify(p));
    const top = topFunctions(p, 15);
    const shares = inclusiveShares(p, WATCHED);
    results[phase] = { durationMs: (p.endTime - p.startTime) / 1000, top, inclusive: shares };
    console.log(
      `\n${phase} (${size} practices), ${((p.endTime - p.startTime) / 1000).toFixed(0)} ms profiled`,
    );
    console.log('  self%  total%  function');
    for (const f of top) {
      console.log(
        `  ${f.selfPct.toFixed(1).padStart(5)}  ${f.totalPct.toFixed(1).padStart(6)}  ${f.name}`,
      );
    }
    const nonZero = Object.entries(shares).filter(([, v]) => v > 0);
    console.log('  inclusive: ' + nonZero.map(([k, v]) => `${k} ${v}%`).join(', '));
  };

  let engine: Essaimage | undefined;
  // The build as the bench times it (createEssaimage, one thread): what the browser runs too.
  const build = () => {
    engine = createEssaimage({
      practices,
      geography: sources.geography,
      policyAreas: sources.policyAreas,
    });
    (engine.index as TfIdfIndex).refresh();
  };
  if (phases.includes('build')) keep('build', await profile(build, 500));
  else build();
  const built = engine as Essaimage;

  if (phases.includes('recommend')) {
    const run = () => {
      for (const need of BENCH_NEEDS) built.recommend({ need, target: BENCH_TARGET, top: TOP });
    };
    for (let i = 0; i < 3; i++) run();
    keep(
      'recommend',
      await profile(() => {
        for (let i = 0; i < 10; i++) run();
      }),
    );
  }
  if (phases.includes('similar')) {
    const ids = practices
      .filter((_, i) => i % Math.floor(practices.length / 50) === 0)
      .map((p) => p.id);
    const run = () => {
      for (const id of ids) built.similar(id, { top: TOP });
    };
    run();
    keep(
      'similar',
      await profile(() => {
        for (let i = 0; i < 4; i++) run();
      }),
    );
  }
  if (phases.includes('load')) {
    const bytes = (built.index as TfIdfIndex).serialize();
    keep(
      'load',
      await profile(() => {
        for (let i = 0; i < 3; i++) TfIdfIndex.deserialize(bytes, frenchAnalyzer()).refresh();
      }, 200),
    );
  }
  writeFileSync(
    join(CACHE_DIR, 'profile-results.json'),
    JSON.stringify({ size, results }, null, 2) + '\n',
  );
}

await main();
