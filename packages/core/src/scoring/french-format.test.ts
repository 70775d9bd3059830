import { describe, expect, it } from 'vitest';
import { formatCount, formatDecimal, formatEuros } from './french-format';

const plainIntl = (value: number) =>
  new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(value).replace(/\s/g, ' ');

describe('French number formatting', () => {
  it('groups thousands with a plain space and writes a decimal comma', () => {
    expect(formatCount(2587)).toBe('2 587');
    expect(formatCount(1234567)).toBe('1 234 567');
    expect(formatDecimal(0.5)).toBe('0,5');
    expect(formatDecimal(2)).toBe('2');
    expect(formatDecimal(0.25)).toBe('0,25');
    expect(formatEuros(19000)).toBe('19 000 €');
    expect(formatEuros(1_250_000)).toBe('1,3 M€');
  });

  it('gives the same text for a value asked again, past its memo’s limit', () => {
    const first = [7, 2587, 19000.4].map(formatCount);
    for (let v = 0; v < 10_000; v++) formatCount(v * 3 + 0.25);
    expect([7, 2587, 19000.4].map(formatCount)).toEqual(first);
    expect(formatCount(19000.4)).toBe('19 000');
    expect([formatCount(-0), formatCount(0)]).toEqual([plainIntl(-0), '0']);
  });
});
