import { describe, expect, it } from 'vitest';
import { foldAccents } from './fold-accents';
import { FRENCH_ELISIONS } from './french-tokenizer';
import { FRENCH_EXTRA_STOP_WORDS, FRENCH_STOP_WORDS } from './french-stop-words';

describe('FRENCH_STOP_WORDS', () => {
  it("holds natural's French list, folded", () => {
    for (const word of ['de', 'la', 'les', 'etre', 'ete', 'a', 'ou', 'cette', 'qu', 'sont']) {
      expect(FRENCH_STOP_WORDS.has(word)).toBe(true);
    }
  });

  it('holds the added words and the elided words, folded', () => {
    for (const word of [...FRENCH_EXTRA_STOP_WORDS, ...FRENCH_ELISIONS]) {
      expect(FRENCH_STOP_WORDS.has(foldAccents(word))).toBe(true);
    }
    expect(FRENCH_STOP_WORDS.has('tres')).toBe(true);
    expect(FRENCH_STOP_WORDS.has("aujourd'hui")).toBe(true);
  });

  it('holds only folded words, and no content word of the corpus', () => {
    for (const word of FRENCH_STOP_WORDS) expect(foldAccents(word)).toBe(word);
    for (const word of ['agents', 'velos', 'energie', 'commune', 'travail', 'habitants']) {
      expect(FRENCH_STOP_WORDS.has(word)).toBe(false);
    }
  });
});
