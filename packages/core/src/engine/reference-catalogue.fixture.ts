import fc from 'fast-check';
import type { PolicyArea } from '../practice/policy-area';
import { COLLECTIVITY_KINDS, type Practice } from '../practice/record';
import { noTransferFacts } from '../practice/transfer-facts';
import { DEFAULT_WEIGHTS, type ScoreWeights } from '../scoring/weights';
import type { TargetProfile } from '../scoring/target';
import type { TargetInput } from './types';

/*
 * Generated catalogues and targets for the reference property tests. Few texts and few
 * contexts, drawn again and again, so that exact ties are common: duplicated texts, duplicated
 * contexts, equal scores at the top-k cut-off. Ids are drawn apart from the insertion order, so
 * that doc numbers and ids do not sort alike.
 */

export const AREAS: PolicyArea[] = [
  { code: 'mobilite', label: 'Mobilité', description: '', territoria2017: null },
  { code: 'sante', label: 'Santé', description: '', territoria2017: null },
  { code: 'education', label: 'Éducation', description: '', territoria2017: null },
  { code: 'environnement', label: 'Environnement', description: '', territoria2017: null },
];

export const WORDS = [
  'vélos',
  'agents',
  'habitants',
  'énergie',
  'jeunes',
  'santé',
  'déchets',
  'écoles',
  'jardins',
  'transport',
  'numérique',
  'mobilité',
];

const words = (min: number, max: number) =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));

const text = fc.record({
  title: words(1, 3),
  summary: words(1, 6),
  results: fc.option(words(1, 3), { nil: null }),
  policyAreas: fc.subarray(
    AREAS.map((a) => a.code),
    { maxLength: 3 },
  ),
});

// Regions: Occitanie (76) and its neighbour Nouvelle-Aquitaine (75), Île-de-France (11), far
// from both, La Réunion (04) and Guadeloupe (01) overseas.
const REGIONS = ['76', '75', '11', '04', '01'];

const context = fc.record({
  kind: fc.constantFrom(...COLLECTIVITY_KINDS),
  population: fc.option(fc.constantFrom(500, 2587, 4808, 40_000, 1_000_000), { nil: null }),
  region: fc.option(fc.constantFrom(...REGIONS), { nil: null }),
  budget: fc.option(fc.constantFrom(0, 5000, 19_000, 200_000), { nil: null }),
  fte: fc.option(fc.constantFrom(0.25, 0.5, 3), { nil: null }),
  agents: fc.option(fc.constantFrom(1, 4), { nil: null }),
});

type Text = typeof text extends fc.Arbitrary<infer T> ? T : never;
type Context = typeof context extends fc.Arbitrary<infer T> ? T : never;

function practice(id: string, t: Text, c: Context, n: number): Practice {
  return {
    id,
    title: t.title,
    summary: t.summary,
    collectivity: { name: `Collectivité ${n}`, kind: c.kind, code: `c${n}` },
    partners: [],
    year: 2017,
    award: null,
    policyAreas: t.policyAreas,
    budget:
      c.budget === null
        ? null
        : { amount: c.budget, period: 'annual', precision: 'exact', text: '', lines: [] },
    staff: c.fte === null && c.agents === null ? null : { fte: c.fte, agents: c.agents, text: '' },
    results: t.results,
    source: { document: 'généré', publisher: null, url: null, file: null },
    ...noTransferFacts(),
    officialName: null,
    population: c.population,
    region: c.region,
    department: null,
  };
}

/** A catalogue of 8 to 36 practices over a few texts and contexts, in a random insertion order. */
export const catalogue = fc
  .record({
    texts: fc.array(text, { minLength: 1, maxLength: 5 }),
    contexts: fc.array(context, { minLength: 1, maxLength: 4 }),
    picks: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 8, maxLength: 36 }),
    ids: fc.uniqueArray(fc.stringMatching(/^[a-e]{1,4}$/), { minLength: 36, maxLength: 36 }),
  })
  .map(({ texts, contexts, picks, ids }) =>
    picks.map(([t, c, who], i) =>
      practice(
        ids[i] as string,
        texts[t % texts.length] as Text,
        contexts[c % contexts.length] as Context,
        who % 3,
      ),
    ),
  );

/** A target described by hand (no geography), and its profile as the README reads it. */
export const target = fc
  .record({
    kind: fc.option(fc.constantFrom(...COLLECTIVITY_KINDS), { nil: undefined }),
    population: fc.option(fc.constantFrom(300, 2587, 40_000, 500_000), { nil: undefined }),
    region: fc.option(fc.constantFrom(...REGIONS), { nil: undefined }),
    budget: fc.option(fc.constantFrom(0, 4000, 20_000, 1_000_000), { nil: undefined }),
    staff: fc.option(fc.constantFrom(0, 0.25, 1, 2), { nil: undefined }),
  })
  .map((input: TargetInput) => ({ input, profile: profileOf(input) }));

function profileOf(input: TargetInput): TargetProfile {
  return {
    name: null,
    kind: input.kind ?? null,
    code: null,
    population: input.population ?? null,
    region: input.region ?? null,
    department: null,
    budget: input.budget ?? null,
    staff: input.staff ?? null,
  };
}

const weight = fc.oneof(fc.constantFrom(0, 0.5, 1, 2), fc.double({ min: 0, max: 3, noNaN: true }));

/** α alone: every fit weight at 0 (the fit is then 1 for every practice). */
export function noFitWeights(alpha: number): ScoreWeights {
  return { relevance: alpha, size: 0, kind: 0, territory: 0, policyArea: 0, budget: 0, staff: 0 };
}

/** The defaults, any weights, or every fit weight at 0 (then α decides alone). */
export const weights: fc.Arbitrary<ScoreWeights> = fc.oneof(
  fc.constant({ ...DEFAULT_WEIGHTS }),
  fc.record({
    relevance: weight,
    size: weight,
    kind: weight,
    territory: weight,
    policyArea: weight,
    budget: weight,
    staff: weight,
  }),
  fc.constantFrom(0, 1, 2).map(noFitWeights),
);

/** A need of one to four words of the vocabulary. */
export const need = words(1, 4);
