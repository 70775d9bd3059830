import { describe, expect, it } from 'vitest';
import type { Practice } from '../practice/record';
import { BudgetFit } from './budget-fit';
import { context, practice } from './criteria.fixture';
import type { FitContext, FitCriterion } from './criterion';
import { formatEuros } from './french-format';
import { KindFit } from './kind-fit';
import { PolicyAreaFit } from './policy-area-fit';
import { affordability, sizeFactor } from './resource-scaling';
import { SizeFit } from './size-fit';
import { StaffFit } from './staff-fit';
import { UNKNOWN_TARGET } from './target';
import { regionZone, TerritoryFit } from './territory-fit';

// Every criterion's one-line French reason, case by case (README: « a criterion whose data is
// missing is reported with missing: true and a reason saying so »), and the edges of each rule.

/** The reason a criterion gives with its own score. */
const said = (criterion: FitCriterion, p: Practice, c: FitContext) =>
  criterion.reason(p, c, criterion.score(p, c));

describe('SizeFit reasons and edges', () => {
  const size = new SizeFit();
  it('treats a population of 0 as unknown on either side', () => {
    expect(size.score(practice({ population: 0 }), context({ population: 5000 }))).toBeNull();
    expect(size.score(practice(), context({ population: 0 }))).toBeNull();
    expect(said(size, practice({ population: 0 }), context({ population: 5000 }))).toBe(
      'population de la collectivité source inconnue : critère neutre',
    );
    expect(said(size, practice({ population: null }), context({ population: 5000 }))).toBe(
      'population de la collectivité source inconnue : critère neutre',
    );
    expect(said(size, practice(), context({ population: 0 }))).toBe(
      'population de votre collectivité non renseignée : critère neutre',
    );
  });
  it('words each band of closeness at its edges', () => {
    const c = context({ population: 4808 });
    const p = practice();
    const versus = 'population 4 808 contre 4 808';
    expect(size.reason(p, c, null)).toBe(versus);
    expect(size.reason(p, c, 0.8)).toBe(`${versus} : taille comparable`);
    expect(size.reason(p, c, 0.79)).toBe(`${versus} : taille assez proche`);
    expect(size.reason(p, c, 0.5)).toBe(`${versus} : taille assez proche`);
    expect(size.reason(p, c, 0.49)).toBe(`${versus} : ordre de grandeur différent`);
    expect(size.reason(p, c, 0.3)).toBe(`${versus} : ordre de grandeur différent`);
    expect(size.reason(p, c, 0.29)).toBe(`${versus} : tailles très éloignées`);
  });
});

describe('KindFit reasons', () => {
  const kind = new KindFit();
  it('words the closeness of competences at the edges of its bands', () => {
    const p = practice();
    const c = context({ kind: 'epci' });
    const lead = 'menée par une commune, vous êtes une intercommunalité : compétences';
    expect(kind.reason(p, c, 0.7)).toBe(`${lead} proches`);
    expect(kind.reason(p, c, 0.69)).toBe(`${lead} en partie différentes`);
    expect(kind.reason(p, c, 0.4)).toBe(`${lead} en partie différentes`);
    expect(kind.reason(p, c, 0.39)).toBe(`${lead} très différentes`);
    expect(kind.reason(p, c, null)).toBe(
      'menée par une commune ; type de votre collectivité non renseigné : critère neutre',
    );
    expect(said(kind, p, context({ kind: 'commune' }))).toBe('menée par une commune, comme vous');
  });

  it('names every kind of collectivity in French', () => {
    const words = {
      commune: 'une commune',
      epci: 'une intercommunalité',
      departement: 'un département',
      region: 'une région',
      syndicat: 'un syndicat',
      autre: 'une autre structure',
    } as const;
    for (const [code, word] of Object.entries(words)) {
      const p = practice({
        collectivity: { name: 'X', kind: code as keyof typeof words, code: null },
      });
      expect(said(kind, p, context({ kind: code as keyof typeof words }))).toBe(
        `menée par ${word}, comme vous`,
      );
    }
  });
});

