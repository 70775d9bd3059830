import { expect } from 'vitest';
import { SCORE_RUN, type DenseScores } from './dense-scores';

/** Test helper: each run's bound is exactly the maximum of its scores (no filter applied). */
export function expectRunMaxima({ scores, runMax }: DenseScores): void {
  expect(runMax.length).toBe(Math.ceil(scores.length / SCORE_RUN));
  runMax.forEach((bound, run) => {
    const inRun = scores.subarray(run * SCORE_RUN, (run + 1) * SCORE_RUN);
    expect(bound).toBe(Math.max(0, ...inRun));
  });
}
