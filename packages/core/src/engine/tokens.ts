/**
 * Injection tokens of every replaceable part. Register another implementation under a token in
 * `createEssaimage({ configure })` to replace that part without touching the rest.
 */
export const TOKENS = {
  /** Tokenizer: splits text into words. */
  Tokenizer: Symbol('essaimage.Tokenizer'),
  /** Stemmer: reduces a word to its stem. */
  Stemmer: Symbol('essaimage.Stemmer'),
  /** Analyzer: text to index terms (tokenizer + folding + stop words + stemmer). */
  Analyzer: Symbol('essaimage.Analyzer'),
  /** Lexicon: the related words a need is expanded with (the bundled one by default). */
  Lexicon: Symbol('essaimage.Lexicon'),
  /** TextIndex: the relevance engine (TF-IDF by default). */
  TextIndex: Symbol('essaimage.TextIndex'),
  /** Each fit criterion. */
  SizeFit: Symbol('essaimage.SizeFit'),
  KindFit: Symbol('essaimage.KindFit'),
  TerritoryFit: Symbol('essaimage.TerritoryFit'),
  PolicyAreaFit: Symbol('essaimage.PolicyAreaFit'),
  BudgetFit: Symbol('essaimage.BudgetFit'),
  StaffFit: Symbol('essaimage.StaffFit'),
  /** The list of fit criteria the score combines (by default the six above). */
  FitCriteria: Symbol('essaimage.FitCriteria'),
  /** Geography | null: resolves official codes. */
  Geography: Symbol('essaimage.Geography'),
  /** PolicyArea[]: the taxonomy. */
  PolicyAreas: Symbol('essaimage.PolicyAreas'),
  /** ScoreWeights: the default weights. */
  Weights: Symbol('essaimage.Weights'),
  /** Practice[]: the practices the engine starts with. */
  PracticeSource: Symbol('essaimage.PracticeSource'),
  /** The engine itself. */
  Essaimage: Symbol('essaimage.Essaimage'),
} as const;
