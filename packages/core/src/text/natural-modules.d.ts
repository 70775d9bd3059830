// natural ships no type declarations for its per-module paths; these cover the three modules core
// imports by path (its root module pulls every storage backend into a bundle, see DESIGN.md).

declare module 'natural/lib/natural/stemmers/porter_stemmer_fr' {
  /** Snowball (Porter) French stemmer; expects a lower-case word, keeps its accents. */
  const porterStemmerFr: { stem(token: string): string };
  export default porterStemmerFr;
}

declare module 'natural/lib/natural/util/stopwords_fr' {
  /** natural's French stop words, lower-case, with accents. */
  const stopwordsFr: { words: readonly string[] };
  export default stopwordsFr;
}
