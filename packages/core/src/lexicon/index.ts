/** A French lexicon of related words: the interface, a file-backed one and the bundled one. */
export {
  FileLexicon,
  bundledLexicon,
  BUNDLED_LEXICON_STEMS,
  type Lexicon,
  type LexiconFile,
  type LexiconSource,
  type RelatedTerm,
} from './lexicon';
