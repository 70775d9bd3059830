import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrenchTokenizer, SCAN_RANGES, scanKnown } from './french-tokenizer';
import { TokenBuffer } from './token-buffer';

const tokenizer = new FrenchTokenizer();
const buffer = new TokenBuffer();

function scanned(text: string): string[] {
  tokenizer.scan(text, buffer);
  return Array.from({ length: buffer.count }, (_, i) => buffer.token(i));
}

/** Whether the table alone tokenizes `text` (no fall back on the regular expression). */
function known(text: string): boolean {
  return scanKnown(text, new TokenBuffer());
}

// Pieces of French-like text the table stands for, and pieces it leaves to the regular
// expression (a combining mark, Greek with its final sigma, Cyrillic, İ, U+2000, surrogates).
const KNOWN_PIECES = [
  ...'abcdeéèêëiîïoôœuùûüyÿçàâæ',
  ...'AÉÈÊÎÔŒÇÀÆŸ',
  ...'0123456789',
  ...[' ', '  ', '-', '/', ',', '.', '(', "'", '’', 'ʼ', '‘', '«\u00a0', '\u202f»', '\n'],
  ...['€', '₂', '²', 'ª', 'Ⱥ', 'ß', 'ǅ', 'Ǆ'],
  ...['aujourd', 'hui', 'quelqu', 'un', 'une', 'prud', 'homme', 'hommes', 'presqu', 'presq'],
  ...['île', 'ile', 'îles', 'iles', 'AUJOURD', 'HUI', 'PRESQU', 'ÎLE', 'vélos', 'l', 'qu', 'jusqu'],
];
const OTHER_PIECES = ['e\u0301', 'i\u0302', 'Σ', 'ς', 'а', 'İ', '\u2000', '🧸', '\ud800', '\udc00'];
const knownText = fc
  .array(fc.constantFrom(...KNOWN_PIECES), { maxLength: 40 })
  .map((p) => p.join(''));
const anyText = fc
  .array(
    fc.oneof(
      { weight: 30, arbitrary: fc.constantFrom(...KNOWN_PIECES) },
      { weight: 1, arbitrary: fc.constantFrom(...OTHER_PIECES) },
    ),
    { maxLength: 40 },
  )
  .map((p) => p.join(''));

describe('FrenchTokenizer.scan', () => {
  it('gives exactly the tokens of tokenize', () => {
    fc.assert(
      fc.property(knownText, (text) => {
        expect(known(text)).toBe(true);
        expect(scanned(text)).toEqual(tokenizer.tokenize(text));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(anyText, (text) => {
        expect(scanned(text)).toEqual(tokenizer.tokenize(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(scanned(text)).toEqual(tokenizer.tokenize(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the whole words whole only when no letter, mark or digit follows', () => {
    const cases: Array<[string, string[]]> = [
      ["aujourd'hui", ["aujourd'hui"]],
      ['Aujourd’hui.', ["aujourd'hui"]],
      ["d'aujourd'hui-même", ['d', "aujourd'hui", 'même']],
      ["aujourd'huis", ['aujourd', 'huis']],
      ["aujourd'hui2", ['aujourd', 'hui2']],
      ["aujourd'", ['aujourd']],
      ["daujourd'hui", ['daujourd', 'hui']],
      ['quelquʼun, quelqu’une', ["quelqu'un", "quelqu'une"]],
      ["quelqu'unes", ['quelqu', 'unes']],
      ["les prud'hommes, un prud'homme", ['les', "prud'hommes", 'un', "prud'homme"]],
      ["la PRESQU'ÎLE, les presqu'iles", ['la', "presqu'île", 'les', "presqu'iles"]],
      ["presqu'îlet", ['presqu', 'îlet']],
      ["presqu''île", ['presqu', 'île']],
    ];
    for (const [text, tokens] of cases) {
      expect(scanned(text)).toEqual(tokens);
      expect(tokenizer.tokenize(text)).toEqual(tokens);
      expect(known(text)).toBe(true);
    }
  });

  it('leaves to the regular expression the texts the table cannot stand for', () => {
    for (const text of ['re\u0301invente', 'İstanbul', 'ΣΟΦΟΣ', 'CO₂ x\u2000y', 'ok 🧸']) {
      expect(known(text)).toBe(false);
      expect(scanned(text)).toEqual(tokenizer.tokenize(text));
    }
    expect(scanned('re\u0301invente')).toEqual(['réinvente']);
    expect(known('Émissions de CO2 : – 20 % (2019–2023) ; 5 000 € …')).toBe(true);
  });

  it('agrees with tokenize on every code unit of its table, and every pair of them', () => {
    const units: string[] = [];
    for (const [from, to] of SCAN_RANGES) {
      for (let code = from; code <= to; code++) {
        const char = String.fromCharCode(code);
        for (const text of [char, `a${char}b`, `É${char}`, `aujourd${char}hui`]) {
          expect(scanned(text)).toEqual(tokenizer.tokenize(text));
        }
        if (known(char)) units.push(char);
      }
    }
    expect(units.length).toBeGreaterThan(900);
    // Every ordered pair side by side: neither NFC nor lower case joins two of them.
    const pairs = units.map((a) => units.map((b) => a + b).join('')).join('');
    expect(known(pairs)).toBe(true);
    expect(scanned(pairs)).toEqual(tokenizer.tokenize(pairs));
  });

  it('reuses its buffer from one text to the next', () => {
    expect(
      scanned('Une très longue phrase, avec des mots longs : anticonstitutionnellement'),
    ).toEqual([
      'une',
      'très',
      'longue',
      'phrase',
      'avec',
      'des',
      'mots',
      'longs',
      'anticonstitutionnellement',
    ]);
    expect(scanned('ab')).toEqual(['ab']);
    expect(scanned('')).toEqual([]);
    const long = 'x'.repeat(100_000);
    expect(scanned(`${long} y`)).toEqual([long, 'y']);
  });
});
