/**
 * Property-based tests of the importer and of the CLI's argument parser, fed generated hostile
 * input: catalogues in every encoding and separator with quotes, control characters, formulas,
 * huge numbers, missing and extra columns; argument lists of unknown, repeated and malformed
 * flags. The CLI runs in this process (its main function) on a real DuckDB file.
 *
 * Size: CATALOGUE_RUNS (30) catalogues and ARGUMENT_RUNS (300) argument lists per run, about
 * 15-30 s in all; each run draws new cases, and a failure prints the seed that replays it
 * (`fc.assert(..., { seed, path })`). DEBUG_PROPERTIES=1 prints each refusal.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CATALOGUE_FORMATS,
  exportCatalogue,
  importCatalogue,
  type CatalogueFormat,
} from '../../packages/core/src/catalogue-io';
import {
  connectDuckDBNode,
  loadOfficialGeography,
  loadPolicyAreas,
  openPracticeStore,
} from '../../packages/core/src/node';
import type { Practice } from '../../packages/core/src/practice';
import { runMain } from '../e2e/cli-in-process';

/** Catalogues generated per run: each is one CLI import into a DuckDB file, plus round trips. */
const CATALOGUE_RUNS = 30;
/** Argument lists generated per run: most are refused at once, a few run a command. */
const ARGUMENT_RUNS = 300;

const dir = mkdtempSync(join(tmpdir(), 'essaimage-properties-'));
const db = join(dir, 'store.duckdb');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const geography = loadOfficialGeography();
const policyAreas = new Set(loadPolicyAreas().map((a) => a.code));
const STACK_TRACE = /\n\s+at |\bError:|TypeError|RangeError|undefined is not|Cannot read prop/;

// Pieces of hostile text: quotes, separators, line breaks, formulas, invisible and control
// characters, the Windows-1252 letters of French, a NUL.
const PIECES = [
  '"',
  "'",
  ';',
  ',',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '=',
  '+',
  '-',
  '@',
  ' ',
  '\u00a0',
  '\u200b',
  'é',
  'É',
  '€',
  'œ',
  '’',
  '–',
  '«',
  '\u0001',
  '\u007f',
  '\u0085',
  '\\',
  'a',
  'Z',
  '0',
  '9',
  '\u0000',
  '<script>',
  '=HYPERLINK("http://x")',
  '+cmd|',
  '@SUM(A1)',
  '1e308',
  '{',
  '}',
  '[',
  ']',
];
const hostile = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join(''));
const hostileOrNull = fc.option(hostile, { nil: null });
// Each fault is rare, so that both accepted and refused catalogues are common.
const rarely = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: good, weight: 15 }, { arbitrary: bad, weight: 1 });
const wildNumber = rarely(
  fc.oneof(
    fc.double({ min: 0, max: 1e9, noNaN: true }),
    fc.constantFrom(0, 1e308, 2 ** 63, 2 ** 53 + 2, Number.MIN_VALUE),
    fc.constantFrom('19 000 €', '1,5', '', ' '),
  ),
  fc.constantFrom(-1, '0x10', 'beaucoup', '1e19x'),
);
const wildYear = rarely(
  fc.oneof(fc.integer({ min: 1900, max: 2100 }), fc.constantFrom('2020', '')),
  fc.constantFrom(1800, 2020.5, 1e19, '20x7'),
);
const COLLECTIVITIES = [
  { name: 'Damparis', kind: 'commune', code: '39189' },
  { name: 'Pamiers', kind: 'commune', code: '09225' },
  { name: 'Jura', kind: 'departement', code: '39' },
  { name: 'Nulle part', kind: 'commune', code: '99999' },
  { name: 'Syndicat', kind: 'syndicat', code: null },
];

const record = fc.record({
  title: rarely(
    hostile.map((t) => `T${t}`),
    hostile,
  ),
  summary: hostile.map((t) => `Résumé ${t}`),
  collectivity: rarely(
    fc.constantFrom(COLLECTIVITIES[0], COLLECTIVITIES[1], COLLECTIVITIES[2], COLLECTIVITIES[4]),
    fc.constant(COLLECTIVITIES[3]),
  ),
  year: fc.option(wildYear, { nil: null }),
  budget: fc.option(fc.record({ amount: fc.option(wildNumber, { nil: null }), text: hostile }), {
    nil: null,
  }),
  results: hostileOrNull,
  publisher: hostileOrNull,
  areas: rarely(fc.subarray(['mobilite', 'ressources-humaines']), fc.constant(['pas-un-domaine'])),
});
type GeneratedRecord = typeof record extends fc.Arbitrary<infer T> ? T : never;

