// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./natural-modules.d.ts" />
import stopwordsFr from 'natural/lib/natural/util/stopwords_fr';
import { foldAccents } from './fold-accents';
import { FRENCH_ELISIONS } from './french-tokenizer';

/**
 * Words added to natural's French list (which already has "cette", "cet", "ces"): adverbs,
 * prepositions, conjunctions and pronouns that run through every practice summary ("ainsi",
 * "plus", "afin", "dont", "chaque") and words the tokenizer keeps whole ("aujourd'hui"). Kept
 * short on purpose: content-poor but domain words ("projet",
 * "commune", "permet") are left to idf, which weighs them down without losing them.
 */
export const FRENCH_EXTRA_STOP_WORDS: readonly string[] = [
  'ainsi',
  'plus',
  'moins',
  'aussi',
  'très',
  'trop',
  'peu',
  'déjà',
  'encore',
  'afin',
  'dont',
  'comme',
  'entre',
  'depuis',
  'lors',
  'vers',
  'sous',
  'chez',
  'donc',
  'car',
  'si',
  'non',
  'puis',
  'tout',
  'tous',
  'toute',
  'toutes',
  'chaque',
  'autre',
  'autres',
  'elles',
  'celle',
  'celles',
  'celui',
  'ceux',
  'lorsque',
  'puisque',
  'jusque',
  "aujourd'hui",
  "quelqu'un",
  "quelqu'une",
];

/**
 * French stop words, accent-folded (see {@link foldAccents}): natural's list
 * (`natural/lib/natural/util/stopwords_fr`), {@link FRENCH_EXTRA_STOP_WORDS} and the elided
 * words the tokenizer splits off ({@link FRENCH_ELISIONS}: "jusqu", "lorsqu"). Look a token
 * up after folding it: "été" and "ete" are both stop words.
 */
export const FRENCH_STOP_WORDS: ReadonlySet<string> = new Set(
  [...stopwordsFr.words, ...FRENCH_EXTRA_STOP_WORDS, ...FRENCH_ELISIONS].map(foldAccents),
);
