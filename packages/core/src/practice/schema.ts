import { z } from 'zod';
import {
  AMOUNT_PRECISIONS,
  BUDGET_PERIODS,
  COLLECTIVITY_KINDS,
  COST_NATURES,
  MEDALS,
  PARTNER_KINDS,
  TAX_BASES,
  type PracticeRecord,
} from './record';
import { describeValue, type Problem, type ProblemCode, type ProblemValues } from './problem';

// Each `error` string says what was expected; the found value is read from the input.
const nonEmpty = (what: string) => z.string({ error: what }).trim().min(1, { error: what });
const nullableText = z.string({ error: 'a string or null' }).nullable();

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const YEAR = 'an integer year between 1900 and 2100';

const collectivityRef = z.object(
  {
    name: nonEmpty('a non-empty collectivity name'),
    kind: z.enum(COLLECTIVITY_KINDS, { error: `one of ${COLLECTIVITY_KINDS.join(', ')}` }),
    code: z
      .string({ error: 'an official code (string) or null' })
      .regex(/^[0-9A-Z]{2,9}$/, { error: 'an official code: INSEE, SIREN, department or region' })
      .nullable(),
  },
  { error: 'an object { name, kind, code }' },
);

const year = z
  .number({ error: YEAR })
  .int({ error: YEAR })
  .min(1900, { error: YEAR })
  .max(2100, { error: YEAR });

const nonNegative = (what: string) =>
  z.number({ error: what }).finite({ error: what }).min(0, { error: what });

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, orNull = false) =>
  z.enum(values, { error: `one of ${values.join(', ')}${orNull ? ' or null' : ''}` });
const sourceWords = z.string({ error: "the source's words (string)" });
const amount = nonNegative('an amount in euros, zero or more');
const budgetPeriod = oneOf(BUDGET_PERIODS, true).nullable();

const budgetLine = z.object(
  {
    label: nullableText,
    amount: amount.nullable(),
    period: budgetPeriod,
    nature: oneOf(COST_NATURES, true).nullable(),
    precision: oneOf(AMOUNT_PRECISIONS),
    tax: oneOf(TAX_BASES, true).nullable(),
    per: nullableText,
    excludes: nullableText,
    bearer: nullableText,
    text: nonEmpty("the source's words for the line"),
  },
  {
    error:
      'a budget line { label, amount, period, nature, precision, tax, per, excludes, bearer, text }',
  },
);

const period = z
  .object(
    {
      start: year.nullable(),
      end: year.nullable(),
      months: z
        .number({ error: 'a number of months, more than zero' })
        .positive({ error: 'a number of months, more than zero' })
        .nullable(),
      text: nonEmpty("the source's words for the period"),
    },
    { error: 'a period object { start, end, months, text } or null' },
  )
  .refine((p) => p.start === null || p.end === null || p.start <= p.end, {
    error: 'a start year no later than the end year',
    path: ['end'],
  })
  .nullable();

const partnership = z.object(
  {
    name: nonEmpty('a non-empty partner name'),
    kind: oneOf(PARTNER_KINDS),
    role: nullableText,
  },
  { error: 'a partnership { name, kind, role }' },
);

const reach = z.object(
  {
    count: nonNegative('a count, zero or more').nullable(),
    unit: nonEmpty('a non-empty unit of what is counted'),
    who: nullableText,
    text: nonEmpty("the source's words for the public"),
  },
  { error: 'a public reached { count, unit, who, text }' },
);

const fundingLine = z.object(
  {
    funder: nonEmpty('a non-empty funder name'),
    amount: amount.nullable(),
    share: z
      .number({ error: 'a share between 0 and 1' })
      .min(0, { error: 'a share between 0 and 1' })
      .max(1, { error: 'a share between 0 and 1' })
      .nullable(),
    text: nonEmpty("the source's words for the funding"),
  },
  { error: 'a funding line { funder, amount, share, text }' },
);

const contact = z
  .object(
    { role: nullableText, name: nullableText },
    { error: 'a contact object { role, name } or null' },
  )
  .refine((c) => c.role !== null || c.name !== null, {
    error: 'a contact with a role or a name (null for no contact)',
  })
  .nullable();

const rating = z.object(
  { by: nonEmpty('who rates (non-empty)'), label: nonEmpty("the rating's word (non-empty)") },
  { error: 'a rating { by, label }' },
);

const list = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: `an array of ${what}` }).default([]);

