export { createEssaimage, type EssaimageOptions } from './create-essaimage';
export { createEssaimageContainer, type EngineInputs } from './container';
export { Essaimage, CANDIDATE_POOL, type EssaimageParts } from './essaimage';
export { PERTINENCE_FLOOR, pertinence } from './pertinence';
export { GENERIC_WEIGHT, RELATED_STRENGTH, MAX_ADDED_TERMS } from './need-concepts';
export type { Notice, NoticeCode } from './notices';
export { TOKENS } from './tokens';
export { resolveTarget } from './resolve-target';
export { inferNeedAreas } from './need-areas';
export { FIELD_WEIGHTS, practiceFields } from './practice-text';
export type { TextIndex } from './text-index';
export type {
  RankedPractice,
  RecommendQuery,
  RecommendResult,
  SimilarQuery,
  SimilarResult,
  TargetInput,
} from './types';
