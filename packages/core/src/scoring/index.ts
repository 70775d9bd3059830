export {
  CRITERION_NAMES,
  type CriterionName,
  type CriterionResult,
  type FitContext,
  type FitCriterion,
  type FitCriterionName,
} from './criterion';
export { UNKNOWN_TARGET, type TargetProfile } from './target';
export { SizeFit } from './size-fit';
export { KindFit, KIND_AFFINITY } from './kind-fit';
export { TerritoryFit, REGION_NEIGHBOURS, TERRITORY_SCORES, regionZone } from './territory-fit';
export { PolicyAreaFit } from './policy-area-fit';
export { BudgetFit } from './budget-fit';
export { StaffFit } from './staff-fit';
export { DEFAULT_RESOURCE_ELASTICITY, affordability, sizeFactor } from './resource-scaling';
export {
  PARTNER_KIND_LABELS,
  durationSentence,
  reproductionGuide,
  type ReproductionGuide,
} from './reproduction-guide';
export {
  DEFAULT_WEIGHTS,
  MIN_RELEVANCE_WEIGHT,
  combineScore,
  fitScore,
  resolveWeights,
  usableWeights,
  type ScoreWeights,
} from './weights';
