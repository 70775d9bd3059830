import { describe, expect, it } from 'vitest';
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

describe('relatedSurfaces', () => {
  const tokenizer = new FrenchTokenizer();
  const analyzer = new FrenchAnalyzer(tokenizer, new FrenchStemmer());
  const termOf = (word: string) => analyzer.terms(word)[0]!;

  it('gives the first word of the texts that yields each wanted term', () => {
    const velo = termOf('vélos');
    const jardin = termOf('jardins');
    const surfaces = relatedSurfaces(
      ['Des vélos et un vélo', 'jardins partagés, jardin'],
      new Set([velo, jardin]),
      tokenizer,
      analyzer,
    );
    expect(surfaces).toEqual(
      new Map([
        [velo, 'vélos'],
        [jardin, 'jardins'],
      ]),
    );
  });

  it('leaves out a term no word gives', () => {
    const velo = termOf('vélos');
    expect(relatedSurfaces(['un jardin'], new Set([velo]), tokenizer, analyzer)).toEqual(new Map());
  });
});