const catalogue = fc.record({
  records: fc.array(record, { minLength: 1, maxLength: 3 }),
  format: fc.constantFrom<'csv' | 'json'>('csv', 'json'),
  delimiter: fc.constantFrom(',', ';', '\t'),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1252'),
  newline: fc.constantFrom('\n', '\r\n'),
  dropColumn: rarely(fc.constant(null), fc.constantFrom('title', 'summary', 'source.document')),
  extraColumn: rarely(fc.constant(false), fc.constant(true)),
});

function flatCells(r: GeneratedRecord): Record<string, unknown> {
  return {
    title: r.title,
    summary: r.summary,
    'collectivity.name': r.collectivity.name,
    'collectivity.kind': r.collectivity.kind,
    'collectivity.code': r.collectivity.code,
    year: r.year,
    policyAreas: r.areas.join(';'),
    'budget.amount': r.budget?.amount ?? null,
    'budget.text': r.budget?.text ?? null,
    results: r.results,
    'source.document': 'doc',
    'source.publisher': r.publisher,
  };
}

// What a JSON file holds for the cells a CSV reads as numbers or null; other text stays text.
const JSON_VALUE: Record<string, number | null> = {
  '': null,
  ' ': null,
  '2020': 2020,
  '1,5': 1.5,
  '19 000 €': 19000,
};
const typed = (value: unknown) =>
  typeof value === 'string' && value in JSON_VALUE ? JSON_VALUE[value] : value;

function nested(r: GeneratedRecord): Record<string, unknown> {
  return {
    title: r.title,
    summary: r.summary,
    collectivity: r.collectivity,
    year: typed(r.year),
    award: null,
    policyAreas: r.areas,
    budget: r.budget && { amount: typed(r.budget.amount), period: null, text: r.budget.text },
    staff: null,
    results: r.results,
    source: { document: 'doc', publisher: r.publisher, url: null, file: null },
  };
}

// Windows-1252 bytes of the characters the pieces use, written out independently of the decoder.
const CP1252: Record<string, number> = { '€': 0x80, '’': 0x92, '–': 0x96, œ: 0x9c };

function encode(text: string, encoding: string): Buffer {
  if (encoding === 'utf-8-bom') return Buffer.from(`\uFEFF${text}`, 'utf8');
  if (encoding === 'windows-1252') {
    const bytes: number[] = [];
    for (const char of text) {
      const code = char.codePointAt(0) as number;
      if (CP1252[char] !== undefined) bytes.push(CP1252[char]);
      else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
      else return Buffer.from(text, 'utf8'); // not encodable: the file stays UTF-8
    }
    return Buffer.from(bytes);
  }
  return Buffer.from(text, 'utf8');
}

function serialise(c: typeof catalogue extends fc.Arbitrary<infer T> ? T : never): Buffer {
  if (c.format === 'json') return encode(JSON.stringify(c.records.map(nested)), c.encoding);
  const columns = Object.keys(flatCells(c.records[0])).filter((k) => k !== c.dropColumn);
  if (c.extraColumn) columns.push('Notes');
  const rows = c.records.map((r) => {
    const cells = flatCells(r);
    return columns.map((k) => (k === 'Notes' ? 'note' : (cells[k] ?? '')));
  });
  const text = Papa.unparse(
    { fields: columns, data: rows },
    { delimiter: c.delimiter, newline: c.newline },
  );
  return encode(text, c.encoding);
}

/** The stored practices, as id → content hash, read straight from the DuckDB file. */
async function fingerprint(): Promise<string> {
  const connector = await connectDuckDBNode({ path: db });
  try {
    const rows = await connector.query('SELECT id, content_hash FROM practices ORDER BY id');
    const areas = await connector.query('SELECT count(*) AS n FROM practice_areas');
    return JSON.stringify([rows, areas]);
  } finally {
    await connector.close();
  }
}

async function importInMemory(content: Uint8Array, format: CatalogueFormat): Promise<Practice[]> {
  const store = await openPracticeStore({ withBundledCorpus: false });
  try {
    await importCatalogue(
      store,
      { name: `x.${format}`, format, content },
      { geography, policyAreas },
    );
    return await store.all();
  } finally {
    await store.close();
  }
}