describe('TerritoryFit reasons', () => {
  const territory = new TerritoryFit((code) => ({ '76': 'Occitanie', '04': 'La Réunion' })[code]);
  const at = (region: string | null) => practice({ region });
  it('says where the practice is, for each relation', () => {
    expect(said(territory, at('76'), context({ region: '76' }))).toBe(
      'même région que vous (Occitanie)',
    );
    expect(said(territory, at('76'), context({ region: '11' }))).toBe(
      'Occitanie, en métropole mais loin de chez vous',
    );
    expect(said(territory, at('04'), context({ region: '01' }))).toBe(
      'La Réunion, en outre-mer comme vous',
    );
    expect(said(territory, at('76'), context({ region: '04' }))).toBe(
      'Occitanie, en métropole, quand vous êtes en outre-mer',
    );
    expect(said(territory, at('04'), context({ region: '76' }))).toBe(
      'La Réunion, en outre-mer, quand vous êtes en métropole',
    );
    expect(said(territory, at('84'), context({ region: '11' }))).toBe(
      'région 84, en métropole mais loin de chez vous',
    );
  });
  it('is neutral, and says which side is unknown, without a region', () => {
    expect(territory.score(at('76'), context({}))).toBeNull();
    expect(said(territory, at(null), context({ region: '76' }))).toBe(
      'région de la collectivité source inconnue : critère neutre',
    );
    expect(said(territory, at('76'), context({}))).toBe(
      "Occitanie ; votre région n'est pas renseignée : critère neutre",
    );
  });
  it('places the five overseas regions and longer codes outside metropolitan France', () => {
    expect(['01', '02', '03', '04', '06', '975'].map(regionZone)).toEqual(
      Array(6).fill('outre-mer'),
    );
    expect(['11', '76', '94'].map(regionZone)).toEqual(['metro', 'metro', 'metro']);
    // A target in a region the adjacency table does not list has no neighbour (same zone).
    expect(territory.score(at('76'), context({ region: '99' }))).toBe(0.4);
  });
});

describe('PolicyAreaFit reasons and edges', () => {
  const area = new PolicyAreaFit(
    (code) => ({ mobilite: 'Mobilité', sante: 'Santé', sport: 'Sport' })[code] ?? code,
  );
  it('is 0.5 + 0.5 × Jaccard: two shared of three areas give 5/6', () => {
    const p = practice({ policyAreas: ['mobilite', 'sante'] });
    expect(area.score(p, context({}, ['mobilite', 'sante', 'sport']))).toBeCloseTo(5 / 6, 12);
    expect(area.score(practice({ policyAreas: [] }), context({}, ['mobilite']))).toBeNull();
  });
  it('names areas by their code when it was given no labels', () => {
    expect(said(new PolicyAreaFit(), practice(), context({}, ['sport']))).toBe(
      'domaine différent (mobilite)',
    );
  });
  it('names the shared areas, or the practice’s own, or what is unknown', () => {
    const p = practice({ policyAreas: ['mobilite', 'sante'] });
    expect(said(area, p, context({}, ['sante', 'sport']))).toBe('même domaine : Santé');
    expect(said(area, p, context({}, ['sport']))).toBe('domaine différent (Mobilité, Santé)');
    expect(said(area, p, context({}, []))).toBe('domaine du besoin non déterminé : critère neutre');
    expect(said(area, practice({ policyAreas: [] }), context({}, ['sport']))).toBe(
      'domaine de la pratique non renseigné : critère neutre',
    );
  });
});

describe('BudgetFit reasons', () => {
  const budget = new BudgetFit();
  const costing = (amount: number | null, period: 'annual' | 'one-off' | 'multi-year' | null) =>
    practice({ budget: { amount, period, precision: 'exact', text: '', lines: [] } });
  it('says the cost, its period and the ceiling', () => {
    const c = context({ population: 4808, budget: 20000 });
    expect(said(budget, costing(19000, 'annual'), c)).toBe(
      'coût 19 000 € par an : dans votre budget de 20 000 €',
    );
    expect(said(budget, costing(19000, 'one-off'), c)).toBe(
      'coût 19 000 € : dans votre budget de 20 000 €',
    );
    expect(said(budget, costing(19000, 'multi-year'), c)).toBe(
      'coût 19 000 € sur plusieurs années : dans votre budget de 20 000 €',
    );
    expect(said(budget, costing(25000, null), c)).toBe(
      'coût 25 000 € : au-delà de votre budget de 20 000 €',
    );
    expect(said(budget, costing(0, 'annual'), c)).toBe('sans coût supplémentaire selon la source');
    expect(said(budget, costing(null, null), c)).toBe(
      'coût non indiqué par la source : critère neutre',
    );
    expect(said(budget, practice({ budget: null }), c)).toBe(
      'coût non indiqué par la source : critère neutre',
    );
    expect(said(budget, costing(19000, 'annual'), context({ population: 4808 }))).toBe(
      'coût 19 000 € par an ; plafond non renseigné : critère neutre',
    );
  });
  it('gives the cost at the target’s scale once it differs by 5 % or more', () => {
    // × √4 = 2 for a target four times larger; × √1.08 ≈ 1.039 stays « the same ».
    expect(
      said(budget, costing(19000, 'annual'), context({ population: 4808 * 4, budget: 1e6 })),
    ).toBe(
      'coût 19 000 € par an, soit environ 38 000 € à votre échelle : dans votre budget de 1 M€',
    );
    expect(said(budget, costing(19000, 'annual'), context({ population: 5193, budget: 1e6 }))).toBe(
      'coût 19 000 € par an : dans votre budget de 1 M€',
    );
  });
});

