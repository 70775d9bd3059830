import { describe, expect, it } from 'vitest';
import type { Practice } from '../practice/record';
import { loadBundledCorpus } from './bundled-corpus';

// The corpus held to its sources: each record issue 16 corrected, with the source's own words
// (in /work/shared/seeds/), and the transfer facts the issue's « done when » names.

const practices = loadBundledCorpus();
function practice(id: string): Practice {
  const found = practices.find((p) => p.id === id);
  if (!found) throw new Error(`no practice "${id}" in the corpus`);
  return found;
}
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the corrected records, against the words of their source', () => {
  it('Angers: « A coûts constants » means no extra cost, not a cost of zero', () => {
    const { budget } = practice('angers-depenalisation-stationnement-modele-predictif');
    expect(budget?.text).toBe('Développé en interne, A coûts constants');
    expect(budget?.amount).toBeNull();
    expect(budget?.precision).toBeNull();
  });

  it('Hauts-de-France: « Coût hors salaires inférieur à 10 000 € » is an upper bound without salaries', () => {
    const { budget } = practice('hauts-de-france-sages-surete-lycees');
    expect(budget).toMatchObject({ amount: 10000, precision: 'upper-bound' });
    expect(budget?.lines).toEqual([
      expect.objectContaining({
        amount: 10000,
        precision: 'upper-bound',
        excludes: 'salaires',
        text: 'Coût hors salaires inférieur à 10 000 €.',
      }),
    ]);
  });

  it('Grand Dax audit: « coût annuel de 14 040 € TTC » and « coût unique de 29 856 € TTC » stay two lines', () => {
    const { budget } = practice('grand-dax-audit-patrimoine-voirie');
    expect(budget?.amount).toBeNull();
    expect(budget?.lines.map((l) => [l.label, l.amount, l.period, l.tax])).toEqual([
      ['Proxivigie', 14040, 'annual', 'TTC'],
      ['Géoptis', 29856, 'one-off', 'TTC'],
    ]);
    expect(JSON.stringify(budget)).not.toContain('43896');
  });

  it('Albi agriculture: the « acquisitions foncières (300 K€) » are planned, not its cost; « 20 jardins en ville » are results', () => {
    const p = practice('albi-agriculture-alimentation-proximite');
    expect(p.budget?.amount).toBeNull();
    expect(p.budget?.lines[0]).toMatchObject({
      amount: 300000,
      nature: 'investment',
      precision: 'estimate',
    });
    expect(p.results).toContain('20 jardins en ville');
    expect(p.results).toContain('4 maraîchers installés sur des terrains rachetés par la Ville');
  });

  it('Malaunay: the only date, « Natacha Monnet, le 24 avril 2023 », is a comment: no year', () => {
    const p = practice('malaunay-projet-des-services-partage');
    expect(p.year).toBeNull();
    expect(p.period).toEqual({
      start: null,
      end: null,
      months: 36,
      text: 'Celui-ci a demandé 3 ans de travail',
    });
  });

  it('Puteaux: « souhaite reconduire la convention » is a plan, not a result', () => {
    const { results } = practice('puteaux-conge-solidaire');
    expect(results).toBe(
      "Réel facteur d'épanouissement personnel au sein des équipes\nLes demandes affluent",
    );
  });

  it('Belfort: « 13 000 € sont investis chaque année » is its budget, not a result', () => {
    const p = practice('belfort-bancs-personnes-agees-pmr');
    expect(p.results).toBe('Depuis 2015, 25 mobiliers ont été installés');
    expect(p.budget).toMatchObject({ amount: 13000, period: 'annual' });
    expect(p.period).toMatchObject({ start: 2015, end: 2020 });
  });

  it('Grand Narbonne: « Les dialogues budgétaires 2018 se feront avec ces outils » is in its results', () => {
    expect(practice('grand-narbonne-siad-dialogue-gestion-budgetaire').results).toMatch(
      /Les dialogues budgétaires 2018 se feront avec ces outils\.$/,
    );
  });

  it("Paris PMI: « recrutement d'une sage-femme » counts one agent", () => {
    const { staff } = practice('paris-pmi-hors-les-murs');
    expect(staff).toMatchObject({ fte: null, agents: 1 });
    expect(staff?.text).toContain("recrutement d'une sage-femme");
  });

  it('Grand Dax GIP: « une équipe de 4 personnes » and « 300 000 € de fonctionnement annuel » are the GIP’s', () => {
    const { staff, budget, partnerships } = practice('grand-dax-gip-transition-numerique');
    expect(staff).toMatchObject({ fte: null, agents: null, text: 'une équipe de 4 personnes' });
    expect(budget?.amount).toBeNull();
    expect(budget?.lines.filter((l) => l.amount !== null).map((l) => l.bearer)).toEqual([
      'le GIP',
      'le GIP',
    ]);
    expect(partnerships.map((p) => p.name)).toContain('GIP');
  });

  it('MOTOS: its own item of sheet n°324, a practice of « Région et Département »', () => {
    const p = practice('motos-mobilite-personnels-lycees-colleges');
    expect(p.source.document).toMatch(/^MOTOS — « À voir aussi » de la fiche n°324/);
    expect(p.partnerships).toEqual([
      expect.objectContaining({ name: 'Département', kind: 'collectivite' }),
    ]);
  });

  it('Chambéry: « Espaces sans tabac », with the Ligue contre le… (the teaser is cut there)', () => {
    const p = practice('chambery-espaces-sans-tabac');
    expect(p.collectivity).toEqual({ name: 'Chambéry', kind: 'commune', code: '73065' });
    expect(p.summary).toMatch(/^Pour lutter contre la banalisation du tabagisme/);
    expect(p.partnerships[0]).toMatchObject({ name: 'Ligue contre le', kind: 'association' });
    expect(practices.at(-1)?.id).toBe(p.id);
  });
});

