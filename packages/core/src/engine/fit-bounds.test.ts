import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Practice } from '../practice/record';
import { BudgetFit } from '../scoring/budget-fit';
import type { FitCriterion } from '../scoring/criterion';
import { KindFit } from '../scoring/kind-fit';
import { PolicyAreaFit } from '../scoring/policy-area-fit';
import { SizeFit } from '../scoring/size-fit';
import { StaffFit } from '../scoring/staff-fit';
import type { TargetProfile } from '../scoring/target';
import { TerritoryFit } from '../scoring/territory-fit';
import type { ScoreWeights } from '../scoring/weights';
import { FitBounds, TargetBounds } from './fit-bounds';
import { OwnPractices } from './own-practices';
import { AREAS, catalogue, target, weights } from './reference-catalogue.fixture';

// The bound's contract, checked against the plain weighted mean of README.md (missing criteria
// left out, all-zero weights giving 1), computed here from each criterion's own score.
const criteria: FitCriterion[] = [
  new SizeFit(),
  new KindFit(),
  new TerritoryFit(() => undefined),
  new PolicyAreaFit((code) => code),
  new BudgetFit(),
  new StaffFit(),
];

function plainMean(pairs: Array<[number, number | null]>): number {
  const known = pairs.filter(([, s]) => s !== null) as Array<[number, number]>;
  const total = known.reduce((sum, [w]) => sum + w, 0);
  return total > 0 ? known.reduce((sum, [w, s]) => sum + w * s, 0) / total : 1;
}

/** The fit of a practice for these need areas, and its bound by the definition (need at 1). */
function fitAndBound(
  practice: Practice,
  profile: TargetProfile,
  w: ScoreWeights,
  needAreas: string[],
): { fit: number; bound: number } {
  const context = { target: profile, needAreas };
  const fit = plainMean(criteria.map((c) => [w[c.name], c.score(practice, context)]));
  const bound = plainMean(
    criteria.map((c) => [w[c.name], c.needIndependent === true ? c.score(practice, context) : 1]),
  );
  return { fit, bound };
}

describe('TargetBounds', () => {
  it('bounds every fit from above, whatever the need, and is the fit with the need at its best (property)', () => {
    const areaCodes = AREAS.map((a) => a.code);
    fc.assert(
      fc.property(
        catalogue,
        target,
        weights,
        fc.subarray(areaCodes),
        (practices, t, w, needAreas) => {
          const bounds = new TargetBounds(practices, criteria, { target: t.profile, weights: w });
          practices.forEach((practice, doc) => {
            const { fit, bound } = fitAndBound(practice, t.profile, w, needAreas);
            const got = bounds.of(doc);
            expect(got).toBeGreaterThanOrEqual(fit);
            expect(got).toBeCloseTo(bound, 10);
            expect(bounds.of(doc)).toBe(got); // kept, not computed anew differently
          });
          expect(bounds.of(practices.length)).toBe(1); // past the array: nothing to bound
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives each criterion’s own score, the need-independent ones as kept, before or after the bound (property)', () => {
    const areaCodes = AREAS.map((a) => a.code);
    fc.assert(
      fc.property(
        catalogue,
        target,
        weights,
        fc.subarray(areaCodes),
        fc.boolean(),
        (practices, t, w, needAreas, boundFirst) => {
          const bounds = new TargetBounds(practices, criteria, { target: t.profile, weights: w });
          const context = { target: t.profile, needAreas };
          const out = new Float64Array(criteria.length);
          const own = (practice: Practice) =>
            criteria.map((c) => c.score(practice, context) ?? NaN);
          practices.forEach((practice, doc) => {
            if (boundFirst) bounds.of(doc);
            bounds.scores(doc, practice, context, out);
            expect([...out]).toEqual(own(practice));
          });
          // A practice that is not the one of its doc number, or past the array: computed.
          if (practices.length > 1) {
            bounds.scores(0, practices[1] as Practice, context, out);
            expect([...out]).toEqual(own(practices[1] as Practice));
            bounds.scores(practices.length, practices[0] as Practice, context, out);
            expect([...out]).toEqual(own(practices[0] as Practice));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('bounds a hole by 1 and the target’s own practice like any other (own ones are left out by OwnPractices)', () => {
    const own = {
      collectivity: { name: 'Pamiers', kind: 'commune', code: '09225' },
      policyAreas: [],
      population: 16000,
      region: '76',
      budget: null,
      staff: null,
    } as unknown as Practice;
    const profile: TargetProfile = {
      name: 'Pamiers',
      kind: 'commune',
      code: '09225',
      population: 16000,
      region: '76',
      department: '09',
      budget: null,
      staff: null,
    };
    const w = { relevance: 1, size: 1, kind: 1, territory: 1, policyArea: 1, budget: 1, staff: 1 };
    const bounds = new TargetBounds([own, undefined], criteria, { target: profile, weights: w });
    expect(bounds.of(0)).toBeGreaterThan(0.99);
    expect(bounds.of(1)).toBe(1);
  });
});

describe('OwnPractices', () => {
  const practice = (code: string | null, kind = 'commune') =>
    ({ collectivity: { name: 'x', kind, code } }) as Practice;
  const profile = (kind: TargetProfile['kind'], code: string | null) =>
    ({ kind, code }) as TargetProfile;
  it('gives the doc numbers of the same official code and the same kind, and forgets deleted ones', () => {
    const own = new OwnPractices();
    own.add(practice('09225'), 3);
    own.add(practice('09225'), 7);
    own.add(practice('09225', 'epci'), 8);
    own.add(practice(null), 9);
    expect([...own.of(profile('commune', '09225'))]).toEqual([3, 7]);
    expect([...own.of(profile('epci', '09225'))]).toEqual([8]);
    expect(own.of(profile('commune', '09226')).size).toBe(0);
    expect(own.of(profile('commune', null)).size).toBe(0);
    own.delete(practice('09225'), 3);
    expect([...own.of(profile('commune', '09225'))]).toEqual([7]);
    own.delete(practice('09225'), 7);
    expect(own.of(profile('commune', '09225')).size).toBe(0);
  });
});

describe('FitBounds', () => {
  it('keeps the bounds of one target, and computes them anew for another or after invalidate', () => {
    const fitBounds = new FitBounds(criteria);
    const w = { relevance: 1, size: 1, kind: 1, territory: 1, policyArea: 1, budget: 1, staff: 1 };
    const key = (code: string | null) => ({
      target: { kind: 'commune', code, population: null, region: null } as TargetProfile,
      weights: w,
    });
    const first = fitBounds.boundsFor([], key('1'));
    expect(fitBounds.boundsFor([], key('1'))).toBe(first);
    expect(fitBounds.boundsFor([], key('2'))).not.toBe(first);
    const second = fitBounds.boundsFor([], key('2'));
    fitBounds.invalidate();
    expect(fitBounds.boundsFor([], key('2'))).not.toBe(second);
  });
});
