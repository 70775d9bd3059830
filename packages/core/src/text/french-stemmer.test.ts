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

  it('memoises: the same token gives the same string', () => {
    const fresh = new FrenchStemmer();
    expect(fresh.stem('ateliers')).toBe(fresh.stem('ateliers'));
  });

  it('documents each rewrite', () => {
    for (const rewrite of FRENCH_STEM_REWRITES) expect(rewrite.why.length).toBeGreaterThan(10);
  });
});
