import { describe, expect, it } from 'vitest';
import type { Geography } from '../geography/geography';
import { loadOfficialGeography } from '../node';
import { ValidationError, type Problem } from '../practice/problem';
import { COLLECTIVITY_KINDS } from '../practice/record';
import { resolveTarget } from './resolve-target';
import type { TargetInput } from './types';

const geography = loadOfficialGeography();
const pamiers = geography.lookup('commune', '09225')!;

function problemsOf(input: TargetInput, geo: Geography | null = geography): readonly Problem[] {
  try {
    resolveTarget(input, geo);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).context).toBe('invalid target');
    return (error as ValidationError).problems;
  }
  throw new Error('no ValidationError');
}

describe('resolveTarget', () => {
  it('knows nothing of a target given nothing', () => {
    expect(resolveTarget(undefined, geography)).toEqual({
      name: null,
      kind: null,
      code: null,
      population: null,
      region: null,
      department: null,
      budget: null,
      staff: null,
    });
  });

  it('looks an official code up in the geography', () => {
    expect(resolveTarget({ official: { kind: 'commune', code: '09225' } }, geography)).toEqual({
      name: 'Pamiers',
      kind: 'commune',
      code: '09225',
      population: pamiers.population,
      region: '76',
      department: '09',
      budget: null,
      staff: null,
    });
  });

  it('lets each fact given by hand override the looked-up one', () => {
    const input: TargetInput = {
      official: { kind: 'commune', code: '09225' },
      name: 'Pamiers (ville)',
      kind: 'epci',
      population: 20_000,
      region: '84',
      department: '01',
      budget: 0,
      staff: 1.5,
    };
    expect(resolveTarget(input, geography)).toEqual({
      name: 'Pamiers (ville)',
      kind: 'epci',
      code: '09225',
      population: 20_000,
      region: '84',
      department: '01',
      budget: 0,
      staff: 1.5,
    });
  });

  it('takes a target by hand without a geography, any region code included', () => {
    expect(resolveTarget({ kind: 'region', region: 'zz', population: 0 }, null)).toMatchObject({
      kind: 'region',
      region: 'zz',
      population: 0,
      code: null,
    });
  });

  it('names the field of an unknown official code, with what it should have been', () => {
    const expected: Record<string, string> = {
      commune: 'the INSEE code of a commune known to the official geography',
      epci: 'the SIREN of an EPCI known to the official geography',
      departement: 'a department code known to the official geography',
      region: 'a region code known to the official geography',
    };
    for (const kind of ['commune', 'epci', 'departement', 'region'] as const) {
      expect(problemsOf({ official: { kind, code: '00000' } })).toEqual([
        {
          code: 'unknown-code',
          values: { value: '00000' },
          where: 'target',
          field: kind,
          expected: expected[kind],
          found: '"00000"',
        },
      ]);
    }
    // Without a geography no code is known.
    expect(problemsOf({ official: { kind: 'commune', code: '09225' } }, null)).toHaveLength(1);
  });

  it('refuses a negative or non-finite population, budget or staff, each named', () => {
    expect(problemsOf({ population: -1, budget: Number.NaN, staff: Infinity })).toEqual([
      {
        code: 'out-of-range',
        values: { value: -1, min: 0 },
        where: 'target',
        field: 'population',
        expected: 'a number zero or more',
        found: '-1',
      },
      {
        code: 'wrong-type',
        values: { value: Number.NaN, min: 0 },
        where: 'target',
        field: 'budget',
        expected: 'a number zero or more',
        found: 'NaN',
      },
      {
        code: 'wrong-type',
        values: { value: Infinity, min: 0 },
        where: 'target',
        field: 'staff',
        expected: 'a number zero or more',
        found: 'Infinity',
      },
    ]);
  });

  it('refuses an unknown kind, listing the allowed ones', () => {
    expect(problemsOf({ kind: 'ville' as never })).toEqual([
      {
        code: 'not-one-of',
        values: { value: 'ville', allowed: COLLECTIVITY_KINDS },
        where: 'target',
        field: 'kind',
        expected: `one of ${COLLECTIVITY_KINDS.join(', ')}`,
        found: '"ville"',
      },
    ]);
  });

  it('refuses a region code the geography does not know, and lists every problem at once', () => {
    expect(problemsOf({ region: '99', official: { kind: 'epci', code: 'x' } })).toEqual([
      expect.objectContaining({ field: 'epci', code: 'unknown-code' }),
      {
        code: 'unknown-code',
        values: { value: '99' },
        where: 'target',
        field: 'region',
        expected: 'a region code',
        found: '"99"',
      },
    ]);
  });
});
