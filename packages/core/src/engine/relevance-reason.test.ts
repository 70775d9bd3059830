import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../node/bundled-corpus';
import type { Analyzer } from '../text/analyzer';
import { FrenchAnalyzer } from '../text/french-analyzer';
import { FrenchStemmer } from '../text/french-stemmer';
import { FrenchTokenizer } from '../text/french-tokenizer';
import type { ConceptMatch, ConceptRelative, NeedConcept } from './need-concepts';
import { relatedSurfaces, relevanceReason } from './relevance-reason';

const concept = (word: string, generic = false): NeedConcept => ({
  term: word,
  word,
  generic,
  weight: 1,
  related: [],
});
const exact = (word: string, generic = false): ConceptMatch => ({
  concept: concept(word, generic),
  credit: 1,
});
const absent = (word: string, generic = false): ConceptMatch => ({
  concept: concept(word, generic),
  credit: 0,
});
const byRelative = (word: string, terms: string[]): ConceptMatch => {
  const relative: ConceptRelative = { terms, strength: 0.85 };
  return { concept: concept(word), credit: 0.85, relative };
};

describe('relevanceReason', () => {
  it('quotes the words in common, then those absent', () => {
    expect(relevanceReason([exact('vélos'), absent('tablettes')], new Map())).toBe(
      '« vélos » en commun avec votre besoin ; absent : « tablettes »',
    );
    expect(relevanceReason([exact('vélos'), exact('gratuits')], new Map())).toBe(
      '« vélos », « gratuits » en commun avec votre besoin',
    );
  });

  it('quotes a related word as the practice says it, or as its term when unseen', () => {
    const surfaces = new Map([['bicyclet', 'bicyclettes']]);
    expect(relevanceReason([byRelative('vélos', ['bicyclet', 'cycl'])], surfaces)).toBe(
      '« vélos » ≈ « bicyclettes cycl » en commun avec votre besoin',
    );
  });

  it('leaves generic words out of the found and the absent when a meaningful word matched', () => {
    expect(
      relevanceReason([exact('vélos'), exact('mettre', true), absent('aider', true)], new Map()),
    ).toBe('« vélos » en commun avec votre besoin');
  });

  it('quotes generic words only when nothing else matched, and says when nothing did', () => {
    expect(relevanceReason([absent('vélos'), exact('mettre', true)], new Map())).toBe(
      'seulement des mots peu parlants en commun : « mettre »',
    );
    expect(relevanceReason([absent('vélos'), absent('mettre', true)], new Map())).toBe(
      'aucun mot de votre besoin, ni mot proche',
    );
    expect(relevanceReason([], new Map())).toBe('aucun mot de votre besoin, ni mot proche');
  });

  it('quotes six words at most, then « … »', () => {
    const words = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
    expect(
      relevanceReason(
        words.map((w) => exact(w)),
        new Map(),
      ),
    ).toBe('« a1 », « a2 », « a3 », « a4 », « a5 », « a6 » en commun avec votre besoin');
    expect(
      relevanceReason(
        [...words, 'a7'].map((w) => exact(w)),
        new Map(),
      ),
    ).toBe('« a1 », « a2 », « a3 », « a4 », « a5 », « a6 », … en commun avec votre besoin');
  });
});

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

  it('gives the same on long texts, which the fast path reads piece by piece', () => {
    // Words of their own too, so that first occurrences lie past the first piece.
    const words = fc.oneof(
      fc.constantFrom('vélos', 'les', 'aujourd’hui', 're\u0301invente', 'énergie', 'L’Île'),
      fc.stringMatching(/^[a-zéèôÉ]{3,9}$/),
    );
    const gap = fc.constantFrom(' ', '  ', ', ', '-', '’', "'");
    const text = fc
      .array(fc.tuple(words, gap), { minLength: 40, maxLength: 160 })
      .map((pairs) => pairs.flat().join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 2 }), fc.nat(), (texts, skip) => {
        const analyzer = newAnalyzer();
        // The analyzer has seen every word: the fast path, by term keys, is taken.
        analyzer.terms(texts.join(' '));
        const all = [...new Set(texts.flatMap((t) => analyzer.terms(t)))];
        const wanted = new Set(all.filter((_, i) => (i + skip) % 3 !== 0));
        expect(relatedSurfaces(texts, wanted, tokenizer, analyzer)).toEqual(
          relatedSurfaces(texts, wanted, tokenizer, withoutFirstTokens(newAnalyzer())),
        );
      }),
    );
  });
});
