import type { Analyzer } from '../text/analyzer';
import type { Tokenizer } from '../text/tokenizer';

/** The need's words, each with its analysed term: what a reason can quote back to the user. */
export function needWords(
  need: string,
  tokenizer: Tokenizer,
  analyzer: Analyzer,
): Map<string, string> {
  const words = new Map<string, string>();
  for (const token of tokenizer.tokenize(need)) {
    const [term] = analyzer.terms(token);
    if (term !== undefined && !words.has(term)) words.set(term, token);
  }
  return words;
}

/** "« vélos », « gratuits » en commun avec votre besoin": the words of the need the practice shares. */
export function relevanceReason(
  relevance: number,
  words: ReadonlyMap<string, string>,
  terms: ReadonlySet<string>,
): string {
  if (relevance <= 0) return 'aucun mot en commun avec votre besoin';
  const shared = [...words.entries()]
    .filter(([term]) => terms.has(term))
    .map(([, word]) => `« ${word} »`);
  if (shared.length === 0) return 'proche de votre besoin par le libellé de son domaine';
  const quoted = shared.length > 6 ? [...shared.slice(0, 6), '…'] : shared;
  return `${quoted.join(', ')} en commun avec votre besoin`;
}
