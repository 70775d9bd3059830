import { describe, expect, it } from 'vitest';
import { FRENCH_ELISIONS, FrenchTokenizer } from './french-tokenizer';

const tokenize = (text: string) => new FrenchTokenizer().tokenize(text);

describe('FrenchTokenizer', () => {
  it('keeps accented words whole and lower-cases', () => {
    expect(tokenize('Réinventer les ateliers municipaux')).toEqual([
      'réinventer',
      'les',
      'ateliers',
      'municipaux',
    ]);
    expect(tokenize('Transition énergétique')).toEqual(['transition', 'énergétique']);
    expect(tokenize('ÉCOLE, Œuvre et Ægir')).toEqual(['école', 'œuvre', 'et', 'ægir']);
  });

  it('splits elisions with a typographic or a straight apostrophe', () => {
    expect(
      tokenize('L’objectif était avant tout l’amélioration des conditions de travail des agents'),
    ).toEqual([
      'l',
      'objectif',
      'était',
      'avant',
      'tout',
      'l',
      'amélioration',
      'des',
      'conditions',
      'de',
      'travail',
      'des',
      'agents',
    ]);
    expect(tokenize("qu'il s'agisse d'énergie")).toEqual([
      'qu',
      'il',
      's',
      'agisse',
      'd',
      'énergie',
    ]);
    expect(tokenize('qu’il s’agisse d’énergie')).toEqual(tokenize("qu'il s'agisse d'énergie"));
  });

  it('splits off every elided word it lists', () => {
    for (const elision of FRENCH_ELISIONS) {
      expect(tokenize(`${elision}'école`)).toEqual([elision, 'école']);
      expect(tokenize(`${elision}’Europe`)).toEqual([elision, 'europe']);
    }
    expect(tokenize('jusqu’à lorsqu’il puisqu’elle')).toEqual([
      'jusqu',
      'à',
      'lorsqu',
      'il',
      'puisqu',
      'elle',
    ]);
  });

  it('splits on other apostrophes and on hyphens', () => {
    expect(tokenize("Récup'vélos en liberté")).toEqual(['récup', 'vélos', 'en', 'liberté']);
    expect(tokenize('mettre des vélos en libre-service gratuits pour les habitants')).toEqual([
      'mettre',
      'des',
      'vélos',
      'en',
      'libre',
      'service',
      'gratuits',
      'pour',
      'les',
      'habitants',
    ]);
  });

  it("keeps words whose apostrophe is their own whole (aujourd'hui)", () => {
    expect(tokenize("jusqu'à aujourd’hui, d'aujourd'hui")).toEqual([
      'jusqu',
      'à',
      "aujourd'hui",
      'd',
      "aujourd'hui",
    ]);
    expect(tokenize("la presqu'île")).toEqual(['la', "presqu'île"]);
  });

  it('reads decomposed accents as the composed letters', () => {
    expect(tokenize('re\u0301invente')).toEqual(['réinvente']);
  });

  it('keeps numbers and letter-digit words as tokens, drops punctuation', () => {
    expect(tokenize('2 500 € pour la 5G (covid-19) !')).toEqual([
      '2',
      '500',
      'pour',
      'la',
      '5g',
      'covid',
      '19',
    ]);
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' … « » — ')).toEqual([]);
  });
});
