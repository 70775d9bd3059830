export {
  BUDGET_PERIODS,
  COLLECTIVITY_KINDS,
  MEDALS,
  type Award,
  type Budget,
  type BudgetPeriod,
  type CollectivityKind,
  type CollectivityRef,
  type Medal,
  type Practice,
  type PracticeRecord,
  type Source,
  type Staff,
} from './record';
export {
  ValidationError,
  describeValue,
  formatProblem,
  type Problem,
  type ProblemCode,
  type ProblemLocation,
  type ProblemValues,
} from './problem';
export { checkPracticeRecord, practiceRecordSchema, type RecordCheck } from './schema';
export { enrichRecord, type EnrichResult } from './enrich';
export { readCatalogue, type CatalogueReadResult, type ReadCatalogueOptions } from './catalogue';
export type { PolicyArea } from './policy-area';
