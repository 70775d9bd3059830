import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../scoring/weights';
import { FrenchAnalyzer } from '../text/french-analyzer';
import { FrenchStemmer } from '../text/french-stemmer';
import { FrenchTokenizer } from '../text/french-tokenizer';
import {
  effectiveWeights,
  lexiconRelated,
  pertinenceOf,
  ReferencePertinence,
  transferability,
} from './reference-pertinence';
import { noFitWeights } from './reference-catalogue.fixture';
import { PlainTfIdf } from './reference-score';

// Hand-worked examples of issue 13's documented pertinence, for its reference (the engine does
// not implement it yet on this branch).

const analyzer = new FrenchAnalyzer(new FrenchTokenizer(), new FrenchStemmer());
const term = (word: string) => analyzer.terms(word)[0] as string;
const doc = (id: string, title: string, summary: string) => ({
  id,
  fields: [
    { text: title, weight: 3 },
    { text: summary, weight: 1 },
  ],
});
const reference = new ReferencePertinence(
  analyzer,
  new PlainTfIdf(analyzer, [
    doc('a', 'vélos', 'vélos'),
    doc('b', 'bicyclettes', 'jardins'),
    doc('c', 'jardins', 'jardins'),
  ]),
  (t) => (t === term('vélos') ? [{ terms: [term('bicyclettes')], strength: 0.85 }] : []),
  new Set([term('aider')]),
);

describe('issue 13 pertinence, reference', () => {
  it('covers a concept fully by its word, by a related word at its strength, or not at all', () => {
    const concepts = reference.concepts('vélos');
    expect(concepts).toHaveLength(1);
    expect(concepts[0]!.idf).toBeCloseTo(Math.log(1 + 3 / 1), 12);
    expect(reference.coverage(concepts, 'a')).toBe(1);
    expect(reference.coverage(concepts, 'b')).toBe(0.85);
    expect(reference.coverage(concepts, 'c')).toBe(0);
  });

  it('reads P = C × (0.5 + 0.5 × min(1, T / 0.15))', () => {
    expect(pertinenceOf(1, 0.15)).toBe(1);
    expect(pertinenceOf(1, 0.9)).toBe(1);
    expect(pertinenceOf(0.5, 0)).toBe(0.25);
    expect(pertinenceOf(0.8, 0.075)).toBeCloseTo(0.6, 12);
    // An exact match outranks a related one.
    const concepts = reference.concepts('vélos');
    expect(reference.pertinence(concepts, 'a')).toBeGreaterThan(
      reference.pertinence(concepts, 'b'),
    );
  });

  it('matches an expression only when the practice holds all its terms', () => {
    const elderly = new ReferencePertinence(
      analyzer,
      new PlainTfIdf(analyzer, [
        doc('a', 'personnes âgées', 'personnes'),
        doc('b', 'personnes', 'jardins'),
      ]),
      (t) =>
        t === term('aînés') ? [{ terms: analyzer.terms('personnes âgées'), strength: 0.85 }] : [],
      new Set(),
    );
    const concepts = elderly.concepts('aînés');
    expect(elderly.coverage(concepts, 'a')).toBe(0.85);
    expect(elderly.coverage(concepts, 'b')).toBe(0);
  });

  it('expands no generic word, and 24 related terms a need at most, round by round', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ terms: [`mot${i}`], strength: 0.85 }));
    const wide = new ReferencePertinence(
      analyzer,
      new PlainTfIdf(analyzer, []),
      () => many,
      new Set([term('aider')]),
    );
    const words = 'vélos jardins écoles santé sport culture transport aider';
    const concepts = wide.concepts(words);
    expect(concepts.find((k) => k.term === term('aider'))!.related).toEqual([]);
    // Seven concepts with 8 words each: three rounds give 21, the fourth stops at 24.
    expect(concepts.reduce((n, k) => n + k.related.length, 0)).toBe(24);
    expect(concepts.map((k) => k.related.length)).toEqual([4, 4, 4, 3, 3, 3, 3, 0]);
  });

  it('counts an expression by its terms and skips a related word the need holds', () => {
    const bikes = term('vélos');
    const gardens = term('jardins');
    const expanding = new ReferencePertinence(
      analyzer,
      new PlainTfIdf(analyzer, []),
      (t) =>
        t === bikes
          ? [
              { terms: [gardens], strength: 0.85 },
              ...Array.from({ length: 7 }, (_, i) => ({
                terms: [`a${i}`, `b${i}`],
                strength: 0.85,
              })),
            ]
          : [],
      new Set(),
    );
    const [k] = expanding.concepts('vélos jardins');
    // « jardins » is the user's own word: not added; then 7 expressions of 2 terms, 14 terms.
    expect(k!.related.map((r) => r.terms.join(' '))).toEqual(
      Array.from({ length: 7 }, (_, i) => `a${i} b${i}`),
    );
  });

  it('weighs a word that says little 0.2, and finds a need of such words only too vague', () => {
    const [help, bikes] = reference.concepts('aider vélos');
    expect(help!.generality).toBe(0.2);
    expect(bikes!.generality).toBe(1);
    expect(reference.tooVague(reference.concepts('aider'))).toBe(true);
    expect(reference.tooVague([help!, bikes!])).toBe(false);
  });

  it('takes the list of a word as written, not generic, when the lexicon lists it', () => {
    const related = lexiconRelated(
      { [term('donner')]: `${term('cadeau')}:c` },
      { donnees: `${term('statistique')}:c` },
    );
    const own = new ReferencePertinence(
      analyzer,
      new PlainTfIdf(analyzer, []),
      related,
      new Set([term('donner')]),
      new Set(['donnees']),
    );
    // « données » and « donner » share a term; the first is a word of its own.
    const [data] = own.concepts('données');
    expect(data!.generality).toBe(1);
    expect(data!.related).toEqual([{ terms: [term('statistique')], strength: 0.85 }]);
    expect(own.concepts('donner')[0]!.generality).toBe(0.2);
  });

  it("gives an unknown word its related term's idf, or ln(1 + N)", () => {
    const lonely = new ReferencePertinence(
      analyzer,
      new PlainTfIdf(analyzer, [doc('a', 'vélos', 'vélos'), doc('b', 'jardins', 'jardins')]),
      (t) => (t === term('bicyclettes') ? [{ terms: [term('vélos')], strength: 0.3 }] : []),
      new Set(),
    );
    expect(lonely.concepts('bicyclettes')[0]!.idf).toBeCloseTo(Math.log(1 + 2 / 1), 12);
    expect(lonely.concepts('zygomatique')[0]!.idf).toBeCloseTo(0.5 * Math.log(1 + 2), 12);
  });

  it('keeps α at 0.2 at least and resets all-zero fit weights to the defaults', () => {
    const { weights, fitWeightsReset } = effectiveWeights(noFitWeights(0));
    expect(fitWeightsReset).toBe(true);
    expect(weights).toEqual({ ...DEFAULT_WEIGHTS, relevance: 0.2 });
    expect(effectiveWeights(DEFAULT_WEIGHTS)).toEqual({
      weights: DEFAULT_WEIGHTS,
      fitWeightsReset: false,
    });
    const fit = {
      size: 1,
      kind: 0.5,
      territory: null,
      policyArea: null,
      budget: null,
      staff: null,
    };
    expect(transferability(fit, DEFAULT_WEIGHTS)).toBe(0.75);
  });
});
