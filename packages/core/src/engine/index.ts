export { createEssaimage, type EssaimageOptions } from './create-essaimage';
export { createEssaimageContainer, type EngineInputs } from './container';
export { Essaimage, type EssaimageParts } from './essaimage';
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
