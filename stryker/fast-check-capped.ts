// fast-check for the mutation runs only (vitest.mutation.config.ts aliases 'fast-check' here):
// each surviving mutant reruns every property test that reaches it, so hundreds of generated
// cases per property multiply the run by hundreds. MUTATION_FC_RUNS (default 10) caps numRuns;
// `npm test` keeps each test's own count.
import realFc from '../node_modules/fast-check/lib/fast-check.js';

const cap = Number(process.env.MUTATION_FC_RUNS ?? 10);

type AssertArgs = Parameters<typeof realFc.assert>;

function assert(property: AssertArgs[0], params?: AssertArgs[1]): ReturnType<typeof realFc.assert> {
  return realFc.assert(property, { ...params, numRuns: Math.min(params?.numRuns ?? 100, cap) });
}

export default { ...realFc, assert } as typeof realFc;