describe('StaffFit reasons and scaling', () => {
  const staff = new StaffFit();
  it('scales the FTE with the square root of the population ratio', () => {
    // 0.5 FTE for 4 808 inhabitants is 1 FTE for four times as many: half of what 0.5 covers.
    const c = context({ population: 4808 * 4, staff: 0.5 });
    expect(staff.score(practice(), c)).toBeCloseTo(0.5, 12);
    expect(said(staff, practice(), c)).toBe(
      '0,5 ETP, soit environ 1 ETP à votre échelle : plus que vos 0,5 ETP disponibles',
    );
  });
  it('keeps the source’s figure when the scaled one is within 5 % of it', () => {
    // 10 FTE for 4 808 inhabitants, for 5 100: × √1.061 ≈ 1.03, « the same ».
    const ten = practice({ staff: { fte: 10, agents: null, text: '10 ETP' } });
    expect(said(staff, ten, context({ population: 5100, staff: 20 }))).toBe(
      '10 ETP : dans vos moyens (20 ETP)',
    );
  });
  it('says agents when the source counts people, and what is unknown', () => {
    const agents = practice({ staff: { fte: null, agents: 3, text: '3 agents' } });
    expect(said(staff, agents, context({ staff: 4 }))).toBe(
      '3 agent(s), au plus 3 ETP : dans vos moyens (4 ETP)',
    );
    expect(said(staff, practice({ staff: null }), context({ staff: 1 }))).toBe(
      'effectif non indiqué par la source : critère neutre',
    );
    expect(said(staff, practice(), context({}))).toBe(
      '0,5 ETP ; vos effectifs disponibles ne sont pas renseignés : critère neutre',
    );
  });
});

describe('resource scaling', () => {
  it('leaves resources as they are when a population is unknown or 0', () => {
    const target = { ...UNKNOWN_TARGET, population: 1000 };
    expect(sizeFactor(practice({ population: 0 }), target, 0.5)).toBe(1);
    expect(sizeFactor(practice({ population: null }), target, 0.5)).toBe(1);
    expect(sizeFactor(practice(), { ...target, population: 0 }, 0.5)).toBe(1);
    expect(sizeFactor(practice({ population: 250 }), target, 0.5)).toBe(2);
  });
  it('is 1 up to the ceiling included, then ceiling / need', () => {
    expect(affordability(2, 2)).toBe(1);
    expect(affordability(4, 2)).toBe(0.5);
    expect(affordability(4, 0)).toBe(0);
  });
});

describe('need independence', () => {
  it('is declared by the criteria whose score ignores the need, and only by them', () => {
    const p = practice();
    const c = context({ population: 1000, kind: 'epci', region: '75', budget: 100, staff: 0.1 });
    for (const criterion of [
      new SizeFit(),
      new KindFit(),
      new TerritoryFit(),
      new BudgetFit(),
      new StaffFit(),
    ]) {
      expect(criterion.needIndependent, criterion.name).toBe(true);
      const withNeed = criterion.score(p, { ...c, needAreas: ['sante'] });
      expect(withNeed, criterion.name).toBe(criterion.score(p, c));
    }
    const area: FitCriterion = new PolicyAreaFit();
    expect(area.needIndependent).not.toBe(true);
  });
});

describe('euros', () => {
  it('switches to millions from 1 000 000 € on', () => {
    expect(formatEuros(999_999)).toBe('999 999 €');
    expect(formatEuros(1_000_000)).toBe('1 M€');
  });
});
