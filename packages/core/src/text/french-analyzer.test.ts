import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldAccents } from './fold-accents';
import { FrenchAnalyzer } from './french-analyzer';
import { FrenchStemmer } from './french-stemmer';
import { FRENCH_STOP_WORDS } from './french-stop-words';
import { FrenchTokenizer } from './french-tokenizer';

const newAnalyzer = () => new FrenchAnalyzer(new FrenchTokenizer(), new FrenchStemmer());
const terms = (text: string) => newAnalyzer().terms(text);

describe('FrenchAnalyzer', () => {
  it('tokenizes, folds, drops stop words and stems', () => {
    expect(terms('Réinventer les ateliers municipaux')).toEqual(['reinvent', 'ateli', 'municipal']);
    expect(
      terms('L’objectif était avant tout l’amélioration des conditions de travail des agents'),
    ).toEqual(['object', 'avant', 'amelior', 'condit', 'travail', 'agent']);
    expect(terms("Récup'vélos en liberté")).toEqual(['recup', 'velo', 'libert']);
    expect(terms('mettre des vélos en libre-service gratuits pour les habitants')).toEqual([
      'mettr',
      'velo',
      'libr',
      'servic',
      'gratuit',
      'habit',
    ]);
    expect(terms('Transition énergétique')).toEqual(['transit', 'energ']);
    expect(terms("qu'il s'agisse d'énergie")).toEqual(['agiss', 'energ']);
  });

  it('makes the words of a need meet those of a practice', () => {
    const need = new Set(terms('vélo gratuit pour les agents, énergie'));
    const practice = terms('Des vélos gratuits pour nos agents et la transition énergétique');
    expect(practice.filter((term) => need.has(term))).toEqual([
      'velo',
      'gratuit',
      'agent',
      'energ',
    ]);
  });

  it('gives nothing for stop words only, numbers, single letters', () => {
    expect(terms("Il y a ce qu'elle est, plus ainsi que cette")).toEqual([]);
    expect(terms('2 500 habitants en 2017, 19 000 €')).toEqual(['habit']);
    expect(terms('a b c x')).toEqual([]);
    expect(terms('')).toEqual([]);
  });

  it('gives the same terms for accentless or upper-case text', () => {
    const analyzer = newAnalyzer();
    const words = [
      'Réinventer',
      'élus',
      'été',
      'œuvre',
      'activité',
      'créée',
      'qu’il',
      'énergétique',
    ];
    const text = fc.array(fc.constantFrom(...words, ' ', '-', "'", ', ', 'X', '2'), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(text, (parts) => {
        const sentence = parts.join(' ');
        expect(analyzer.terms(foldAccents(sentence))).toEqual(analyzer.terms(sentence));
        expect(analyzer.terms(sentence.toUpperCase())).toEqual(analyzer.terms(sentence));
      }),
    );
  });

  it('remembers the first word that gave each term', () => {
    const analyzer = newAnalyzer();
    analyzer.terms('Des vélos, un vélo');
    expect(analyzer.surfaceForm('velo')).toBe('vélos');
    expect(analyzer.surfaceForm('inconnu')).toBeUndefined();
  });

  it('gives each term an integer key, the same for every text', () => {
    const analyzer = newAnalyzer();
    const text = 'Des vélos gratuits, un vélo gratuit, et des vélos';
    const keys = Array.from(analyzer.termKeys(text));
    expect(keys.map((key) => analyzer.termOfKey(key))).toEqual(analyzer.terms(text));
    expect(keys).toEqual([0, 1, 0, 1, 0]);
    expect(Array.from(analyzer.termKeys('gratuité énergie vélo'))).toEqual([1, 2, 0]);
    expect(analyzer.termOfKey(2)).toBe('energ');
  });

  it('gives what tokenize, fold, stop words and stem give, token by token', () => {
    const tokenizer = new FrenchTokenizer();
    const stemmer = new FrenchStemmer();
    const reference = (text: string) =>
      tokenizer.tokenize(text).flatMap((token) => {
        const folded = foldAccents(token);
        if (folded.length < 2 || /^\p{N}+$/u.test(folded) || FRENCH_STOP_WORDS.has(folded))
          return [];
        const term = stemmer.stem(folded);
        return term.length < 2 ? [] : [term];
      });
    const analyzer = newAnalyzer();
    const words = [
      ...[
        'Réinventer',
        'les',
        'ateliers',
        'municipaux',
        'vélos',
        'VÉLO',
        'œuvre',
        'Œ',
        'æ',
        'l’',
        "d'",
      ],
      ...[
        "aujourd'hui",
        "quelqu'une",
        'presqu’îles',
        '2 500',
        '5G',
        'CO₂',
        're\u0301invente',
        'ΣΟΦΟΣ',
      ],
      ...[' ', ', ', '-', "'", '’', 'x', 'É', 'ça', 'été', 'énergétique', 'participative', 'ß'],
    ];
    const text = fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((w) => w.join(''));
    fc.assert(
      fc.property(text, (sentence) => {
        expect(analyzer.terms(sentence)).toEqual(reference(sentence));
      }),
      { numRuns: 500 },
    );
  });

  it('accepts another tokenizer and stemmer', () => {
    const analyzer = new FrenchAnalyzer(
      { tokenize: (text) => text.split(' ') },
      { stem: (token) => token.slice(0, 3) },
    );
    expect(analyzer.terms('ateliers le municipaux')).toEqual(['ate', 'mun']);
    expect(analyzer.terms('  ateliers   ')).toEqual(['ate']); // empty tokens
    expect(analyzer.surfaceForm('ate')).toBe('ateliers');
  });
});
