import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';

// The real executable, in a child process, as `npx essaimage` runs it.
const CLI = fileURLToPath(new URL('../../packages/cli/bin/essaimage.js', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const corpus = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../packages/core/data/practices.json', import.meta.url)),
    'utf8',
  ),
) as Array<{ id: string; year: number | null; award: { category: string | null } | null }>;

function essaimage(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'essaimage-cli-analytics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A folder of its own for one test: no test reads what another wrote. */
function ownFolder(): string {
  return mkdtempSync(join(dir, 'test-'));
}

/** A fixture copied into a folder (an import writes its rejects file beside it). */
function fixture(name: string, folder = ownFolder()): string {
  const path = join(folder, name);
  copyFileSync(join(FIXTURES, name), path);
  return path;
}

/** A new database holding the bundled corpus and the French CSV fixture's four practices. */
function importedDatabase(): { db: string; csv: string; run: ReturnType<typeof essaimage> } {
  const folder = ownFolder();
  const db = join(folder, 'observatoire.duckdb');
  const csv = fixture('catalogue-fr.csv', folder);
  return { db, csv, run: essaimage('import', csv, '--map', FRENCH_MAP, '--db', db, '--json') };
}

const FRENCH_MAP =
  'Intitulé=title,Description=summary,Collectivité=collectivity.name,Type=collectivity.kind,' +
  'Code INSEE=collectivity.code,Année=year,Prix=award.programme,Catégorie=award.category,' +
  'Médaille=award.medal,Domaines=policyAreas,Budget (€)=budget.amount,Budget=budget.text,' +
  'Source=source.document';

describe('essaimage trends', () => {
  it('counts the practices of at most three years, with and without partners', () => {
    // Known durations of at most 36 months: Damparis, Malaunay, Dunkerque, Marseille (36) and
    // Vertou (9); only Dunkerque names a partner (the association Le Partenariat).
    const run = essaimage(
      'trends',
      '--by',
      'withPartners',
      '--max-duration',
      '36',
      '--exclude-unknown',
      '--json',
    );
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      { withPartners: 'avec partenaires', count: 1 },
      { withPartners: 'sans partenaires', count: 4 },
    ]);
    const both = essaimage('trends', '--by', 'year', '--with-partners', '--without-partners');
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--with-partners, --without-partners : attendu l’un des deux/);
  });

  it('prints the 2017 palmarès per category in JSON', () => {
    const run = essaimage('trends', '--by', 'year,category', '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as Array<{ year: number; category: string; count: number }>;
    expect(rows).toContainEqual({ year: 2017, category: 'Pilotage / Evaluation', count: 2 });
    // Every 2017 category, counted independently from data/practices.json.
    const expected = new Map<string, number>();
    for (const p of corpus.filter((p) => p.year === 2017)) {
      const category = p.award?.category ?? 'null';
      expected.set(category, (expected.get(category) ?? 0) + 1);
    }
    const got = new Map(rows.filter((r) => r.year === 2017).map((r) => [r.category, r.count]));
    expect(got).toEqual(expected);
  });

  it('prints a French table for people, and applies filter flags', () => {
    const run = essaimage(
      'trends',
      '--by',
      'region,kind',
      '--in-region',
      '27',
      '--kind-of-source',
      'commune',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('région');
    expect(run.stdout).toContain('27 Bourgogne-Franche-Comté');
    expect(run.stdout).toMatch(/1 groupes, 3 pratiques/);
  });

  it('adds the distinctive terms of each group', () => {
    const run = essaimage(
      'trends',
      '--by',
      'category',
      '--terms',
      '3',
      '--json',
      '--year-from',
      '2017',
    );
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as Array<{
      category: string;
      terms: Array<{ display: string }>;
    }>;
    const culture = rows.find((r) => r.category === 'Culture / Patrimoine');
    expect(culture?.terms).toHaveLength(3);
    expect(culture?.terms.map((t) => t.display).join(' ')).toMatch(/mécénat|musée|robotique/);
  });

  it('refuses an unknown dimension with exit code 2, the allowed ones, and no stack trace', () => {
    const run = essaimage('trends', '--by', 'category; drop table practices', '--json');
    expect(run.code).toBe(2);
    // With --json the refusal is JSON on stdout too, each problem with its code.
    const refusal = JSON.parse(run.stdout) as {
      refused: boolean;
      problems: Array<{ code: string }>;
    };
    expect(refusal.refused).toBe(true);
    expect(refusal.problems.map((p) => p.code)).toEqual(['not-one-of']);
    expect(run.stderr).toContain('"category; drop table practices"');
    expect(run.stderr).toContain('populationBand');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a bad filter value and a missing --by with exit code 2', () => {
    expect(essaimage('trends', '--by', 'year', '--medal', 'platine').code).toBe(2);
    expect(essaimage('trends', '--by', 'year', '--year-from', '20x7').code).toBe(2);
    const missing = essaimage('trends');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--by : attendu une ou plusieurs dimensions');
  });
});

