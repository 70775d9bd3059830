import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const BIKES = 'mettre des vélos en libre-service gratuits pour les habitants';

describe('essaimage (the real command, in a child process)', () => {
  it('prints its help in French', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Usage : essaimage <commande>/);
    expect(run.stdout).toMatch(/recommend/);
  });

  it('practices --json prints the whole enriched corpus', () => {
    const run = runCli(['practices', '--json']);
    expect(run.code).toBe(0);
    const practices = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(practices.length).toBeGreaterThanOrEqual(45);
    const saverdun = practices.find((p) => (p.collectivity as { code: string }).code === '09282');
    expect(saverdun).toMatchObject({ population: 4808, region: '76', department: '09' });
    const table = runCli(['practices']);
    expect(table.stdout).toMatch(/Saverdun/);
    expect(table.stdout).toMatch(new RegExp(`${practices.length} pratiques`));
  });

  it('practices --json shows the transfer facts (issue 16)', () => {
    const run = runCli(['practices', '--json']);
    const byId = new Map(
      (JSON.parse(run.stdout) as Array<Record<string, unknown> & { id: string }>).map((p) => [
        p.id,
        p,
      ]),
    );
    expect(byId.get('dax-satellite-interferometrie-radar')?.period).toMatchObject({
      start: 2009,
      end: 2017,
    });
    expect(byId.get('grand-dax-audit-patrimoine-voirie')?.budget).toMatchObject({
      amount: null,
      lines: [
        { label: 'Proxivigie', amount: 14040, period: 'annual', tax: 'TTC' },
        { label: 'Géoptis', amount: 29856, period: 'one-off', tax: 'TTC' },
      ],
    });
    expect(byId.get('hauts-de-france-sages-surete-lycees')?.budget).toMatchObject({
      amount: 10000,
      precision: 'upper-bound',
      lines: [{ excludes: 'salaires' }],
    });
    expect(byId.get('damparis-reinventer-ateliers-municipaux')?.contact).toEqual({
      role: 'Maire de Damparis',
      name: 'Michel Ginies',
    });
    expect(byId.get('dunkerque-global-schools')?.funding).toEqual([
      expect.objectContaining({ funder: 'Union Européenne', share: 1, amount: 48000 }),
    ]);
  });

  it("recommend puts Saverdun's Récup'vélos first for Pamiers, with French reasons", () => {
    const run = runCli(['recommend', '--need', BIKES, '--commune', '09225', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as {
      target: { name: string; population: number };
      results: Array<{
        id: string;
        title: string;
        collectivity: { name: string; kind: string; code: string };
        year: number;
        score: number;
        pertinence: number;
        transferability: number;
        criteria: Record<
          string,
          { score: number | null; weight: number; reason: string; missing: boolean }
        >;
      }>;
    };
    expect(out.target.name).toBe('Pamiers');
    const [first] = out.results;
    expect(first?.collectivity).toEqual({ name: 'Saverdun', kind: 'commune', code: '09282' });
    expect(first?.criteria.territory?.reason).toBe('même région que vous (Occitanie)');
    expect(first?.criteria.relevance?.reason).toMatch(/en commun avec votre besoin/);
    expect(first?.pertinence).toBe(first?.criteria.relevance?.score);
    expect(first!.score).toBeCloseTo(first!.pertinence * first!.transferability, 12);
    const human = runCli(['recommend', '--need', BIKES, '--commune', '09225', '--top', '3']);
    expect(human.stdout).toMatch(/^Pour : Pamiers, commune/);
    expect(human.stdout).toMatch(/1\. Récup'v[ée]los/);
    expect(human.stdout).toMatch(/pertinence \d+ % · transférabilité \d+ % · score \d+ %/);
  });

  it('recommend says in French when a need holds only words that say little', () => {
    const run = runCli(['recommend', '--need', 'aider à mettre en place', '--json']);
    expect(JSON.parse(run.stdout)).toMatchObject({
      results: [],
      notices: [{ code: 'need-too-vague' }],
    });
    const human = runCli(['recommend', '--need', 'aider à mettre en place']);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/que des mots trop généraux/);
  });

  it('recommend and similar take the filter flags as a DuckDB pre-filter', () => {
    type Out = { results: Array<{ id: string; collectivity: { kind: string }; region: string }> };
    const run = runCli([
      'recommend',
      '--need',
      'bien-être au travail des agents',
      '--commune',
      '09225',
      '--kind-of-source',
      'epci,departement,region',
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as Out;
    expect(out.results.length).toBeGreaterThan(0);
    for (const r of out.results) expect(r.collectivity.kind).not.toBe('commune');
    const inRegion = JSON.parse(
      runCli(['recommend', '--need', 'participation des agents', '--in-region', '11', '--json'])
        .stdout,
    ) as Out;
    expect(inRegion.results.length).toBeGreaterThan(0);
    for (const r of inRegion.results) expect(r.region).toBe('11');
    const similar = runCli([
      'similar',
      'saverdun-recup-velos-en-liberte',
      '--in-region',
      '76',
      '--json',
    ]);
    expect(similar.code, similar.stderr).toBe(0);
    for (const r of (JSON.parse(similar.stdout) as Out).results) expect(r.region).toBe('76');
  });

  it('similar returns the practice and its neighbours', () => {
    const list = JSON.parse(runCli(['practices', '--json']).stdout) as Array<{
      id: string;
      title: string;
    }>;
    const garges = list.find((p) => /Echange ton poste/i.test(p.title))!;
    const run = runCli(['similar', garges.id, '--top', '4', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as {
      practice: { id: string };
      results: Array<{
        id: string;
        pertinence: number;
        transferability: number;
        score: number;
        criteria: { relevance: { score: number; reason: string } };
      }>;
    };
    expect(out.practice.id).toBe(garges.id);
    expect(out.results).toHaveLength(4);
    // The first number is a proximité in % with its word, not a raw cosine (README).
    for (const r of out.results) {
      expect(r.criteria.relevance.score).toBe(r.pertinence);
      expect(r.criteria.relevance.reason).toMatch(
        new RegExp(`^proximité ${Math.round(r.pertinence * 100)} % avec « Echange ton poste »`),
      );
    }
    const text = runCli(['similar', garges.id, '--top', '1']);
    const [first] = out.results;
    expect(text.stdout).toContain(
      `proximité ${Math.round(first!.pertinence * 100)} % · transférabilité ${Math.round(first!.transferability * 100)} %`,
    );
  });

  it.each([
    [
      ['recommend', '--need', '  '],
      /--need : attendu un besoin en français courant, trouvé un texte vide/,
    ],
    [
      ['recommend', '--need', BIKES, '--commune', '00000'],
      /--commune : attendu le code INSEE d'une commune connu de la géographie officielle, trouvé "00000"/,
    ],
    [
      ['recommend', '--need', BIKES, '--population', '-5'],
      /--population : attendu un nombre d'habitants : un nombre entier de 1 à 100 000 000, .*trouvé "-5"/,
    ],
    [
      ['recommend', '--need', BIKES, '--budget', '-1'],
      /--budget : attendu un montant en euros : un nombre de 0 à .*trouvé "-1"/,
    ],
    [
      ['recommend', '--need', BIKES, '--top', '2.5'],
      /--top : attendu un nombre de résultats : un nombre entier de 1 à 1 000, .*trouvé "2.5"/,
    ],
    [['recommend', '--need', BIKES, '--top', '0'], /--top : attendu .*trouvé "0"/],
    [['recommend', '--need', BIKES, '--frobnicate'], /trouvé --frobnicate, option inconnue/],
    [
      ['similar', 'pas-une-pratique'],
      /attendu l'identifiant d'une pratique du catalogue, trouvé "pas-une-pratique"/,
    ],
    [['nope'], /attendu une commande parmi recommend, .*trouvé "nope"/],
  ])('exits 2 with a clear message, never a stack trace: %j', (args, message) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });
});
