import type { Tokenizer } from './tokenizer';

/**
 * Elided words split off the word they lean on ("l'amélioration" → "l", "amélioration";
 * "jusqu'à" → "jusqu", "à"), written without their apostrophe. All are stop words.
 */
export const FRENCH_ELISIONS: ReadonlySet<string> = new Set([
  'l',
  'd',
  'qu',
  'n',
  's',
  'j',
  'm',
  't',
  'c',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
]);

// Every apostrophe separates words, which splits the elisions above off (and "Récup'vélos"
// into "récup", "vélos"), except in the few words whose apostrophe is their own, matched
// first and kept whole. Hyphens, slashes and the rest separate words too: "libre-service"
// gives "libre" and "service".
const WORD =
  /(?:aujourd'hui|quelqu'une?|prud'hommes?|presqu'[iî]les?)(?![\p{L}\p{M}\p{N}])|[\p{L}\p{M}\p{N}]+/gu;
const TYPOGRAPHIC_APOSTROPHE = /[’ʼ]/;
const TYPOGRAPHIC_APOSTROPHES = /[’ʼ]/g;

/**
 * French word tokenizer: NFC-normalises and lower-cases, keeps accented words whole
 * ("réinvente"), splits elisions off ("qu'il" → "qu", "il"; with ', ’ or ʼ), splits on hyphens
 * and other apostrophes, keeps "aujourd'hui" whole. One regular expression pass: tokenizing
 * is most of the cost of indexing.
 *
 * natural's `AggressiveTokenizerFr` is not used: it lists accented letters by hand, so it cuts
 * words at letters it does not list (æ, ÿ, or an accent written as a combining mark:
 * "re" + "invente"), and keeps hyphenated words as one token.
 */
export class FrenchTokenizer implements Tokenizer {
  tokenize(text: string): string[] {
    let lower = text.normalize('NFC').toLowerCase();
    if (TYPOGRAPHIC_APOSTROPHE.test(lower)) lower = lower.replace(TYPOGRAPHIC_APOSTROPHES, "'");
    return lower.match(WORD) ?? [];
  }
}
