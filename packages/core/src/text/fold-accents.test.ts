import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldAccents } from './fold-accents';

describe('foldAccents', () => {
  it('lower-cases and strips accents', () => {
    expect(foldAccents('Énergétique')).toBe('energetique');
    expect(foldAccents('RÉINVENTER les ateliers')).toBe('reinventer les ateliers');
    expect(foldAccents('à côté, où, naïf, ça, Noël')).toBe('a cote, ou, naif, ca, noel');
  });

  it('spells out the ligatures œ and æ', () => {
    expect(foldAccents('Œuvre, cœur, vœux, Ægir, ex æquo')).toBe(
      'oeuvre, coeur, voeux, aegir, ex aequo',
    );
  });

  it('folds decomposed accents (combining marks) like composed ones', () => {
    expect(foldAccents('re\u0301invente')).toBe('reinvente');
    expect(foldAccents('réinvente'.normalize('NFD'))).toBe(foldAccents('réinvente'));
  });

  it('folds ASCII by lower-casing it only, as the full path would', () => {
    const full = (text: string) =>
      text
        .toLowerCase()
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[œæ]/g, (ligature) => (ligature === 'œ' ? 'oe' : 'ae'));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (text) => {
        expect(foldAccents(text)).toBe(full(text));
      }),
    );
    expect(foldAccents('VELO-Cargo 2')).toBe('velo-cargo 2');
  });

  it('is idempotent and leaves no combining mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const folded = foldAccents(text);
        expect(foldAccents(folded)).toBe(folded);
        expect(/\p{M}/u.test(folded)).toBe(false);
      }),
    );
  });
});
