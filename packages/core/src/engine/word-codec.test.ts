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

describe('WordCodec tokens', () => {
  /** How many distinct tokens a fresh codec's dictionary holds after `text`. */
  const tokens = (text: string) => {
    const codec = new WordCodec();
    expect(decoded(codec, text)).toBe(text);
    return codec.dictionarySize;
  };

  it('cuts a text into letters and digits followed by their punctuation', () => {
    expect(tokens('vélos, vélos, vélos, ')).toBe(1);
    expect(tokens('l’été l’été ')).toBe(2); // « l’ » and « été »: ’ is punctuation
    expect(tokens('ÉTÉ été ')).toBe(2);
    expect(tokens('🚲🚲 🚲🚲 中文 中文 ')).toBe(2); // characters of 4 and 3 bytes are letters
    expect(tokens('20 €, 20 €, ')).toBe(1); // € (3 bytes from 0xE2) is punctuation
    expect(tokens('@@ @@ ')).toBe(1); // a token of punctuation only
    // The ends of the ASCII ranges: a z A Z 0 9 are letters and digits; ` { @ [ / : are not.
    expect(tokens('a0/ a0/ z9: z9: A@ A@ Z[ Z[ `{ `{ ')).toBe(5);
    expect(tokens('a` a{ a@ a[ a/ a: ')).toBe(6);
    expect(tokens('`a {a @a [a /a :a ')).toBe(7); // each sign its own token, then « a »
  });

  it('numbers numbers of up to five digits, writes longer ones literally', () => {
    expect(tokens('12345 12345 ')).toBe(1);
    expect(tokens('123456 912345 012345 ')).toBe(0);
    expect(tokens('9 99999 ')).toBe(2);
  });

  it('writes a known token as its number, the first one included', () => {
    const codec = new WordCodec();
    codec.encode('vélos, ');
    expect(codec.encode('vélos, ').length).toBe(1);
    expect(codec.encode('vélos, vélos, ').length).toBe(2);
  });

  it('gives back long literals and long tokens, and texts far longer than its buffers', () => {
    const codec = new WordCodec();
    const long = '7'.repeat(300); // a literal whose length takes two bytes
    const word = 'anticonstitutionnellementextraordinaire'; // a token of 39 bytes
    expect(decoded(codec, `${long} ${word} ${word}`)).toBe(`${long} ${word} ${word}`);
    expect(decoded(codec, `${word} ${long}`)).toBe(`${word} ${long}`);
    const numbers = Array.from({ length: 4000 }, (_, i) => String(1_000_000 + i)).join(' ');
    expect(decoded(codec, numbers)).toBe(numbers);
    expect(decoded(codec, 'ab')).toBe('ab'); // short after long: nothing of the longer one read
  });

  it('finds every token again once its table has grown', () => {
    const codec = new WordCodec();
    const words = Array.from({ length: 5000 }, (_, i) => `mot${i.toString(36)}`).join(' ');
    expect(decoded(codec, words)).toBe(words);
    const size = codec.dictionarySize;
    expect(size).toBe(5000);
    expect(decoded(codec, words)).toBe(words);
    expect(codec.dictionarySize).toBe(size);
    expect(codec.encode(words).length).toBeLessThan(5000 * 3);
  });
});