/** The zod schema of a stored practice record (see record.ts for the meaning of each field). */
export const practiceRecordSchema = z.object(
  {
    id: z
      .string({ error: 'a slug id (lower-case letters, digits and dashes)' })
      .regex(SLUG, { error: 'a slug id (lower-case letters, digits and dashes)' }),
    title: nonEmpty('a non-empty title'),
    summary: nonEmpty('a non-empty summary'),
    collectivity: collectivityRef,
    partners: z.array(collectivityRef, { error: 'an array of collectivities' }).default([]),
    year: year.nullable(),
    award: z
      .object(
        {
          programme: nonEmpty('a non-empty award programme'),
          edition: year.nullable(),
          category: nullableText,
          medal: z.enum(MEDALS, { error: `one of ${MEDALS.join(', ')} or null` }).nullable(),
          sponsor: nullableText.default(null),
        },
        { error: 'an award object or null' },
      )
      .nullable(),
    policyAreas: z.array(nonEmpty('a policy-area code'), {
      error: 'an array of policy-area codes',
    }),
    budget: z
      .object(
        {
          amount: amount.nullable(),
          period: budgetPeriod,
          precision: oneOf(AMOUNT_PRECISIONS, true).nullable().default(null),
          text: sourceWords,
          lines: list(budgetLine, 'budget lines'),
        },
        { error: 'a budget object or null' },
      )
      .refine((b) => b.amount !== null || b.precision === null, {
        error: 'no precision for a budget without a comparable amount',
        path: ['precision'],
      })
      // The comparable cost is one of the lines the source states (see data/README.md).
      .refine(
        (b) =>
          b.amount === null ||
          b.lines.length === 0 ||
          b.lines.some(
            (l) => l.amount === b.amount && l.period === b.period && l.precision === b.precision,
          ),
        {
          error: 'a comparable amount equal to one of the lines (same amount, period, precision)',
          path: ['amount'],
        },
      )
      .nullable(),
    staff: z
      .object(
        {
          fte: nonNegative('a number of full-time equivalents, zero or more').nullable(),
          agents: nonNegative('a number of agents, zero or more').nullable(),
          text: sourceWords,
        },
        { error: 'a staff object or null' },
      )
      .nullable(),
    results: nullableText,
    source: z.object(
      {
        document: nonEmpty('the source document'),
        publisher: nullableText,
        url: nullableText,
        file: nullableText,
      },
      { error: 'a source object { document, publisher, url, file }' },
    ),
    period: period.default(null),
    partnerships: list(partnership, 'partnerships'),
    publicReached: list(reach, 'publics reached'),
    funding: list(fundingLine, 'funding lines'),
    contact: contact.default(null),
    ratings: list(rating, 'ratings'),
    obstacles: list(nonEmpty('a non-empty sentence'), 'sentences'),
    keysToSuccess: list(nonEmpty('a non-empty sentence'), 'sentences'),
  },
  { error: 'a practice object' },
);

/** The outcome of validating one record. */
export type RecordCheck = { ok: true; record: PracticeRecord } | { ok: false; problems: Problem[] };

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The code and values of a zod issue, for the value found at its path. */
function codeOf(
  issue: z.core.$ZodIssue,
  value: unknown,
): { code: ProblemCode; values: ProblemValues } {
  const values: ProblemValues = value === undefined ? {} : { value };
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined || value === null) return { code: 'missing', values };
      if (issue.expected === 'int' && typeof value === 'number') {
        return { code: 'not-integer', values };
      }
      return { code: 'wrong-type', values };
    case 'too_small':
      if (issue.origin === 'string') return { code: 'missing', values };
      return { code: 'out-of-range', values: { ...values, min: Number(issue.minimum) } };
    case 'too_big':
      return { code: 'out-of-range', values: { ...values, max: Number(issue.maximum) } };
    case 'invalid_value':
      return { code: 'not-one-of', values: { ...values, allowed: issue.values.map(String) } };
    default:
      return { code: 'bad-format', values };
  }
}

/**
 * Validate one record against the practice schema. `where` names the record in messages; by
 * default it is the record's own id.
 */
export function checkPracticeRecord(input: unknown, where?: string): RecordCheck {
  const parsed = practiceRecordSchema.safeParse(input);
  if (parsed.success) return { ok: true, record: parsed.data };
  const id = valueAt(input, ['id']);
  const label = where ?? (typeof id === 'string' && id ? `practice "${id}"` : 'practice');
  // One problem per field: 1e19 as a year is both "not an integer" and "too big" to zod.
  const seen = new Set<string>();
  const issues = parsed.error.issues.filter((issue) => {
    const key = issue.path.map(String).join('.');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const problems = issues.map((issue): Problem => {
    const value = valueAt(input, issue.path);
    return {
      ...codeOf(issue, value),
      where: label,
      field: issue.path.map(String).join('.'),
      expected: issue.message,
      found: describeValue(value),
    };
  });
  return { ok: false, problems };
}
