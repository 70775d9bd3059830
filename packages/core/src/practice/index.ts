export {
  AMOUNT_PRECISIONS,
  BUDGET_PERIODS,
  COST_NATURES,
  PARTNER_KINDS,
  TAX_BASES,
  type AmountPrecision,
  type BudgetLine,
  type Contact,
  type CostNature,
  type FundingLine,
  type PartnerKind,
  type Partnership,
  type Period,
  type Rating,
  type Reach,
  type TaxBasis,
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
export { noTransferFacts, type TransferFacts } from './transfer-facts';
export { comparableLine, qualifiedCost } from './comparable-cost';
