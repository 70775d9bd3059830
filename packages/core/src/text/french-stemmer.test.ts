import { describe, expect, it } from 'vitest';
import { foldAccents } from './fold-accents';
import { FRENCH_STEM_REWRITES } from './french-stem-rules';
import { FrenchStemmer } from './french-stemmer';

const stemmer = new FrenchStemmer();
const stem = (word: string) => stemmer.stem(word);

describe('FrenchStemmer', () => {
  it.each([
    ['vélos', 'vélo'],
    ['agents', 'agent'],
    ['énergétique', 'énergie'],
    ['énergétiques', 'énergies'],
    ['participation', 'participatif'],
    ['participative', 'participer'],
    ['ateliers', 'atelier'],
    ['municipaux', 'municipal'],
    ['réinventer', 'réinvente'],
    ['amélioration', 'améliorer'],
    ['conditions', 'condition'],
    ['habitants', 'habitant'],
    ['gratuits', 'gratuité'],
    ['activités', 'active'],
    ['mobilité', 'mobile'],
    ['élus', 'élu'],
    ['jeux', 'jeu'],
    ['lieux', 'lieu'],
    ['environnemental', 'environnement'],
    ['départemental', 'département'],
    ['numéros', 'numéro'],
    ['créées', 'créer'],
  ])('%s and %s meet', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  // Snowball strips inflections, not derivations; these stay apart (documented on the class).
  it.each([
    ['santé', 'sanitaire'],
    ['sécurité', 'sécuriser'],
    ['jeunes', 'jeunesse'],
    ['réduction', 'réduire'],
    ['citoyens', 'citoyenneté'],
    ['expérimental', 'expérimentation'],
  ])('%s and %s do not meet', (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });

  it('gives the same stem with or without accents, and stems without accents', () => {
    for (const word of [
      'activité',
      'collectivités',
      'solidarité',
      'créée',
      'particulière',
      'particulièrement',
      'énergétique',
      'vélos',
      'Égalité',
      'œuvre',
    ]) {
      expect(stem(foldAccents(word))).toBe(stem(word));
      expect(foldAccents(stem(word))).toBe(stem(word));
    }
  });

  it('stems the empty string to itself', () => {
    expect(stem('')).toBe('');
  });

  // Stems the Snowball French algorithm gives (snowballstem.org's sample vocabulary and its
  // rules worked by hand): an expectation from outside the code, folded as this stemmer folds.
  it.each([
    ['continuation', 'continu'],
    ['continuellement', 'continuel'],
    ['abandonnait', 'abandon'],
    ['majestueusement', 'majestu'],
    ['heureusement', 'heureux'],
    ['chevaux', 'cheval'],
    ['nationaux', 'national'],
    ['nationale', 'national'],
    ['jardins', 'jardin'],
    ['rapidement', 'rapid'],
    ['finissons', 'fin'],
    ['travaillait', 'travaill'],
    ['conditions', 'condit'],
    ['mobilité', 'mobil'],
    ['amélioration', 'amelior'],
    ['départements', 'depart'],
  ])('stems %s to the Snowball stem %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('keeps its stems past the memo: a word asked again after many others stems the same', () => {
    const fresh = new FrenchStemmer();
    expect(fresh.stem('ateliers')).toBe('ateli');
    for (let i = 0; i < 1000; i++) fresh.stem(`mot${i}s`);
    expect(fresh.stem('ateliers')).toBe('ateli');
  });

  it('makes the words each rewrite documents meet', () => {
    for (const rewrite of FRENCH_STEM_REWRITES) {
      const pairs = [...rewrite.why.matchAll(/([\p{L}œ]+)\/([\p{L}œ]+)/gu)];
      expect(pairs.length, rewrite.why).toBeGreaterThan(0);
      for (const [, a, b] of pairs) expect(stem(a!), `${a}/${b}`).toBe(stem(b!));
    }
  });
});
