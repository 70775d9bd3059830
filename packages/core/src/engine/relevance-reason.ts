import type { Analyzer } from '../text/analyzer';
import type { Tokenizer } from '../text/tokenizer';
import type { ConceptMatch } from './need-concepts';

/** How many words a reason quotes before « … ». */
const QUOTED = 6;

/**
 * The first word of `texts` that gives each of the `wanted` terms: how the practice itself says
 * a related word (« vélos » for the term velo).
 */
export function relatedSurfaces(
  texts: readonly string[],
  wanted: ReadonlySet<string>,
  tokenizer: Tokenizer,
  analyzer: Analyzer,
): Map<string, string> {
  const surfaces = new Map<string, string>();
  for (const text of texts) {
    if (analyzer.firstTokens) {
      // The analyzer's memo instead of a string and an analysis per token (a fifth of a query).
      analyzer.firstTokens(text, wanted, surfaces);
      if (surfaces.size === wanted.size) return surfaces;
      continue;
    }
    for (const token of tokenizer.tokenize(text)) {
      const [term] = analyzer.terms(token);
      if (term !== undefined && wanted.has(term) && !surfaces.has(term)) {
        surfaces.set(term, token);
        if (surfaces.size === wanted.size) return surfaces;
      }
    }
  }
  return surfaces;
}

/**
 * « vélos », « bicyclettes » ≈ « vélos » en commun avec votre besoin ; absent : « tablettes »:
 * the need's meaningful words the practice holds, itself or by a related word (quoted as the
 * practice says it), then those it lacks. Words that say little are quoted only when nothing
 * else matched.
 */
export function relevanceReason(
  matches: readonly ConceptMatch[],
  surfaces: ReadonlyMap<string, string>,
): string {
  const quote = (m: ConceptMatch) => {
    if (!m.relative) return `« ${m.concept.word} »`;
    const said = m.relative.terms.map((t) => surfaces.get(t) ?? t).join(' ');
    return `« ${m.concept.word} » ≈ « ${said} »`;
  };
  const meaningful = matches.filter((m) => !m.concept.generic);
  const found = meaningful.filter((m) => m.credit > 0);
  if (found.length === 0) {
    const weak = matches.filter((m) => m.credit > 0);
    if (weak.length === 0) return 'aucun mot de votre besoin, ni mot proche';
    return `seulement des mots peu parlants en commun : ${list(weak.map(quote))}`;
  }
  const missing = meaningful.filter((m) => m.credit === 0).map((m) => `« ${m.concept.word} »`);
  const head = `${list(found.map(quote))} en commun avec votre besoin`;
  return missing.length === 0 ? head : `${head} ; absent : ${list(missing)}`;
}

function list(quoted: readonly string[]): string {
  return (quoted.length > QUOTED ? [...quoted.slice(0, QUOTED), '…'] : quoted).join(', ');
}
