// The reference brings natural's missing declarations into every program that reaches this
// file through imports (the CLI's, the dashboard's), not only core's.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./natural-modules.d.ts" />
import porterStemmerFr from 'natural/lib/natural/stemmers/porter_stemmer_fr';
import { foldAccents } from './fold-accents';
import { FRENCH_STEM_REWRITES } from './french-stem-rules';
import type { Stemmer } from './stemmer';

// Bounds the memo against unbounded input (a real vocabulary stays far below it).
const MEMO_LIMIT = 200_000;

/**
 * French stemmer: folds the word's accents, applies {@link FRENCH_STEM_REWRITES}, stems with
 * natural's Porter (Snowball) French stemmer and folds the stem. Accented and accentless
 * spellings give the same stem, and stems have no accents.
 *
 * Meet: vélos/vélo, agents/agent, participation/participatif/participative/participer,
 * énergétique/énergie, activité/active, mobilité/mobile, municipaux/municipal,
 * environnemental/environnement. Do not meet (Snowball works on suffixes, not on derivations):
 * santé/sanitaire, sécurité/sécuriser, jeunes/jeunesse, réduction/réduire,
 * citoyens/citoyenneté, expérimental/expérimentation, petit ("pet")/petite ("petit").
 *
 * Stems are memoised: indexing asks for the same few thousand words millions of times.
 */
export class FrenchStemmer implements Stemmer {
  private readonly memo = new Map<string, string>();

  stem(token: string): string {
    const known = this.memo.get(token);
    if (known !== undefined) return known;
    const stem = stemFrench(token);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(token, stem);
    return stem;
  }
}

function stemFrench(token: string): string {
  let word = foldAccents(token);
  if (word.length === 0) return word; // natural's stemmer returns "undefined" for ""
  for (const rewrite of FRENCH_STEM_REWRITES)
    word = word.replace(rewrite.pattern, rewrite.replacement);
  return foldAccents(porterStemmerFr.stem(word));
}
