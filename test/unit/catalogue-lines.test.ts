import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PracticeRecord } from '@essaimage/core';
import {
  enrichRecords,
  loadCatalogueSources,
  readCachedPractices,
  readCachedRecords,
} from '../../bench/catalogue-cache';
import { CatalogueGenerator } from '../../bench/generate-catalogue';
import { catalogueToCsv, csvLines } from '../../bench/generator/catalogue-csv';
import { readLines, readNdjson, writeLines, writeNdjson } from '../../bench/generator/line-file';

const sources = loadCatalogueSources();
const records = new CatalogueGenerator(sources).generate(120, 7);
// Multi-byte characters of every UTF-8 length, a newline and a quote inside a text.
const odd: PracticeRecord = {
  ...records[0]!,
  id: 'synth-odd',
  title: 'Vélos « partagés » — 2 € ; “mobilité” 🚲',
  summary: 'Première ligne\nseconde ligne, avec des "guillemets" et l’apostrophe.',
};
const all = [odd, ...records];
const dir = mkdtempSync(join(tmpdir(), 'essaimage-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bench catalogue files, written and read a line at a time', () => {
  it('reads back every record as written, whatever the chunk size cuts through', () => {
    const path = join(dir, 'records.ndjson');
    expect(writeNdjson(path, all)).toBe(all.length);
    // One record a line: the file is never one JSON text.
    expect(readFileSync(path, 'utf8').split('\n')).toHaveLength(all.length + 1);
    // Chunks of 1 and 7 bytes cut the emoji and the accented letters in the middle.
    for (const chunk of [1, 7, 64, 4096, 1 << 20]) {
      expect([...readNdjson(path, chunk)], `chunks of ${chunk} bytes`).toEqual(all);
    }
  });

  it('gives the lines without their newline, and a last line without one', () => {
    const path = join(dir, 'plain.txt');
    writeFileSync(path, 'é\n\nabc\n🚲 fin');
    expect([...readLines(path, 2)]).toEqual(['é', '', 'abc', '🚲 fin']);
    expect(writeLines(path, ['un', 'deux'])).toBe(2);
    expect(readFileSync(path, 'utf8')).toBe('un\ndeux\n');
    expect([...readLines(path, 3)]).toEqual(['un', 'deux']);
  });

  it('leaves no file when the lines stop with an error (no truncated catalogue is reused)', () => {
    const path = join(dir, 'interrupted.ndjson');
    function* failing(): Generator<string> {
      yield 'ligne';
      throw new Error('interrompu');
    }
    expect(() => writeLines(path, failing())).toThrow('interrompu');
    expect(existsSync(path)).toBe(false);
  });

  it('writes the same CSV line by line as in one string', () => {
    const path = join(dir, 'records.csv');
    writeLines(path, csvLines(all));
    expect(readFileSync(path, 'utf8')).toBe(catalogueToCsv(all));
  });

  it('reads practices in batches as readCatalogue reads them whole, and refuses an id twice', () => {
    const path = join(dir, 'practices.ndjson');
    writeNdjson(path, records);
    expect([...readCachedRecords(path)]).toEqual(records);
    const read = readCachedPractices(path, sources);
    expect(read.practices).toEqual(enrichRecords(records, sources));
    const twice = join(dir, 'twice.ndjson');
    writeNdjson(twice, [...records, records[3]!]);
    expect(() => readCachedPractices(twice, sources)).toThrow(records[3]!.id);
  });
});