describe('hostile catalogues through the CLI import (property)', () => {
  beforeAll(async () => {
    // The database every case is imported into; refused imports must leave it as it is.
    expect((await runMain(['trends', '--by', 'year', '--db', db])).code).toBe(0);
  });

  it(`never crashes, refuses by name and changes nothing, round-trips what it accepts (${CATALOGUE_RUNS} catalogues)`, async () => {
    let n = 0;
    const outcomes = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(catalogue, async (c) => {
        const path = join(dir, `case-${++n}.${c.format}`);
        const bytes = serialise(c);
        writeFileSync(path, bytes);
        const before = await fingerprint();
        const run = await runMain(['import', path, '--db', db, '--json']);
        expect(run.stderr).not.toMatch(STACK_TRACE);
        expect([0, 2]).toContain(run.code);
        if (run.code === 2) {
          outcomes.refused++;
          if (process.env.DEBUG_PROPERTIES) console.log(run.stderr);
          expect(run.stderr).toMatch(/attendu/);
          expect(run.stderr).toContain(`case-${n}.${c.format}`);
          expect((JSON.parse(run.stdout) as { refused: boolean }).refused).toBe(true);
          expect(await fingerprint()).toBe(before);
          return;
        }
        outcomes.accepted++;
        // Export → import is the identity, in every format, for what was accepted.
        const accepted = await importInMemory(bytes, c.format);
        const store = await openPracticeStore({ withBundledCorpus: false });
        try {
          await store.add(accepted);
          for (const format of CATALOGUE_FORMATS) {
            const exported = await exportCatalogue(store, format);
            const content = typeof exported === 'string' ? Buffer.from(exported) : exported;
            expect(await importInMemory(content, format)).toEqual(accepted);
          }
        } finally {
          await store.close();
        }
        // The encoding does not change what is read.
        if (c.encoding !== 'utf-8') {
          expect(await importInMemory(serialise({ ...c, encoding: 'utf-8' }), c.format)).toEqual(
            accepted,
          );
        }
      }),
      { numRuns: CATALOGUE_RUNS },
    );
    // Both sides were explored: the generator makes good and bad catalogues.
    expect(outcomes.accepted).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  }, 240_000);
});

describe('hostile argument lists through the CLI parser (property)', () => {
  const COMMANDS = ['recommend', 'similar', 'trends', 'budget', 'export', 'import', 'practices'];
  const FLAGS = [
    '--need',
    '--top',
    '--by',
    '--terms',
    '--population',
    '--budget',
    '--staff',
    '--kind',
    '--commune',
    '--region',
    '--in-region',
    '--kind-of-source',
    '--min-population',
    '--max-population',
    '--year-from',
    '--year-to',
    '--medal',
    '--area',
    '--max-budget',
    '--max-staff',
    '--exclude-unknown',
    '--format',
    '--map',
    '--skip-invalid',
    '--json',
    '--frobnicate',
    '-x',
    '--',
    '--json=yes',
    '--top=',
    '--need=',
  ];
  const VALUES = [
    'vélo',
    'mettre des vélos',
    'year',
    'year,kind',
    'nope',
    '0',
    '1',
    '10',
    '-1',
    '0x10',
    '1e308',
    '99999999999999999999',
    'NaN',
    'Infinity',
    '1,5',
    '20 000',
    '',
    ' ',
    '\u200b',
    'Commune',
    'or,platine',
    '27',
    '39189',
    'csv',
    'A=title',
    join(dir, 'out.csv'),
    join(dir, 'nothing.csv'),
    "'; DROP TABLE practices; --",
    '<script>',
  ];
  const argv = fc.tuple(
    fc.constantFrom(...COMMANDS),
    fc.array(fc.oneof(fc.constantFrom(...FLAGS), fc.constantFrom(...VALUES)), { maxLength: 6 }),
  );

  it(`exits 0 or 2, never a stack trace, and names the reason of every refusal (${ARGUMENT_RUNS} lists)`, async () => {
    await fc.assert(
      fc.asyncProperty(argv, async ([command, args]) => {
        const run = await runMain([command, ...args]);
        expect(run.stderr).not.toMatch(STACK_TRACE);
        expect([0, 2]).toContain(run.code);
        if (run.code === 2) {
          // A named reason: the flag or the command, what was expected.
          expect(run.stderr).toMatch(/attendu/);
          expect(run.stderr).toMatch(/--[a-z]|essaimage [a-z]+ :|ligne|enregistrement/);
          if (args.includes('--json')) {
            expect((JSON.parse(run.stdout) as { refused: boolean }).refused).toBe(true);
          }
        }
      }),
      { numRuns: ARGUMENT_RUNS },
    );
  }, 240_000);
});
