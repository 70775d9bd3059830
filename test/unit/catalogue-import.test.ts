import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { parseColumnMapping } from '../../packages/core/src/catalogue-io';
import { importCatalogueFile, openPracticeStore } from '../../packages/core/src/node';
import { ValidationError } from '../../packages/core/src/practice';
import type { PracticeStore } from '../../packages/core/src/store';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'essaimage-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fixture copied to a fresh temporary folder (its rejects file is written beside it). */
function fixture(name: string): string {
  const folder = mkdtempSync(join(dir, 'case-'));
  const path = join(folder, name);
  copyFileSync(new URL(name, FIXTURES), path);
  return path;
}

const FRENCH_MAPPING = parseColumnMapping(
  'Intitulé=title,Description=summary,Collectivité=collectivity.name,Type=collectivity.kind,' +
    'Code INSEE=collectivity.code,Année=year,Prix=award.programme,Catégorie=award.category,' +
    'Médaille=award.medal,Domaines=policyAreas,Budget (€)=budget.amount,Budget=budget.text,' +
    'Source=source.document',
);

async function problemsOf(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).problems.map((p) => ({
    line: /line (\d+)/.exec(p.where)?.[1],
    field: p.field,
    found: p.found,
  }));
}

describe('importing catalogue files into a real DuckDB', () => {
  let store: PracticeStore;
  beforeEach(async () => {
    store = await openPracticeStore({ withBundledCorpus: false });
    return () => store.close();
  });

  it('imports a CSV with French column names through a mapping', async () => {
    const path = fixture('catalogue-fr.csv');
    const report = await importCatalogueFile(store, path, {
      format: 'csv',
      mapping: FRENCH_MAPPING,
    });
    expect(report.rows).toBe(4);
    expect(report.rejected).toEqual([]);
    expect(report.added).toEqual([
      '39189-reinventer-les-ateliers-municipaux',
      '09282-velos-en-liberte',
      '71137-le-petit-dej-des-entrepreneurs',
      '90010-bancs-pour-personnes-agees',
    ]);
    const damparis = await store.get('39189-reinventer-les-ateliers-municipaux');
    expect(damparis).toMatchObject({
      collectivity: { name: 'Damparis', kind: 'commune', code: '39189' },
      year: 2023,
      award: null,
      budget: { amount: 19000, period: null, text: '19 000 € de travaux' },
      // Enriched from the official geography, as the corpus is.
      officialName: 'Damparis',
      population: 2587,
      region: '27',
      department: '39',
    });
    const saverdun = await store.get('09282-velos-en-liberte');
    expect(saverdun?.summary).toBe(
      'Des vélos abandonnés sont réparés par un agent ;\npuis prêtés aux habitants -- gratuitement.',
    );
    expect(saverdun?.award).toEqual({
      programme: 'Prix TERRITORIA',
      edition: null,
      category: 'Qualité de vie',
      medal: 'or',
      sponsor: null,
    });
    const cluny = await store.get('71137-le-petit-dej-des-entrepreneurs');
    expect(cluny?.title).toBe("Le « petit déj' » des entrepreneurs");
    expect(cluny?.summary).toBe('Une rencontre "conviviale" chaque mois <script>alert(1)</script>');
    expect(cluny?.policyAreas).toEqual(['lien-social', 'developpement-economique']);
    expect(cluny?.budget?.amount).toBe(1500.5);
  });

  it('imports the same file twice without duplicates', async () => {
    const path = fixture('catalogue-fr.csv');
    await importCatalogueFile(store, path, { format: 'csv', mapping: FRENCH_MAPPING });
    const again = await importCatalogueFile(store, path, {
      format: 'csv',
      mapping: FRENCH_MAPPING,
    });
    expect(again.added).toEqual([]);
    expect(again.unchanged).toHaveLength(4);
    expect(await store.count()).toBe(4);
  });

  it('stops, writing nothing, when a row would overwrite a different practice with its id', async () => {
    const path = fixture('catalogue-fr.csv');
    await importCatalogueFile(store, path, { format: 'csv', mapping: FRENCH_MAPPING });
    const changed = readFileSync(path, 'utf8').replace(
      '19 000 € de travaux',
      '20 000 € de travaux',
    );
    const other = join(dir, 'changed.csv');
    writeFileSync(
      other,
      `${changed}Nouvelle pratique;Un résumé.;Cluny;commune;71137;2018;;;;lien-social;;;Source\n`,
    );
    const problems = await problemsOf(
      importCatalogueFile(store, other, { format: 'csv', mapping: FRENCH_MAPPING }),
    );
    expect(problems).toEqual([
      {
        line: '2',
        field: 'id',
        found: '"39189-reinventer-les-ateliers-municipaux", stored with different content (budget)',
      },
    ]);
    expect(await store.count()).toBe(4);
  });

  it('reports every bad row of a CSV by line, and writes nothing', async () => {
    const path = fixture('catalogue-invalid.csv');
    const problems = await problemsOf(importCatalogueFile(store, path, { format: 'csv' }));
    expect(problems).toEqual([
      { line: '3', field: 'title', found: 'null' },
      { line: '4', field: 'year', found: '"20x7"' },
      { line: '5', field: 'budget.amount', found: '-500' },
      { line: '6', field: 'collectivity.code', found: '"99999"' },
      {
        line: '9',
        field: '',
        found: 'none before the end of the file: lines 9 to 10 could not be read',
      },
    ]);
    expect(await store.count()).toBe(0);
    expect(existsSync(`${path}.rejects.csv`)).toBe(false);
  });

  it('with skipInvalid, imports the valid rows and writes the others, unchanged, to a rejects file', async () => {
    const path = fixture('catalogue-invalid.csv');
    const report = await importCatalogueFile(store, path, { format: 'csv', skipInvalid: true });
    expect(report.added).toEqual([
      '39189-reinventer-les-ateliers-municipaux',
      '09282-velos-en-liberte',
    ]);
    expect(await store.count()).toBe(2);
    expect(report.rejectsPath).toBe(`${path}.rejects.csv`);
    const rejects = Papa.parse<Record<string, string>>(
      readFileSync(`${path}.rejects.csv`, 'utf8'),
      {
        header: true,
        skipEmptyLines: true,
      },
    );
    const original = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(rejects.meta.fields).toEqual([...(original.meta.fields ?? []), 'reason']);
    expect(rejects.data).toHaveLength(5);
    // Rows as they were in the input, cell for cell.
    for (const [i, line] of [1, 2, 3, 4].entries()) {
      const { reason: _reason, ...cells } = rejects.data[i];
      expect(cells).toEqual(original.data[line]);
    }
    expect(rejects.data.map((r) => r.reason.split(':')[0])).toEqual([
      `${path} line 3`,
      `${path} line 4`,
      `${path} line 5`,
      `${path} line 6`,
      `${path} line 9`,
    ]);
    expect(rejects.data[1].reason).toContain(
      'year: expected an integer year between 1900 and 2100, found "20x7"',
    );
    expect(rejects.data[4].reason).toContain('closing quote');
  });

  it('imports a JSON file of nested and flat records', async () => {
    const report = await importCatalogueFile(store, fixture('catalogue.json'), { format: 'json' });
    expect(report.added).toEqual([
      'vertou-budget-participatif-agents-2',
      '76402-un-projet-des-services-partage',
    ]);
    expect(await store.get('76402-un-projet-des-services-partage')).toMatchObject({
      collectivity: { kind: 'commune', code: '76402' },
      policyAreas: ['participation-agents', 'organisation-des-services'],
      staff: { fte: 0.5, agents: null, text: 'un agent à mi-temps' },
      budget: null,
      region: '28',
    });
  });

  it('imports a Parquet file with typed columns and a mapped one', async () => {
    const path = fixture('catalogue.parquet');
    const report = await importCatalogueFile(store, path, {
      format: 'parquet',
      mapping: parseColumnMapping('Intitulé=title'),
    });
    expect(report.added).toEqual([
      'belfort-bancs-seniors',
      'cluny-petits-dej',
      'angers-metropole-mutualisation',
    ]);
    expect(await store.get('angers-metropole-mutualisation')).toMatchObject({
      title: 'Mutualiser les services',
      collectivity: { kind: 'epci', code: '244900015' },
      year: 2015,
      award: null,
      budget: { amount: 250000.5, period: 'multi-year', text: '250 000,50 € sur trois ans' },
      staff: { fte: 1.5, agents: null, text: '1,5 ETP' },
      department: '49',
    });
    expect((await store.get('cluny-petits-dej'))?.title).toBe("Les petits déj' des entrepreneurs");
    const again = await importCatalogueFile(store, path, {
      format: 'parquet',
      mapping: parseColumnMapping('Intitulé=title'),
    });
    expect(again.unchanged).toHaveLength(3);
  });

  it('refuses a file with an unknown column, saying how to map it', async () => {
    const path = fixture('catalogue-fr.csv');
    const error = await importCatalogueFile(store, path, { format: 'csv' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain('--map "Intitulé=<record column>"');
    expect(await store.count()).toBe(0);
  });
});
