import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BudgetFit } from './budget-fit';
import { context, practice } from './criteria.fixture';
import { KindFit } from './kind-fit';
import { PolicyAreaFit } from './policy-area-fit';
import { SizeFit } from './size-fit';
import { StaffFit } from './staff-fit';
import { TerritoryFit } from './territory-fit';
import { combineScore, DEFAULT_WEIGHTS, resolveWeights } from './weights';

describe('SizeFit', () => {
  const size = new SizeFit();
  it('gives 1 for equal sizes and 1/e for one order of magnitude', () => {
    expect(size.score(practice({ population: 5000 }), context({ population: 5000 }))).toBe(1);
    expect(size.score(practice({ population: 2587 }), context({ population: 25870 }))).toBeCloseTo(
      Math.exp(-1),
      12,
    );
  });
  it('is missing, not zero, when a population is unknown', () => {
    expect(size.score(practice({ population: null }), context({ population: 5000 }))).toBeNull();
    expect(size.score(practice(), context({}))).toBeNull();
    expect(size.reason(practice(), context({}), null)).toMatch(/non renseignée : critère neutre/);
  });
  it('says in French how far apart the sizes are', () => {
    const c = context({ population: 39000 });
    const p = practice({ population: 2587 });
    expect(size.reason(p, c, size.score(p, c))).toBe(
      'population 2 587 contre 39 000 : ordre de grandeur différent',
    );
  });
  it('never rises as the population gap widens (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: 1, max: 1000, noNaN: true }),
        (target, gapA, gapB) => {
          const [near, far] = gapA <= gapB ? [gapA, gapB] : [gapB, gapA];
          const c = context({ population: target });
          const sNear = size.score(practice({ population: target * near }), c) as number;
          const sFar = size.score(practice({ population: target * far }), c) as number;
          const sBelowFar = size.score(practice({ population: target / far }), c) as number;
          return sFar <= sNear + 1e-12 && sBelowFar <= sNear + 1e-12;
        },
      ),
    );
  });
});

describe('KindFit', () => {
  const kind = new KindFit();
  it("gives the README's values: commune ↔ EPCI 0.8, commune → région 0.2, same kind 1", () => {
    const epci = practice({
      collectivity: { name: 'CC du Pays', kind: 'epci', code: '200000000' },
    });
    expect(kind.score(practice(), context({ kind: 'commune' }))).toBe(1);
    expect(kind.score(practice(), context({ kind: 'epci' }))).toBe(0.8);
    expect(kind.score(epci, context({ kind: 'commune' }))).toBe(0.8);
    expect(kind.score(practice(), context({ kind: 'region' }))).toBe(0.2);
    expect(kind.reason(practice(), context({ kind: 'epci' }), 0.8)).toBe(
      'menée par une commune, vous êtes une intercommunalité : compétences proches',
    );
  });
  it('says how different the competences are', () => {
    const region = practice({
      collectivity: { name: 'Hauts-de-France', kind: 'region', code: '32' },
    });
    const c = context({ kind: 'commune' });
    expect(kind.reason(region, c, kind.score(region, c))).toBe(
      'menée par une région, vous êtes une commune : compétences très différentes',
    );
    const departement = practice({
      collectivity: { name: 'Nord', kind: 'departement', code: '59' },
    });
    expect(kind.reason(departement, c, kind.score(departement, c))).toBe(
      'menée par un département, vous êtes une commune : compétences en partie différentes',
    );
    expect(kind.reason(practice(), context({}), null)).toBe(
      'menée par une commune ; type de votre collectivité non renseigné : critère neutre',
    );
  });
  it('is neutral when the target kind is unknown', () => {
    expect(kind.score(practice(), context({}))).toBeNull();
  });
  it('scores every pair of kinds the same both ways, 1 for the same kind', () => {
    const kinds = ['commune', 'epci', 'departement', 'region', 'syndicat', 'autre'] as const;
    const of = (a: (typeof kinds)[number], b: (typeof kinds)[number]) =>
      kind.score(
        practice({ collectivity: { name: 'X', kind: a, code: null } }),
        context({ kind: b }),
      );
    for (const a of kinds) {
      expect(of(a, a)).toBe(1);
      for (const b of kinds) {
        expect(of(a, b)).toBe(of(b, a));
        if (a !== b) expect(of(a, b)).toBeGreaterThan(0);
        if (a !== b) expect(of(a, b)).toBeLessThan(1);
      }
    }
    // An « autre » structure is halfway from every collectivity.
    for (const b of kinds.slice(0, 5)) expect(of('autre', b)).toBe(0.5);
  });
});

describe('TerritoryFit', () => {
  const territory = new TerritoryFit(
    (code) => ({ '76': 'Occitanie', '75': 'Nouvelle-Aquitaine' })[code],
  );
  it('ranks same region > neighbour > same zone > other zone', () => {
    const p = practice({ region: '76' });
    const same = territory.score(p, context({ region: '76' })) as number;
    const neighbour = territory.score(p, context({ region: '75' })) as number;
    const sameZone = territory.score(p, context({ region: '53' })) as number;
    const otherZone = territory.score(p, context({ region: '01' })) as number;
    expect([same, neighbour, sameZone, otherZone]).toEqual([1, 0.7, 0.4, 0.15]);
    expect(territory.reason(p, context({ region: '75' }), neighbour)).toBe(
      'Occitanie, région voisine de la vôtre',
    );
  });
  it('treats the Antilles as neighbours and is neutral without a region', () => {
    expect(territory.score(practice({ region: '01' }), context({ region: '02' }))).toBe(0.7);
    expect(territory.score(practice({ region: null }), context({ region: '02' }))).toBeNull();
  });
});

