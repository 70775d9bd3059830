/** Tokenizer: splits a text into lower-case word tokens. */
export type { Tokenizer } from './tokenizer';
/** The tokens of a text as code units in a reused buffer, what a tokenizer's `scan` fills. */
export { TokenBuffer, TOKEN_ALIGN } from './token-buffer';
/** French tokenizer (elisions, accents, hyphens) and the elided words it splits off. */
export { FrenchTokenizer, FRENCH_ELISIONS } from './french-tokenizer';
/** Lower-case and strip accents: "Énergétique" → "energetique". */
export { foldAccents } from './fold-accents';
/** Folded French stop words, and the words added to natural's list. */
export { FRENCH_STOP_WORDS, FRENCH_EXTRA_STOP_WORDS } from './french-stop-words';
/** Stemmer: reduces a token to its stem. */
export type { Stemmer } from './stemmer';
/** French stemmer: natural's Snowball French stemmer around a few rewrites, memoised. */
export { FrenchStemmer } from './french-stemmer';
/** The rewrites the French stemmer applies before Snowball, each with its reason. */
export { FRENCH_STEM_REWRITES, type StemRewrite } from './french-stem-rules';
/** Analyzer: turns a text into index terms. */
export type { Analyzer } from './analyzer';
/** French analyzer: tokenize, fold, drop stop words, stem, drop short tokens and numbers. */
export { FrenchAnalyzer } from './french-analyzer';
