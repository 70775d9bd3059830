import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDuckDBNode } from '../../packages/core/src/node';
import { runMain } from './cli-in-process';

const dir = mkdtempSync(join(tmpdir(), 'essaimage-cli-refusals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NEED = 'mettre des vélos gratuits';
const HEADER =
  'title,summary,collectivity.name,collectivity.kind,collectivity.code,source.document';
const GOOD_ROW = 'Vélos,Des vélos prêtés,Damparis,commune,39189,doc';

/** A run refused as bad input: exit 2, a French sentence, no stack trace, nothing on stdout. */
async function refused(args: string[], message: RegExp) {
  const run = await runMain(args);
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
  if (!args.includes('--json')) expect(run.stdout).toBe('');
  return run;
}

async function count(db: string): Promise<number> {
  const run = await runMain(['trends', '--by', 'kind', '--json', '--db', db]);
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as Array<{ count: number }>).reduce((n, r) => n + r.count, 0);
}

describe('3. --top and every number flag are bounded', () => {
  it.each([['1000000000'], ['4294967296'], ['1e3'], ['0x10']])('--top %s', async (top) => {
    await refused(
      ['recommend', '--need', NEED, '--top', top],
      /--top : attendu un nombre de résultats : un nombre entier de 1 à 1 000/,
    );
  });
});

describe('4. a need of several unquoted words', () => {
  it('is refused with a hint to quote it', async () => {
    await refused(
      ['recommend', '--need', 'mettre', 'des', 'vélos', 'gratuits'],
      /--need : attendu une seule valeur.*entre guillemets : --need "mettre des vélos gratuits"/,
    );
  });
});

describe('6. --skip-invalid when the rejects file cannot be written', () => {
  it('refuses the whole import: nothing committed', async () => {
    const db = join(dir, 'skip.duckdb');
    const input = join(dir, 'skip.csv');
    writeFileSync(input, `${HEADER}\n${GOOD_ROW}\nSans résumé,,Damparis,commune,39189,doc\n`);
    const before = await count(db);
    mkdirSync(`${input}.rejects.csv`);
    await refused(
      ['import', input, '--skip-invalid', '--db', db],
      /rejects\.csv.*pas un fichier ordinaire/,
    );
    expect(await count(db)).toBe(before);
  });
});

describe('7. every problem is listed, in text and in JSON', () => {
  it('lists 100 bad rows, none left out', async () => {
    const input = join(dir, 'hundred.csv');
    const rows = Array.from({ length: 100 }, (_, i) => `T${i},,Damparis,commune,39189,doc`);
    writeFileSync(input, `${HEADER}\n${rows.join('\n')}\n`);
    const text = await refused(['import', input], /refusé, 100 problèmes/);
    expect(text.stderr).toContain('hundred.csv, ligne 101, champ « summary »');
    expect(text.stderr).not.toMatch(/autres|more/);
    const json = await refused(['import', input, '--json'], /refusé/);
    const out = JSON.parse(json.stdout) as {
      refused: boolean;
      problems: Array<{ code: string; at: { line: number }; field: string; message: string }>;
    };
    expect(out.refused).toBe(true);
    expect(out.problems).toHaveLength(100);
    expect(out.problems[99]).toMatchObject({
      code: 'missing',
      field: 'summary',
      at: { line: 101 },
    });
    expect(out.problems[99].message).toContain('attendu');
  });

  it('prints a flag refusal as JSON too', async () => {
    const run = await refused(
      ['trends', '--by', 'year', '--medal', 'platine', '--json'],
      /--medal/,
    );
    expect(JSON.parse(run.stdout)).toMatchObject({ refused: true });
  });
});

describe('8. numeric filters at or above 2^63', () => {
  it.each([
    ['trends', '--by', 'year', '--max-budget', '1e308'],
    ['budget', '--by', 'year', '--max-population', '10000000000000000000'],
    ['export', '--out', join(dir, 'x.csv'), '--max-budget', '99999999999999999999'],
    ['recommend', '--need', NEED, '--max-population', '1e19'],
  ])('%s … is refused by name', async (...args) => {
    const flag = args.find((a) => a.startsWith('--max-')) as string;
    await refused(args, new RegExp(`${flag} : attendu`));
  });
});

describe('12. operating-system errors', () => {
  it('a folder to import, a folder or a device as --out: exit 2, a French sentence', async () => {
    await refused(['import', dir, '--format', 'csv'], /attendu un fichier, trouvé .*un dossier/);
    await refused(['export', '--out', dir, '--format', 'csv'], /pas un fichier ordinaire/);
    await refused(['export', '--out', '/dev/full', '--format', 'csv'], /pas un fichier ordinaire/);
    await refused(['trends', '--by', 'year', '--db', dir], /--db : .*ne peut pas ouvrir/);
  });
});

describe('13. what was accepted silently', () => {
  it('refuses a flag given twice', async () => {
    await refused(
      ['recommend', '--need', NEED, '--top', '3', '--top', '4'],
      /--top : attendu une seule fois/,
    );
  });

  it('refuses hexadecimal and exponents', async () => {
    await refused(
      ['recommend', '--need', NEED, '--budget', '0x10'],
      /--budget : attendu .*trouvé "0x10"/,
    );
  });

  it('refuses --population 0 (it would read « 0 hab. » and score as unknown)', async () => {
    await refused(
      ['recommend', '--need', NEED, '--population', '0'],
      /--population : attendu .* de 1 à/,
    );
  });

  it('refuses stray positional arguments', async () => {
    await refused(['trends', 'extra', '--by', 'year'], /trouvé en plus "extra"/);
    await refused(['trends', '--by', 'year', 'extra'], /--by : attendu une seule valeur/);
    await refused(['export', 'extra', '--out', join(dir, 'y.csv')], /trouvé en plus "extra"/);
    await refused(['import', 'a.csv', 'b.csv'], /trouvé en plus "b.csv"/);
    // After a number, words are stray arguments, not a value to quote.
    await refused(['similar', '--top', '3', 'un-id', 'autre'], /trouvé en plus "autre"/);
  });

  it('refuses --without-corpus without --db', async () => {
    const input = join(dir, 'one.csv');
    writeFileSync(input, `${HEADER}\n${GOOD_ROW}\n`);
    await refused(['import', input, '--without-corpus'], /--without-corpus : attendu avec --db/);
  });

  it('accepts --kind Commune as --kind-of-source Commune is', async () => {
    const run = await runMain([
      'recommend',
      '--need',
      NEED,
      '--kind',
      'Commune',
      '--kind-of-source',
      'Commune',
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { target: { kind: string } }).target.kind).toBe('commune');
    await refused(
      ['recommend', '--need', NEED, '--kind', 'village'],
      /--kind : attendu l'une des valeurs commune/,
    );
  });

  it('refuses a need of zero-width spaces', async () => {
    await refused(['recommend', '--need', '\u200b\u200b \u2060'], /--need : attendu un besoin/);
  });

  it('reports every fault of a row, not only its schema error', async () => {
    const input = join(dir, 'both.csv');
    writeFileSync(
      input,
      `${HEADER},policyAreas\nTitre,,Damparis,commune,99999,doc,pas-un-domaine\n`,
    );
    const run = await refused(['import', input], /refusé, 3 problèmes/);
    expect(run.stderr).toContain('« summary »');
    expect(run.stderr).toContain('« collectivity.code »');
    expect(run.stderr).toContain('« policyAreas.0 »');
  });

  it('does not take a JSON "__proto__" key for the missing title', async () => {
    const input = join(dir, 'proto.json');
    writeFileSync(
      input,
      `[{"__proto__": {"title": "Titre caché"}, "summary": "Résumé", "collectivity": {"name": "Damparis", "kind": "commune", "code": "39189"}, "policyAreas": [], "source": {"document": "doc", "publisher": null, "url": null, "file": null}}]`,
    );
    await refused(['import', input], /enregistrement 1, champ « title » : attendu un titre/);
  });

  describe('Parquet', () => {
    const struct = join(dir, 'struct.parquet');
    beforeAll(async () => {
      const connector = await connectDuckDBNode();
      try {
        await connector.run(
          `COPY (SELECT {'x': 'y'} AS title, 'Résumé' AS summary, 'Damparis' AS "collectivity.name",
            'commune' AS "collectivity.kind", '39189' AS "collectivity.code", 'doc' AS "source.document")
           TO ? (FORMAT parquet)`,
          [struct],
        );
      } finally {
        await connector.close();
      }
    });

    it("refuses a STRUCT title instead of reading it as the text {'x': 'y'}", async () => {
      await refused(
        ['import', struct],
        /rangée 1, champ « title » : attendu un titre.*trouvé un objet/,
      );
    });

    it("refuses a broken file without DuckDB's SQL or a temporary path", async () => {
      const broken = join(dir, 'broken.parquet');
      writeFileSync(broken, 'PAR1 not really parquet');
      const run = await refused(
        ['import', broken],
        /broken\.parquet : attendu un fichier Parquet lisible/,
      );
      expect(run.stderr).not.toMatch(/SELECT|read_parquet|essaimage-duckdb-|\/tmp\/.*input/);
    });
  });
});

describe('an id stored with other content', () => {
  it('is refused at its line, in French', async () => {
    const db = join(dir, 'conflict.duckdb');
    const first = join(dir, 'first.csv');
    writeFileSync(first, `${HEADER}\n${GOOD_ROW}\n`);
    expect((await runMain(['import', first, '--db', db, '--without-corpus'])).code).toBe(0);
    const second = join(dir, 'second.csv');
    writeFileSync(second, `${HEADER}\n${GOOD_ROW.replace('prêtés', 'donnés')}\n`);
    await refused(
      ['import', second, '--db', db],
      /second\.csv, ligne 2, champ « id » : attendu un identifiant nouveau.*autre contenu \(summary\)/,
    );
  });
});

describe('nothing is left behind by a refused export', () => {
  it('writes no file', async () => {
    const out = join(dir, 'refused.csv');
    await refused(['export', '--out', out, '--max-budget', '-1'], /--max-budget/);
    expect(existsSync(out)).toBe(false);
  });
});
