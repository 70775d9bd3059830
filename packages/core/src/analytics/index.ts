/** The dimensions of the trends, their allow-list and its parser. */
export {
  DIMENSION_SQL,
  TREND_DIMENSIONS,
  isTrendDimension,
  parseTrendDimensions,
  type DimensionValue,
  type TrendDimension,
} from './trend-dimensions';
/** The population bands of the trends. */
export {
  POPULATION_BANDS,
  populationBandOf,
  populationBandOrderSql,
  populationBandSql,
  type PopulationBand,
} from './population-bands';
/** Counts of practices by dimensions. */
export { countTrends, type TrendRow } from './trends';
/** Budget statistics (count, quartiles, mean) by dimensions. */
export { budgetStats, type BudgetStatsRow } from './budget-stats';
/** The terms that set each group apart. */
export {
  distinctiveTerms,
  type DistinctiveTermsOptions,
  type GroupTermsRow,
  type RankedTerm,
  type TermRanker,
} from './distinctive-terms';
/** The SQL shared by the grouped analyses. */
export { groupedQuery, type GroupedQuery } from './grouped-query';
/** A TF-IDF index of practices, as the engine builds it, for distinctive terms. */
export { practiceTermIndex } from './practice-term-index';
