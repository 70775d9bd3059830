import type { Geography } from '../geography/geography';
import type { OfficialKind } from '../geography/geo-entity';
import { describeValue, ValidationError, type Problem } from '../practice/problem';
import { COLLECTIVITY_KINDS } from '../practice/record';
import { UNKNOWN_TARGET, type TargetProfile } from '../scoring/target';
import type { TargetInput } from './types';

// Stryker disable all: built as the module loads, so its mutants cannot be switched per test
const CODE_NAME: Record<OfficialKind, string> = {
  commune: 'the INSEE code of a commune',
  epci: 'the SIREN of an EPCI',
  departement: 'a department code',
  region: 'a region code',
};
// Stryker restore all

function checkNonNegative(field: string, value: number | undefined, problems: Problem[]) {
  if (value !== undefined && (!Number.isFinite(value) || value < 0)) {
    problems.push({
      code: Number.isFinite(value) ? 'out-of-range' : 'wrong-type',
      values: { value, min: 0 },
      where: 'target',
      field,
      expected: 'a number zero or more',
      found: describeValue(value),
    });
  }
}

/**
 * Turn what the user said of their collectivity into a profile: an official code is looked up
 * in the geography, and any fact given by hand overrides the looked-up one. Throws a
 * ValidationError naming the field for an unknown code or a negative number.
 */
export function resolveTarget(input: TargetInput = {}, geography: Geography | null): TargetProfile {
  const problems: Problem[] = [];
  let profile: TargetProfile = { ...UNKNOWN_TARGET };
  if (input.official) {
    const { kind, code } = input.official;
    const entity = geography?.lookup(kind, code);
    if (!entity) {
      problems.push({
        code: 'unknown-code',
        values: { value: code },
        where: 'target',
        field: kind,
        expected: `${CODE_NAME[kind]} known to the official geography`,
        found: describeValue(code),
      });
    } else {
      profile = { ...profile, ...entity, name: entity.name, code: entity.code };
    }
  }
  checkNonNegative('population', input.population, problems);
  checkNonNegative('budget', input.budget, problems);
  checkNonNegative('staff', input.staff, problems);
  if (input.kind !== undefined && !COLLECTIVITY_KINDS.includes(input.kind)) {
    problems.push({
      code: 'not-one-of',
      values: { value: input.kind, allowed: COLLECTIVITY_KINDS },
      where: 'target',
      field: 'kind',
      expected: `one of ${COLLECTIVITY_KINDS.join(', ')}`,
      found: describeValue(input.kind),
    });
  }
  if (input.region !== undefined && geography && !geography.region(input.region)) {
    problems.push({
      code: 'unknown-code',
      values: { value: input.region },
      where: 'target',
      field: 'region',
      expected: 'a region code',
      found: describeValue(input.region),
    });
  }
  if (problems.length > 0) throw new ValidationError(problems, 'invalid target');
  return {
    name: input.name ?? profile.name,
    kind: input.kind ?? profile.kind,
    code: profile.code,
    population: input.population ?? profile.population,
    region: input.region ?? profile.region,
    department: input.department ?? profile.department,
    budget: input.budget ?? null,
    staff: input.staff ?? null,
  };
}
