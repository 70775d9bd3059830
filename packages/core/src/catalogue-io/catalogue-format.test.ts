import { describe, expect, it } from 'vitest';
import { CATALOGUE_FORMATS, formatFromFileName } from './catalogue-format';

describe('formatFromFileName', () => {
  it('reads the format from the extension, whatever its case', () => {
    expect(CATALOGUE_FORMATS).toEqual(['csv', 'json', 'parquet']);
    expect(formatFromFileName('cat.csv')).toBe('csv');
    expect(formatFromFileName('dossier.v2/Cat.JSON')).toBe('json');
    expect(formatFromFileName('export.Parquet')).toBe('parquet');
  });

  it('gives nothing for another extension, none, or one not at the end', () => {
    expect(formatFromFileName('cat.xlsx')).toBeUndefined();
    expect(formatFromFileName('csv')).toBeUndefined();
    expect(formatFromFileName('cat.csv.bak')).toBeUndefined();
    expect(formatFromFileName('cat.csv ')).toBeUndefined();
    expect(formatFromFileName('cat.')).toBeUndefined();
    expect(formatFromFileName('cat.c1sv')).toBeUndefined();
  });
});
