import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../node/bundled-corpus';
import type { Analyzer } from '../text/analyzer';
import { FrenchAnalyzer } from '../text/french-analyzer';
import { FrenchStemmer } from '../text/french-stemmer';
import { FrenchTokenizer } from '../text/french-tokenizer';
import { relatedSurfaces } from './relevance-reason';

const tokenizer = new FrenchTokenizer();
const newAnalyzer = () => new FrenchAnalyzer(tokenizer, new FrenchStemmer());
// The same analysis without its fast path: each token tokenized and analysed on its own.
const withoutFirstTokens = (analyzer: Analyzer): Analyzer => ({
  terms: (text) => analyzer.terms(text),
});

describe('relatedSurfaces', () => {
  it('quotes the first word of the texts that gives each wanted term', () => {
    const texts = ['Des Vélos pour tous', 'le vélo, les bicyclettes et l’énergie'];
    const surfaces = relatedSurfaces(
      texts,
      new Set(['velo', 'bicyclet', 'energ', 'absent']),
      tokenizer,
      newAnalyzer(),
    );
    expect(surfaces).toEqual(
      new Map([
        ['velo', 'vélos'],
        ['bicyclet', 'bicyclettes'],
        ['energ', 'énergie'],
      ]),
    );
  });

  it("gives through the analyzer's memo what the analysis token by token gives, on the corpus", () => {
    const analyzer = newAnalyzer();
    const plain = withoutFirstTokens(newAnalyzer());
    for (const practice of loadBundledCorpus()) {
      const texts = [practice.title, practice.summary, practice.results ?? ''];
      const all = new Set(texts.flatMap((t) => analyzer.terms(t)));
      // Every term, then every other one: the scan stops early or reads every text.
      const some = new Set([...all].filter((_, i) => i % 2 === 1));
      for (const wanted of [all, some, new Set(['zzz'])]) {
        expect(relatedSurfaces(texts, wanted, tokenizer, analyzer)).toEqual(
          relatedSurfaces(texts, wanted, tokenizer, plain),
        );
      }
    }
  });

  it('gives the same on texts the scan hands over to the regular expression', () => {
    const pieces = fc.constantFrom(
      'aujourd’hui',
      "aujourd'huis",
      'L’Île-de-France',
      'İstanbul',
      're\u0301invente',
      'Ωmega',
      'œuvre',
      'Récup’vélos',
      ' ',
      ', ',
      '-',
      '’',
      'vélo',
      'les',
      '2 500',
    );
    fc.assert(
      fc.property(fc.array(fc.array(pieces, { maxLength: 12 }), { maxLength: 3 }), (parts) => {
        const texts = parts.map((p) => p.join(''));
        const analyzer = newAnalyzer();
        const wanted = new Set(texts.flatMap((t) => analyzer.terms(t)));
        expect(relatedSurfaces(texts, wanted, tokenizer, analyzer)).toEqual(
          relatedSurfaces(texts, wanted, tokenizer, withoutFirstTokens(newAnalyzer())),
        );
      }),
    );
  });
});
