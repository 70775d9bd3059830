import {
  FrenchAnalyzer,
  FrenchStemmer,
  FrenchTokenizer,
  practiceFields,
  type Analyzer,
  type PolicyArea,
  type Practice,
} from '@essaimage/core/internals';

/** A fresh French analyzer, the engine's default: tokenizer, folding, stop words, stemmer. */
export function frenchAnalyzer(): Analyzer {
  return new FrenchAnalyzer(new FrenchTokenizer(), new FrenchStemmer());
}

/**
 * A practice's terms as the engine indexes them: the same fields (title, summary, results,
 * policy-area labels), each field's terms repeated as many times as its weight (the title 3),
 * so a library without field weights sees the same term frequencies.
 */
export function weightedTerms(
  practice: Practice,
  analyzer: Analyzer,
  areaLabel: (code: string) => string,
): string[] {
  const terms: string[] = [];
  for (const field of practiceFields(practice, areaLabel)) {
    const fieldTerms = analyzer.terms(field.text);
    for (let w = 0; w < field.weight; w++) terms.push(...fieldTerms);
  }
  return terms;
}

/** The policy-area label lookup the engine uses. */
export function labelsOf(policyAreas: readonly PolicyArea[]): (code: string) => string {
  const labels = new Map(policyAreas.map((a) => [a.code, a.label]));
  return (code) => labels.get(code) ?? code;
}
