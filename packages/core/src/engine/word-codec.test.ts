import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../node/bundled-corpus';
import { WordCodec } from './word-codec';

const decoded = (codec: WordCodec, text: string) => {
  const codes = codec.encode(text).slice();
  return codec.decode(codes, 0, codes.length);
};

describe('WordCodec', () => {
  it('gives back any well-formed string as it was, whatever its characters (property)', () => {
    const codec = new WordCodec();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(decoded(codec, text)).toBe(text);
      }),
    );
  });

  it('gives back French texts with numbers, accents and typographic signs', () => {
    const codec = new WordCodec();
    const texts = [
      '',
      '1 800 €',
      'L’hôtel de ville, d’Arc-en-Ciel : 75 % des élèves… œuvre « vélos » 2,5 ETP.',
      '0,3 ETP dédiés au projet.',
      '🚲 vélos🚲\u0000',
    ];
    for (const text of texts) expect(decoded(codec, text)).toBe(text);
  });

  it('writes words seen before as their number: a corpus text takes far fewer bytes than characters', () => {
    const codec = new WordCodec();
    const jsons = loadBundledCorpus().map((p) => JSON.stringify(p));
    for (const json of jsons) codec.encode(json);
    const bytes = jsons.reduce((sum, json) => sum + codec.encode(json).length, 0);
    const chars = jsons.reduce((sum, json) => sum + json.length, 0);
    expect(bytes).toBeLessThan(chars / 2);
    for (const json of jsons) expect(decoded(codec, json)).toBe(json);
  });

  it('writes new words literally once its dictionary is full, and still gives them back', () => {
    const codec = new WordCodec(2);
    const text = 'alpha beta gamma delta alpha beta epsilon';
    expect(decoded(codec, text)).toBe(text);
    expect(codec.dictionarySize).toBe(2);
    expect(decoded(codec, 'gamma alpha')).toBe('gamma alpha');
  });

  it('keeps numbers of more than five digits out of its dictionary', () => {
    const codec = new WordCodec();
    expect(decoded(codec, '2024 000123 1800 4509712 45097')).toBe('2024 000123 1800 4509712 45097');
    expect(codec.dictionarySize).toBe(3);
  });
});
