import { practiceFields } from '../engine/practice-text';
import type { PolicyArea } from '../practice/policy-area';
import type { Practice } from '../practice/record';
import { TfIdfIndex } from '../search/tf-idf-index';
import { FrenchAnalyzer } from '../text/french-analyzer';
import { FrenchStemmer } from '../text/french-stemmer';
import { FrenchTokenizer } from '../text/french-tokenizer';

/**
 * A TF-IDF index of practices built as the engine builds its own (French analyzer; title,
 * summary, results and area labels with the engine's field weights), for
 * `distinctiveTerms`.
 */
export function practiceTermIndex(
  practices: readonly Practice[],
  policyAreas: readonly PolicyArea[],
): TfIdfIndex {
  const labels = new Map(policyAreas.map((a) => [a.code, a.label]));
  const index = new TfIdfIndex(new FrenchAnalyzer(new FrenchTokenizer(), new FrenchStemmer()));
  for (const practice of practices) {
    index.add(
      practice.id,
      practiceFields(practice, (code) => labels.get(code) ?? code),
    );
  }
  index.refresh();
  return index;
}
