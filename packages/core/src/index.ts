/**
 * @essaimage/core: find practices of other French collectivities that are relevant and
 * transferable, with each score explained criterion by criterion. Runs in Node and the browser;
 * Node-only helpers (reading the official geography and the bundled corpus from disk, DuckDB)
 * live in `@essaimage/core/node`.
 *
 * This file is the public API: what a user needs to build an engine, query it, replace one of
 * its parts, validate a catalogue and analyse it in DuckDB. The building blocks behind it
 * (index internals, SQL fragments, tuning tables) are reachable from `@essaimage/core/internals`,
 * with no promise of stability.
 *
 * @packageDocumentation
 */

// The engine: build it, query it, replace a part.
export {
  createEssaimage,
  createEssaimageContainer,
  Essaimage,
  TOKENS,
  type EngineInputs,
  type EssaimageOptions,
  type RankedPractice,
  type RecommendQuery,
  type RecommendResult,
  type SimilarQuery,
  type SimilarResult,
  type TargetInput,
  PERTINENCE_FLOOR,
  type Notice,
  type NoticeCode,
} from './engine';
export type { TextIndex } from './engine';

// The lexicon of related words that meets the user's words with the sources' (replaceable).
export {
  FileLexicon,
  bundledLexicon,
  type Lexicon,
  type LexiconFile,
  type LexiconSource,
  type RelatedTerm,
} from './lexicon';

// The score: its criteria, their weights, the target they are measured against.
export {
  CRITERION_NAMES,
  DEFAULT_WEIGHTS,
  MIN_RELEVANCE_WEIGHT,
  BudgetFit,
  KindFit,
  PolicyAreaFit,
  SizeFit,
  StaffFit,
  TerritoryFit,
  type CriterionName,
  type CriterionResult,
  type FitContext,
  type FitCriterion,
  type FitCriterionName,
  type ScoreWeights,
  type TargetProfile,
  PARTNER_KIND_LABELS,
  durationSentence,
  reproductionGuide,
  type ReproductionGuide,
} from './scoring';

// The practice record, its validation, and the problems it reports.
export {
  AMOUNT_PRECISIONS,
  BUDGET_PERIODS,
  COLLECTIVITY_KINDS,
  COST_NATURES,
  MEDALS,
  PARTNER_KINDS,
  TAX_BASES,
  ValidationError,
  checkPracticeRecord,
  formatProblem,
  noTransferFacts,
  readCatalogue,
  type AmountPrecision,
  type Award,
  type Budget,
  type BudgetLine,
  type BudgetPeriod,
  type Contact,
  type CostNature,
  type FundingLine,
  type PartnerKind,
  type Partnership,
  type Period,
  type ProblemCode,
  type ProblemLocation,
  type ProblemValues,
  type Rating,
  type Reach,
  type TaxBasis,
  type TransferFacts,
  type CatalogueReadResult,
  type CollectivityKind,
  type CollectivityRef,
  type Medal,
  type PolicyArea,
  type Practice,
  type PracticeRecord,
  type Problem,
  type ReadCatalogueOptions,
  type RecordCheck,
  type Source,
  type Staff,
} from './practice';

// The official geography, and its compact form for the browser.
export {
  Geography,
  departmentNames,
  findEntity,
  geographyFromCompact,
  packGeography,
  packPostcodes,
  unpackGeography,
  unpackPostcodes,
  type CompactGeography,
  type CompactPostcodes,
  type GeoEntity,
  type OfficialCommune,
  type OfficialDepartement,
  type OfficialEpci,
  type OfficialGeographyData,
  type OfficialKind,
  type OfficialRegion,
  type RegionInfo,
  type Zone,
} from './geography';

// French text analysis and the TF-IDF index (to replace a part, or to prebuild an index).
export {
  FrenchAnalyzer,
  FrenchStemmer,
  FrenchTokenizer,
  foldAccents,
  type Analyzer,
  type Stemmer,
  type Tokenizer,
} from './text';
export {
  TfIdfIndex,
  type DistinctiveTerm,
  type DocFilter,
  type IndexedField,
  type SearchHit,
  type SearchOptions,
  type SimilarOptions,
  type TermVector,
} from './search';

// The practice store over DuckDB (node or wasm), its analyses, catalogue files.
export * from './analysis';
