import { describe, expect, it } from 'vitest';
import { noTransferFacts } from '../practice/transfer-facts';
import { deriveId } from './derive-id';
import { flatRowToRecord } from './flat-record';
import { readCodes, readNumber, readWord } from './flat-values';

describe('reading flat cells', () => {
  it('reads French and plain numbers, and leaves anything else for validation', () => {
    expect(readNumber('19000')).toBe(19000);
    expect(readNumber('19 000')).toBe(19000);
    expect(readNumber('19\u00a0000 €')).toBe(19000);
    expect(readNumber('1,5')).toBe(1.5);
    expect(readNumber('-500')).toBe(-500);
    expect(readNumber('20x7')).toBe('20x7');
    expect(readNumber(2017)).toBe(2017);
  });

  it('reads words without case or accents', () => {
    expect(readWord('Or')).toBe('or');
    expect(readWord(' OR ')).toBe('or');
    expect(readWord('Département')).toBe('departement');
    expect(readWord('annuel', { annuel: 'annual' })).toBe('annual');
    expect(readWord(null)).toBeNull();
  });

  it('reads policy areas as "a;b", a JSON array or a list', () => {
    expect(readCodes('a; b;')).toEqual(['a', 'b']);
    expect(readCodes('["a","b"]')).toEqual(['a', 'b']);
    expect(readCodes(['a'])).toEqual(['a']);
    expect(readCodes(null)).toEqual([]);
  });
});

describe('flatRowToRecord', () => {
  it('nests dotted columns, and leaves out award, budget and staff when all their cells are empty', () => {
    const record = flatRowToRecord(
      {
        id: 'x',
        title: 'T',
        summary: 'S',
        'collectivity.name': 'Damparis',
        'collectivity.kind': 'Commune',
        'collectivity.code': '39189',
        year: '2023',
        'award.programme': '',
        'award.medal': '',
        'budget.amount': '19 000',
        'budget.text': '',
        'staff.fte': '',
        policyAreas: 'a;b',
        partners: '',
        'source.document': 'Fiche',
      },
      { emptyIsNull: true },
    );
    expect(record).toEqual({
      id: 'x',
      title: 'T',
      summary: 'S',
      collectivity: { name: 'Damparis', kind: 'commune', code: '39189' },
      partners: [],
      year: 2023,
      award: null,
      policyAreas: ['a', 'b'],
      budget: { amount: 19000, period: null, precision: null, text: '', lines: [] },
      staff: null,
      results: null,
      source: { document: 'Fiche', publisher: null, url: null, file: null },
      ...noTransferFacts(),
    });
  });

  it('keeps "" where the format has a null', () => {
    const record = flatRowToRecord(
      { 'budget.text': '', 'budget.amount': null },
      { emptyIsNull: false },
    );
    expect(record.budget).toEqual({
      amount: null,
      period: null,
      precision: null,
      text: '',
      lines: [],
    });
  });

  it('reads the transfer facts: a period, a contact, lists as JSON, French precision words', () => {
    const record = flatRowToRecord(
      {
        'period.start': '2009',
        'period.end': '2017',
        'period.text': 'de 2009 à 2017',
        'contact.role': 'Maire de Damparis',
        'budget.amount': '10 000',
        'budget.precision': 'Plafond',
        'budget.text': 'Coût hors salaires inférieur à 10 000 €.',
        funding: '[{"funder":"Union Européenne","amount":48000,"share":1,"text":"en totalité"}]',
        obstacles: '',
      },
      { emptyIsNull: true },
    );
    expect(record.period).toEqual({ start: 2009, end: 2017, months: null, text: 'de 2009 à 2017' });
    expect(record.contact).toEqual({ role: 'Maire de Damparis', name: null });
    expect(record.budget).toMatchObject({ amount: 10000, precision: 'upper-bound', lines: [] });
    expect(record.funding).toEqual([
      { funder: 'Union Européenne', amount: 48000, share: 1, text: 'en totalité' },
    ]);
    expect(record.obstacles).toEqual([]);
  });

  it('derives a stable id from the code and the title when there is none', () => {
    const row = { title: 'Réinventer les ateliers', 'collectivity.code': '39189' };
    const a = flatRowToRecord(row, { emptyIsNull: true });
    const b = flatRowToRecord(row, { emptyIsNull: true });
    expect(a.id).toBe('39189-reinventer-les-ateliers');
    expect(b.id).toBe(a.id);
  });
});

describe('deriveId', () => {
  it('folds accents and ligatures, and cuts long titles on a word', () => {
    expect(deriveId('75109', 'Paris 9e', "L'œuvre « d'été » !")).toBe('75109-l-oeuvre-d-ete');
    expect(deriveId(null, 'Région Grand Est', 'Plan')).toBe('region-grand-est-plan');
    const long = deriveId('1', '', 'mot '.repeat(50));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith('-mot')).toBe(true);
  });
});