describe('PolicyAreaFit', () => {
  const area = new PolicyAreaFit();
  it('scores overlap and is neutral without need areas', () => {
    expect(area.score(practice(), context({}, ['mobilite']))).toBe(1);
    expect(area.score(practice(), context({}, ['sante']))).toBe(0);
    expect(
      area.score(practice({ policyAreas: ['mobilite', 'sante'] }), context({}, ['mobilite'])),
    ).toBe(0.75);
    expect(area.score(practice(), context({}, []))).toBeNull();
  });
});

describe('BudgetFit', () => {
  const budget = new BudgetFit();
  it('scales the cost to the target size and compares it with the ceiling', () => {
    // 19 000 € for 4 808 inhabitants, for 19 232 inhabitants: × 2 → 38 000 €.
    const c = context({ population: 4808 * 4, budget: 19000 });
    expect(budget.scaledCost(practice(), c)).toBeCloseTo(38000, 6);
    expect(budget.score(practice(), c)).toBeCloseTo(0.5, 12);
    expect(budget.reason(practice(), c, 0.5)).toMatch(/au-delà de votre budget de 19 000 €/);
  });
  it('is neutral when the source gives no amount or the target no ceiling', () => {
    expect(
      budget.score(
        practice({
          budget: { amount: null, period: null, precision: null, text: 'gratuit', lines: [] },
        }),
        context({ budget: 5 }),
      ),
    ).toBeNull();
    expect(budget.score(practice(), context({ population: 5000 }))).toBeNull();
  });
  it('says when the comparable cost is an upper bound (and what it leaves out) or an estimate', () => {
    const line = {
      label: null,
      amount: 10000,
      period: null,
      nature: null,
      precision: 'upper-bound' as const,
      tax: null,
      per: null,
      excludes: 'salaires',
      bearer: null,
      text: 'Coût hors salaires inférieur à 10 000 €.',
    };
    const bounded = practice({
      budget: { amount: 10000, period: null, precision: 'upper-bound', text: '', lines: [line] },
    });
    expect(budget.reason(bounded, context({ budget: 20000 }), 1)).toBe(
      'coût au plus 10 000 € hors salaires : dans votre budget de 20 000 €',
    );
    expect(budget.reason(bounded, context({ population: 4808 * 4, budget: 5000 }), 0.25)).toBe(
      'coût au plus 10 000 € hors salaires, soit au plus 20 000 € à votre échelle : au-delà de votre budget de 5 000 €',
    );
    const estimated = practice({
      budget: { amount: 300000, period: null, precision: 'estimate', text: '', lines: [] },
    });
    expect(budget.reason(estimated, context({ budget: 500000 }), 1)).toMatch(
      /^coût environ 300 000 € : dans votre budget/,
    );
    expect(budget.reason(practice(), context({ budget: 20000 }), 1)).toBe(
      'coût 19 000 € par an : dans votre budget de 20 000 €',
    );
  });
  it('never scores a practice within budget lower than one over it (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        (a, b, ceiling) => {
          const c = context({ budget: ceiling });
          const score = (amount: number) =>
            budget.score(
              practice({
                budget: { amount, period: 'one-off', precision: 'exact', text: '', lines: [] },
              }),
              c,
            ) as number;
          const within = Math.min(a, b, ceiling);
          const over = Math.max(a, b, ceiling);
          return score(within) === 1 && score(within) >= score(over) && score(over) >= 0;
        },
      ),
    );
  });
});

describe('StaffFit', () => {
  const staff = new StaffFit();
  it('compares the FTE the practice needs with what the target has', () => {
    expect(staff.score(practice(), context({ staff: 1 }))).toBe(1);
    expect(staff.score(practice(), context({ staff: 0.25 }))).toBeCloseTo(0.5, 12);
    expect(staff.reason(practice(), context({ staff: 0.25 }), 0.5)).toBe(
      '0,5 ETP : plus que vos 0,25 ETP disponibles',
    );
  });
  it('falls back on the number of agents, and is neutral without staff data', () => {
    const agents = practice({ staff: { fte: null, agents: 3, text: '3 agents' } });
    expect(staff.score(agents, context({ staff: 1.5 }))).toBeCloseTo(0.5, 12);
    expect(staff.score(practice({ staff: null }), context({ staff: 1 }))).toBeNull();
    expect(staff.reason(agents, context({ staff: 1.5 }), 0.5)).toBe(
      '3 agent(s), au plus 3 ETP : plus que vos 1,5 ETP disponibles',
    );
  });
});

describe('combineScore', () => {
  const names = ['size', 'kind'] as const;
  it('multiplies relevance^α by the weighted mean of the known fit scores', () => {
    expect(combineScore(0.5, names, [1, 0.5], DEFAULT_WEIGHTS)).toBeCloseTo(0.375, 12);
    expect(combineScore(0.5, names, [1, NaN], DEFAULT_WEIGHTS)).toBeCloseTo(0.5, 12);
    expect(combineScore(0.25, names, [NaN, NaN], resolveWeights({ relevance: 0.5 }))).toBeCloseTo(
      0.5,
      12,
    );
  });
  it('stays in [0, 1] (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(NaN)), {
          minLength: 2,
          maxLength: 2,
        }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (relevance, fits, alpha) => {
          const s = combineScore(relevance, names, fits, resolveWeights({ relevance: alpha }));
          return s >= 0 && s <= 1;
        },
      ),
    );
  });
  it('rejects a negative weight', () => {
    expect(() => resolveWeights({ size: -1 })).toThrow(
      /weight "size": expected a number zero or more, found -1/,
    );
  });
});
