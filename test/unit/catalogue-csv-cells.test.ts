import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkCatalogueTable,
  escapeCsvText,
  practicesToCsv,
  readCsvTable,
  unescapeCsvText,
  writeCsv,
} from '../../packages/core/src/catalogue-io';
import {
  exportCatalogueFile,
  importCatalogueFile,
  loadBundledCorpus,
  loadOfficialGeography,
  loadPolicyAreas,
  openPracticeStore,
} from '../../packages/core/src/node';
import type { Practice } from '../../packages/core/src/practice';

const corpus = loadBundledCorpus();
const geography = loadOfficialGeography();
const policyAreas = new Set(loadPolicyAreas().map((a) => a.code));
const dir = mkdtempSync(join(tmpdir(), 'essaimage-csv-cells-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FORMULAS = [
  '=HYPERLINK("http://evil.example","clic")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  "'=déjà protégé",
];

function csvRoundTrip(practices: Practice[]): Practice[] {
  const check = checkCatalogueTable(readCsvTable(practicesToCsv(practices), 'p.csv'), {
    geography,
    policyAreas,
    emptyIsNull: true,
  });
  expect(check.rejected).toEqual([]);
  return check.practices;
}

describe('spreadsheet formulas in CSV output', () => {
  it('are neutralised: no written cell starts with a formula character', () => {
    const practices = FORMULAS.map((formula, i) => ({
      ...corpus[i],
      results: formula,
      source: { ...corpus[i].source, publisher: formula },
    }));
    const parsed = Papa.parse<string[]>(practicesToCsv(practices), { skipEmptyLines: true });
    for (const row of parsed.data.slice(1)) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d+(?:[.,]\d+)?$)/);
    }
  });

  it('come back the same on import (export then import is the identity)', () => {
    const practices = FORMULAS.map((formula, i) => ({ ...corpus[i], results: formula }));
    expect(csvRoundTrip(practices)).toEqual(practices);
  });

  it('keep a text that merely starts with an apostrophe, and plain numbers', () => {
    expect(escapeCsvText("'Tis")).toBe("''Tis");
    expect(unescapeCsvText("'Tis")).toBe("'Tis");
    expect(escapeCsvText('-500')).toBe('-500');
    expect(unescapeCsvText("'-500")).toBe("'-500");
  });
});

describe('empty and blank strings through CSV', () => {
  it('come back as "" (and blank as blank), not as null', async () => {
    const base = corpus[3];
    const practice: Practice = {
      ...base,
      results: '',
      budget: { amount: null, period: null, text: '' },
      staff: { fte: null, agents: null, text: '   ' },
      source: { ...base.source, publisher: '', url: ' ' },
    };
    expect(csvRoundTrip([practice])).toEqual([practice]);
    // The case: a JSON import, exported to CSV, re-imported into the same database.
    const store = await openPracticeStore({ withBundledCorpus: false });
    try {
      const json = join(dir, 'empty.json');
      writeFileSync(json, JSON.stringify([practice]));
      await importCatalogueFile(store, json, { format: 'json' });
      const csv = join(dir, 'empty.csv');
      await exportCatalogueFile(store, csv, 'csv');
      const again = await importCatalogueFile(store, csv, { format: 'csv' });
      expect(again.unchanged).toEqual([practice.id]);
    } finally {
      await store.close();
    }
  });
});

describe('the CSV writer', () => {
  it('writes with the separator asked and a byte-order mark on demand', () => {
    expect(writeCsv(['a', 'b'], [['x;y', 1]], { delimiter: ';', bom: true })).toBe(
      '\uFEFFa;b\n"x;y";1\n',
    );
    expect(writeCsv(['a'], [[null], ['']])).toBe("a\n\n'\n");
  });
});

describe('the rejects file of a ";"-separated Windows-1252 input', () => {
  it('has the input separator, a byte-order mark, and the rows as they were', async () => {
    const path = join(dir, 'fr.csv');
    const header =
      'title;summary;collectivity.name;collectivity.kind;collectivity.code;source.document';
    writeFileSync(
      path,
      // é as the single byte 0xE9: not UTF-8, so read as Windows-1252.
      Buffer.from(
        `${header}\r\nBon;Résumé;Damparis;commune;39189;doc\r\nMauvais é;=1+1;Damparis;commune;99999;doc\r\n`,
        'latin1',
      ),
    );
    const store = await openPracticeStore({ withBundledCorpus: false });
    try {
      const report = await importCatalogueFile(store, path, { format: 'csv', skipInvalid: true });
      expect(report.rejected).toHaveLength(1);
      const bytes = readFileSync(`${path}.rejects.csv`);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      expect(text.split('\n')[0]).toBe(`${header};reason`);
      expect(text).toContain("Mauvais é;'=1+1;Damparis;commune;99999;doc;");
    } finally {
      await store.close();
    }
  });
});
