import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CATALOGUE_FORMATS,
  checkCatalogueTable,
  practicesToCsv,
  readCsvTable,
} from '../../packages/core/src/catalogue-io';
import {
  exportCatalogueFile,
  importCatalogueFile,
  loadBundledCorpus,
  loadOfficialGeography,
  loadPolicyAreas,
  openPracticeStore,
} from '../../packages/core/src/node';
import { readCatalogue, type Practice } from '../../packages/core/src/practice';
import type { PracticeStore } from '../../packages/core/src/store';
import { trickyPractice } from '../fixtures/tricky-practice';

const corpus = loadBundledCorpus();
const everything = [...corpus, trickyPractice(corpus[0])];
const dir = mkdtempSync(join(tmpdir(), 'essaimage-round-trip-'));

describe('export then import gives back the same practices', () => {
  let store: PracticeStore;
  beforeAll(async () => {
    store = await openPracticeStore();
    await store.add([trickyPractice(corpus[0])]);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(CATALOGUE_FORMATS.map((f) => [f]))('in %s', async (format) => {
    const path = join(dir, `all.${format}`);
    expect(await exportCatalogueFile(store, path, format)).toBe(everything.length);
    const copy = await openPracticeStore({ withBundledCorpus: false });
    try {
      const report = await importCatalogueFile(copy, path, { format });
      expect(report.rejected).toEqual([]);
      expect(report.added).toHaveLength(everything.length);
      expect(await copy.all()).toEqual(everything);
      // The file imported again into the store it came from changes nothing.
      const again = await importCatalogueFile(store, path, { format });
      expect(again.added).toEqual([]);
      expect(again.unchanged).toHaveLength(everything.length);
    } finally {
      await copy.close();
    }
  });

  it.each(CATALOGUE_FORMATS.map((f) => [f]))('in %s, for a filtered selection', async (format) => {
    const filter = { kinds: ['commune' as const], populationMax: 50_000, yearFrom: 2017 };
    const path = join(dir, `selection.${format}`);
    const expected = await store.all(filter);
    expect(expected.length).toBeGreaterThan(5);
    expect(expected.length).toBeLessThan(everything.length);
    expect(await exportCatalogueFile(store, path, format, filter)).toBe(expected.length);
    const copy = await openPracticeStore({ withBundledCorpus: false });
    try {
      await importCatalogueFile(copy, path, { format });
      expect(await copy.all()).toEqual(expected);
    } finally {
      await copy.close();
    }
  });
});

describe('CSV round trip of arbitrary text (property)', () => {
  const geography = loadOfficialGeography();
  const policyAreas = new Set(loadPolicyAreas().map((a) => a.code));
  // Text as a source may give it: quotes, delimiters, line breaks, SQL and HTML, accents.
  const piece = fc.constantFrom(
    '"',
    "'",
    ';',
    ',',
    '--',
    '\n',
    '\r\n',
    '<script>',
    'é',
    '€',
    ' ',
    'a',
    'Z',
    '0',
  );
  const text = fc
    .array(piece, { minLength: 1, maxLength: 12 })
    .map((parts) => `x${parts.join('')}x`);
  const maybe = fc.option(text, { nil: null });

  it('gives back what was exported', () => {
    fc.assert(
      fc.property(
        text,
        text,
        maybe,
        maybe,
        text,
        fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: null }),
        (title, summary, results, publisher, budgetText, amount) => {
          const raw = {
            ...corpus[5],
            title,
            summary,
            results,
            budget: { amount, period: null, text: budgetText },
            source: { ...corpus[5].source, publisher },
          };
          const read = readCatalogue([raw], { geography, policyAreas });
          expect(read.problems).toEqual([]);
          const practices: Practice[] = read.practices;
          const table = readCsvTable(practicesToCsv(practices), 'p.csv');
          const check = checkCatalogueTable(table, { geography, policyAreas, emptyIsNull: true });
          expect(check.rejected).toEqual([]);
          expect(check.practices).toEqual(practices);
        },
      ),
      { numRuns: 300 },
    );
  });
});
