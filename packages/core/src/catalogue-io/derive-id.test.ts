import { describe, expect, it } from 'vitest';
import { deriveId, withDerivedId } from './derive-id';

describe('deriveId at its edges', () => {
  it('cuts at 80 characters on a word boundary, or cuts a single longer word', () => {
    // « 1- » + 40 + « - » + 37 is 80 characters: kept; one more letter and the word goes.
    const fits = `1-${'a'.repeat(40)}-${'b'.repeat(37)}`;
    expect(deriveId('1', '', `${'a'.repeat(40)} ${'b'.repeat(37)} c`)).toBe(fits);
    expect(deriveId('1', '', `${'a'.repeat(40)} ${'b'.repeat(38)}`)).toBe(`1-${'a'.repeat(40)}`);
    expect(deriveId(null, 'x'.repeat(100), 'titre')).toBe('x'.repeat(80));
    expect(deriveId(null, '', '« ! »')).toBe('');
  });
});

describe('withDerivedId', () => {
  it('keeps a given id, and derives one from the code, else the name, and the title', () => {
    const record = { id: 'mon-id', title: 'T' };
    expect(withDerivedId(record)).toBe(record);
    const withCode = { title: 'Vélos gratuits', collectivity: { code: '09282', name: 'Saverdun' } };
    expect(withDerivedId(withCode)).toEqual({ ...withCode, id: '09282-velos-gratuits' });
    expect(withDerivedId({ id: '  ', title: 'Plan', collectivity: { name: 'Grand Est' } }).id).toBe(
      'grand-est-plan',
    );
    expect(withDerivedId({ title: 'Plan', collectivity: null }).id).toBe('plan');
    expect(withDerivedId({ title: 42, collectivity: { code: 7, name: 8 } }).id).toBe('');
  });
});
