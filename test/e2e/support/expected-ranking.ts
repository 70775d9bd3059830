import {
  DEFAULT_WEIGHTS,
  FrenchAnalyzer,
  FrenchStemmer,
  FrenchTokenizer,
  type ScoreWeights,
  type OfficialKind,
  type TargetProfile,
} from '@essaimage/core';
import { loadBundledCorpus, loadOfficialGeography, loadPolicyAreas } from '@essaimage/core/node';
import {
  ReferenceEngine,
  type ReferenceResult,
} from '../../../packages/core/src/engine/reference-score';

let reference: ReferenceEngine | undefined;

/**
 * What the README's score gives on the bundled corpus, computed by the test-only reference
 * (packages/core/src/engine/reference-score.ts), not by core's engine: the ranking the CLI and
 * the dashboard must show.
 */
export function referenceRanking(query: {
  need: string;
  target: TargetProfile;
  top?: number;
  weights?: Partial<ScoreWeights>;
  candidates?: ReadonlySet<string>;
}): ReferenceResult[] {
  reference ??= new ReferenceEngine(
    loadBundledCorpus(),
    new FrenchAnalyzer(new FrenchTokenizer(), new FrenchStemmer()),
    loadPolicyAreas(),
  );
  return reference.recommend({
    need: query.need,
    target: query.target,
    weights: { ...DEFAULT_WEIGHTS, ...query.weights },
    top: query.top ?? 10,
    ...(query.candidates ? { candidates: query.candidates } : {}),
  }).results;
}

/** The ids of {@link referenceRanking}. */
export function expectedRanking(query: Parameters<typeof referenceRanking>[0]): string[] {
  return referenceRanking(query).map((r) => r.id);
}

/**
 * The profile of a collectivity known by its official code, from the official geography (the
 * lookup is not what these tests check), with what the user adds by hand.
 */
export function officialProfile(
  kind: OfficialKind,
  code: string,
  extra: Partial<TargetProfile> = {},
): TargetProfile {
  const entity = loadOfficialGeography().lookup(kind, code);
  if (!entity) throw new Error(`no ${kind} ${code} in the official geography`);
  const { name, population, region, department } = entity;
  return {
    name,
    kind,
    code,
    population,
    region,
    department,
    budget: null,
    staff: null,
    ...extra,
  };
}
