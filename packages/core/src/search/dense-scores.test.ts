import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCORE_RUN, visitAtLeast, type DenseScores } from './dense-scores';

/** Scores with exact run maxima, as a scorer gives them. */
function denseOf(values: readonly number[]): DenseScores {
  const scores = Float64Array.from(values);
  const runMax = new Float64Array(Math.ceil(scores.length / SCORE_RUN));
  scores.forEach((score, doc) => {
    runMax[Math.floor(doc / SCORE_RUN)] = Math.max(runMax[Math.floor(doc / SCORE_RUN)], score);
  });
  return { scores, runMax };
}

describe('visitAtLeast', () => {
  it('visits exactly the documents at or above a fixed floor, the runs by decreasing bound, each in doc order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })), {
          maxLength: 5 * SCORE_RUN,
        }),
        fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }),
        (values, floor) => {
          const dense = denseOf(values);
          const visited: number[] = [];
          visitAtLeast(
            dense,
            () => floor,
            (doc) => visited.push(doc),
          );
          const expected = values.flatMap((score, doc) => (score >= floor ? [doc] : []));
          expect([...visited].sort((a, b) => a - b)).toEqual(expected);
          const runOf = (doc: number) => Math.floor(doc / SCORE_RUN);
          for (let i = 1; i < visited.length; i++) {
            const [before, after] = [visited[i - 1]!, visited[i]!];
            if (runOf(before) === runOf(after)) expect(after).toBeGreaterThan(before);
            else
              expect(dense.runMax[runOf(before)]).toBeGreaterThanOrEqual(
                dense.runMax[runOf(after)]!,
              );
          }
        },
      ),
    );
  });

  it('reads the floor again after each visit, and skips the runs that fall under it', () => {
    // Run 0 peaks at 0.9, run 1 at 0.5, run 2 at 0.95: run 2 is read first, and once its 0.95 is
    // seen, no other run can reach the floor.
    const values = new Array<number>(3 * SCORE_RUN).fill(0.1);
    values[3] = 0.9;
    values[SCORE_RUN + 7] = 0.5;
    values[2 * SCORE_RUN + 1] = 0.95;
    let floor = 0.05;
    const visited: number[] = [];
    visitAtLeast(
      denseOf(values),
      () => floor,
      (doc, score) => {
        visited.push(doc);
        floor = Math.max(floor, score * 1.01); // as a top-1 would: only better scores now
      },
    );
    expect(visited).toEqual([2 * SCORE_RUN, 2 * SCORE_RUN + 1]);
  });
});