describe('essaimage budget', () => {
  it('prints statistics by budget period', () => {
    const run = essaimage('budget', '--by', 'budgetPeriod', '--json');
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(rows.find((r) => r.budgetPeriod === 'annual')).toMatchObject({
      practices: 5,
      withBudget: 5,
      median: 19_000,
      q1: 15_000,
      q3: 305_000,
    });
    const table = essaimage('budget', '--by', 'budgetPeriod');
    expect(table.stdout).toContain('médiane');
    expect(table.stdout).toContain('305 000 €');
  });
});

describe('essaimage import and export, with --db (each test on a database of its own)', () => {
  it('creates the database with the bundled corpus, and imports a CSV with French columns into it', () => {
    const { db, run } = importedDatabase();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { added: string[]; total: number };
    expect(report.added).toHaveLength(4);
    expect(report.total).toBe(corpus.length + 4);
    // The file persists: a later command sees the imported practices.
    const years = JSON.parse(
      essaimage('trends', '--by', 'year', '--json', '--db', db).stdout,
    ) as Array<{
      year: number | null;
      count: number;
    }>;
    expect(years.reduce((sum, r) => sum + r.count, 0)).toBe(corpus.length + 4);
  });

  it('imports the same file again without duplicates', () => {
    const { db, csv } = importedDatabase();
    const run = essaimage('import', csv, '--map', FRENCH_MAP, '--db', db, '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      added: string[];
      unchanged: string[];
      total: number;
    };
    expect(report.added).toEqual([]);
    expect(report.unchanged).toHaveLength(4);
    expect(report.total).toBe(corpus.length + 4);
  });

  it('reports every bad row by line, exit code 2, and writes nothing', () => {
    const { db } = importedDatabase();
    const path = fixture('catalogue-invalid.csv');
    const run = essaimage('import', path, '--db', db);
    expect(run.code).toBe(2);
    for (const line of [3, 4, 5, 6, 9])
      expect(run.stderr).toContain(`catalogue-invalid.csv, ligne ${line}`);
    expect(run.stderr).toContain('"20x7"');
    expect(run.stderr).toContain('-500');
    expect(run.stderr).toContain('"99999"');
    expect(run.stderr).toContain('guillemet fermant');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(`${path}.rejects.csv`)).toBe(false);
    const count = JSON.parse(
      essaimage('trends', '--by', 'kind', '--json', '--db', db).stdout,
    ) as Array<{
      count: number;
    }>;
    expect(count.reduce((sum, r) => sum + r.count, 0)).toBe(corpus.length + 4);
  });

  it('with --skip-invalid, imports the valid rows and writes a rejects file with reasons', () => {
    // A database with the bundled corpus only: the file's first row has the id of a practice of
    // the French CSV fixture with other content, which would (rightly) stop the import.
    const path = fixture('catalogue-invalid.csv');
    const run = essaimage(
      'import',
      path,
      '--skip-invalid',
      '--db',
      join(ownFolder(), 'skip.duckdb'),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 pratiques ajoutées');
    expect(run.stdout).toContain('5 rejetées');
    const rejects = Papa.parse<Record<string, string>>(
      readFileSync(`${path}.rejects.csv`, 'utf8'),
      {
        header: true,
        skipEmptyLines: true,
      },
    );
    expect(rejects.data).toHaveLength(5);
    expect(rejects.data.map((r) => r.title)).toContain('Budget participatif des agents');
    expect(rejects.data.every((r) => r.reason.length > 0)).toBe(true);
  });

  it('exports a filtered selection in each format, and imports it back unchanged', () => {
    const { db } = importedDatabase();
    const folder = ownFolder();
    for (const format of ['csv', 'json', 'parquet']) {
      const out = join(folder, `selection.${format}`);
      const exported = essaimage('export', '--out', out, '--db', db, '--in-region', '27', '--json');
      expect(exported.code).toBe(0);
      const { count } = JSON.parse(exported.stdout) as { count: number };
      expect(count).toBeGreaterThan(3);
      const fresh = join(folder, `fresh-${format}.duckdb`);
      const imported = essaimage('import', out, '--db', fresh, '--without-corpus', '--json');
      expect(imported.code).toBe(0);
      expect((JSON.parse(imported.stdout) as { added: string[] }).added).toHaveLength(count);
      // Exported again from the fresh database: the same file, byte for byte (CSV, JSON).
      if (format !== 'parquet') {
        const again = join(folder, `again.${format}`);
        expect(essaimage('export', '--out', again, '--db', fresh).code).toBe(0);
        expect(readFileSync(again, 'utf8')).toBe(readFileSync(out, 'utf8'));
      }
    }
  });

  it('refuses a bad --format, a missing --out folder and a file that is not a database', () => {
    expect(essaimage('export', '--out', join(dir, 'x.txt')).code).toBe(2);
    expect(essaimage('export', '--out', join(dir, 'nope', 'x.csv')).code).toBe(2);
    const notDb = fixture('catalogue.json');
    const run = essaimage('trends', '--by', 'year', '--db', notDb);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('que DuckDB ne peut pas ouvrir');
  });
});
