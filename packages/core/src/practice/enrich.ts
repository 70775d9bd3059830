import type { Geography } from '../geography/geography';
import type { OfficialKind } from '../geography/geo-entity';
import type { CollectivityRef, Practice, PracticeRecord } from './record';
import { describeValue, type Problem } from './problem';

const OFFICIAL_KINDS: ReadonlySet<string> = new Set(['commune', 'epci', 'departement', 'region']);

const EXPECTED_CODE: Record<OfficialKind, string> = {
  commune: 'the INSEE code of a commune or municipal arrondissement',
  epci: 'the SIREN of an EPCI',
  departement: 'a department code',
  region: 'a region code',
};

function checkRef(ref: CollectivityRef, field: string, where: string, geography: Geography) {
  if (!OFFICIAL_KINDS.has(ref.kind)) return { problems: [] as Problem[], entity: undefined };
  const kind = ref.kind as OfficialKind;
  const entity = ref.code === null ? undefined : geography.lookup(kind, ref.code);
  if (entity) return { problems: [] as Problem[], entity };
  return {
    entity: undefined,
    problems: [
      {
        code: ref.code === null ? ('missing' as const) : ('unknown-code' as const),
        values: ref.code === null ? {} : { value: ref.code },
        where,
        field: `${field}.code`,
        expected: `${EXPECTED_CODE[kind]} known to the official geography`,
        found: describeValue(ref.code),
      },
    ],
  };
}

function asRef(value: unknown): CollectivityRef | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { name, kind, code } = value as Record<string, unknown>;
  if (typeof kind !== 'string' || (code !== null && typeof code !== 'string')) return undefined;
  return { name: typeof name === 'string' ? name : '', kind, code } as CollectivityRef;
}

/**
 * The reference problems (official codes, policy areas) of a record that failed its schema, for
 * the fields that are well-formed: so that a row's unknown commune code is reported beside its
 * missing summary, not only once the summary is fixed. `reported` holds the fields the schema
 * already complained of, left alone.
 */
export function referenceProblems(
  input: unknown,
  geography: Geography,
  knownAreas: ReadonlySet<string>,
  where: string,
  reported: ReadonlySet<string>,
): Problem[] {
  if (input === null || typeof input !== 'object') return [];
  const record = input as Record<string, unknown>;
  const problems: Problem[] = [];
  const refs: Array<[unknown, string]> = [[record.collectivity, 'collectivity']];
  if (Array.isArray(record.partners)) {
    record.partners.forEach((partner, i) => refs.push([partner, `partners.${i}`]));
  }
  for (const [value, field] of refs) {
    const ref = asRef(value);
    if (!ref || [...reported].some((f) => f === field || f.startsWith(`${field}.`))) continue;
    problems.push(...checkRef(ref, field, where, geography).problems);
  }
  if (Array.isArray(record.policyAreas)) {
    record.policyAreas.forEach((area: unknown, i) => {
      const field = `policyAreas.${i}`;
      if (
        typeof area === 'string' &&
        area !== '' &&
        !knownAreas.has(area) &&
        !reported.has(field)
      ) {
        problems.push(unknownArea(area, field, where, knownAreas));
      }
    });
  }
  return problems;
}

function unknownArea(
  area: string,
  field: string,
  where: string,
  knownAreas: ReadonlySet<string>,
): Problem {
  return {
    code: 'unknown-code',
    values: { value: area, allowed: [...knownAreas] },
    where,
    field,
    expected: 'a policy-area code of data/policy-areas.json',
    found: describeValue(area),
  };
}

/** The outcome of enriching one record. */
export type EnrichResult = { ok: true; practice: Practice } | { ok: false; problems: Problem[] };

/**
 * Add population, region and department to a validated record, looked up by its collectivity's
 * official code; check its partners' codes and its policy areas too.
 */
export function enrichRecord(
  record: PracticeRecord,
  geography: Geography,
  knownAreas: ReadonlySet<string>,
  where = `practice "${record.id}"`,
): EnrichResult {
  const main = checkRef(record.collectivity, 'collectivity', where, geography);
  const problems = [...main.problems];
  record.partners.forEach((partner, i) => {
    problems.push(...checkRef(partner, `partners.${i}`, where, geography).problems);
  });
  record.policyAreas.forEach((area, i) => {
    if (!knownAreas.has(area))
      problems.push(unknownArea(area, `policyAreas.${i}`, where, knownAreas));
  });
  if (problems.length > 0) return { ok: false, problems };
  const entity = main.entity;
  return {
    ok: true,
    practice: {
      ...record,
      officialName: entity?.name ?? null,
      population: entity?.population ?? null,
      region: entity?.region ?? null,
      department: entity?.department ?? null,
    },
  };
}