describe('the transfer facts the CLI shows', () => {
  it('Dax ran « de 2009 à 2017 », with the CNES', () => {
    const p = practice('dax-satellite-interferometrie-radar');
    expect(p.period).toEqual({ start: 2009, end: 2017, months: null, text: 'de 2009 à 2017' });
    expect(p.funding).toEqual([
      {
        funder: 'ville de Dax',
        amount: 200802,
        share: null,
        text: 'dont ville de Dax : 200 802 €',
      },
    ]);
    expect(p.partnerships.map((x) => x.name)).toEqual(['CNES', 'TRE ALTAMIRA', 'ANTEA GROUP']);
  });

  it('Damparis: « Michel Ginies (Maire de Damparis) », rated « Innovant / Facile / Économique »', () => {
    const p = practice('damparis-reinventer-ateliers-municipaux');
    expect(p.contact).toEqual({ role: 'Maire de Damparis', name: 'Michel Ginies' });
    expect(p.ratings.map((r) => `${r.by}: ${r.label}`)).toEqual([
      'Ithéa: Innovant',
      'Ithéa: Facile',
      'Ithéa: Économique',
    ]);
    expect(p.period).toMatchObject({ start: 2020, months: 36 });
    expect(p.obstacles).toEqual(['malgré les nombreux clivages existants']);
  });

  it('Dunkerque: « pris en charge en totalité par l’Union Européenne »', () => {
    expect(practice('dunkerque-global-schools').funding).toEqual([
      {
        funder: 'Union Européenne',
        amount: 48000,
        share: 1,
        text: "pris en charge en totalité par l'Union Européenne",
      },
    ]);
  });

  it('quotes its source: every line, period, public, funding, obstacle and key is in the summary', () => {
    for (const p of practices) {
      const summary = flat(p.summary);
      const quoted = [
        ...(p.budget?.lines.map((l) => l.text) ?? []),
        ...(p.period ? p.period.text.split(' … ') : []),
        ...p.publicReached.map((r) => r.text),
        ...p.funding.map((f) => f.text),
        ...p.obstacles,
        ...p.keysToSuccess,
      ];
      for (const words of quoted) expect(summary, `${p.id}: ${words}`).toContain(flat(words));
    }
  });

  it('names the award category’s sponsor from the palmarès (« Pilotage / Evaluation, parrainé par KPMG »)', () => {
    expect(practice('grand-narbonne-siad-dialogue-gestion-budgetaire').award?.sponsor).toBe('KPMG');
    expect(practice('allauch-journees-reboisement').award?.sponsor).toBeNull();
  });
});
