import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus, loadOfficialGeography, loadPolicyAreas } from '../node';
import { CRITERION_NAMES } from '../scoring/criterion';
import { MIN_RELEVANCE_WEIGHT } from '../scoring/weights';
import { SizeFit } from '../scoring/size-fit';
import { DEFAULT_WEIGHTS } from '../scoring/weights';
import { TfIdfIndex } from '../search/tf-idf-index';
import { FrenchAnalyzer } from '../text/french-analyzer';
import { FrenchStemmer } from '../text/french-stemmer';
import { FrenchTokenizer } from '../text/french-tokenizer';
import { createEssaimage } from './create-essaimage';
import { weights } from './reference-catalogue.fixture';
import { ReferenceEngine } from './reference-score';
import { TOKENS } from './tokens';
import type { RankedPractice } from './types';

const practices = loadBundledCorpus();
const geography = loadOfficialGeography();
const policyAreas = loadPolicyAreas();
const engine = createEssaimage({ practices, geography, policyAreas });
const PAMIERS = { official: { kind: 'commune' as const, code: '09225' } };
const BIKES = 'mettre des vélos en libre-service gratuits pour les habitants';
const reference = new ReferenceEngine(
  practices,
  new FrenchAnalyzer(new FrenchTokenizer(), new FrenchStemmer()),
  policyAreas,
);
describe('recommend', () => {
  it("puts Saverdun's Récup'vélos first for free bicycles in Pamiers, and says why in French", () => {
    const { target, results } = engine.recommend({ need: BIKES, target: PAMIERS });
    expect(target).toMatchObject({
      name: 'Pamiers',
      kind: 'commune',
      region: '76',
      department: '09',
    });
    const first = results[0]!;
    expect(first.collectivity.code).toBe('09282');
    expect(first.title).toMatch(/v[ée]los/i);
    expect(first.criteria.relevance.reason).toMatch(/^« vélos », .* en commun avec votre besoin$/);
    expect(first.criteria.territory.reason).toBe('même région que vous (Occitanie)');
    expect(first.criteria.kind.reason).toBe('menée par une commune, comme vous');
    expect(first.criteria.size.reason).toMatch(/^population 4 808 contre \d/);
    expect(first.criteria.budget).toMatchObject({ score: null, missing: true });
    expect(first.criteria.budget.reason).toMatch(/plafond non renseigné : critère neutre/);
  });

  it('returns every criterion with score, weight, reason and missing, best first', () => {
    const { results } = engine.recommend({
      need: 'conditions de travail des agents',
      target: PAMIERS,
      top: 5,
    });
    expect(results).toHaveLength(5);
    for (const r of results) {
      expect(Object.keys(r.criteria).sort()).toEqual([...CRITERION_NAMES].sort());
      for (const c of Object.values(r.criteria)) {
        expect(typeof c.reason).toBe('string');
        expect(c.reason.length).toBeGreaterThan(5);
        expect(c.missing).toBe(c.score === null);
      }
    }
    const scores = results.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('ranks exactly as the README reference scoring every practice would', () => {
    const query = {
      need: 'améliorer les conditions de travail des agents des ateliers municipaux',
      target: { official: { kind: 'commune' as const, code: '39189' }, budget: 20000, staff: 2 },
      top: 8,
    };
    const { target, results } = engine.recommend(query);
    const expected = reference.recommend({ ...query, target, weights: DEFAULT_WEIGHTS }).results;
    expect(results.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    results.forEach((r, i) => expect(r.score).toBeCloseTo(expected[i]!.score, 12));
  });

  it('prunes nothing it should keep, ties at the cut-off included (property)', () => {
    // Every third practice has a twin (same text and collectivity) added last under an id that
    // sorts first: equal scores, and the twin must win the tie on its id at any cut-off.
    const twins = practices.filter((_, i) => i % 3 === 0).map((p) => ({ ...p, id: `0-${p.id}` }));
    const withTwins = createEssaimage({
      practices: [...practices, ...twins],
      geography,
      policyAreas,
    });
    let tiesSeen = 0;
    const words = [
      'vélos',
      'agents',
      'habitants',
      'énergie',
      'jeunes',
      'santé',
      'déchets',
      'écoles',
    ];
    fc.assert(
      fc.property(
        fc.subarray(words, { minLength: 1 }),
        weights, // the defaults, any, or no fit weight (bounds of exactly 1; α = 0 ties all)
        fc.constantFrom('09225', '39189', '75056', '97411'),
        fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined }),
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        (need, w, code, budget, top, includeOwn) => {
          const query = {
            need: need.join(' '),
            target: { official: { kind: 'commune' as const, code }, budget },
            weights: w,
            includeOwn,
          };
          // The top k first, so that the bounds it leaves are partly computed when the full
          // ranking reuses them.
          const ranked = withTwins.recommend({ ...query, top }).results;
          const everything = withTwins.recommend({ ...query, top: practices.length * 2 }).results;
          expect(ranked).toEqual(everything.slice(0, top));
          const last = ranked[ranked.length - 1];
          const next = everything[ranked.length];
          if (last && next && last.score === next.score) tiesSeen++;
          everything.forEach((r, i) => {
            const previous = everything[i - 1];
            if (previous && previous.score === r.score) expect(previous.id < r.id).toBe(true);
          });
        },
      ),
      {
        numRuns: 150,
        // Run first, so that a capped run (the mutation tests') meets ties too: a need on
        // relevance alone, where each twin ties its original, cut at every rank from 1 to 4.
        examples: [1, 2, 3, 4].map((top) => [
          ['agents'],
          { relevance: 1, size: 0, kind: 0, policyArea: 0, territory: 0 },
          '39189',
          undefined,
          top,
          false,
        ]),
      },
    );
    // The property did meet ties at the cut-off.
    expect(tiesSeen).toBeGreaterThan(0);
  });

  it('lets a weight change the order: territory first favours same-region practices', () => {
    const need = 'développement local et commerce';
    const base = engine.recommend({ need, target: PAMIERS, top: 10 });
    const territorial = engine.recommend({
      need,
      target: PAMIERS,
      top: 10,
      weights: { relevance: 0, size: 0, kind: 0, policyArea: 0, territory: 1 },
    });
    expect(territorial.results.map((r) => r.id)).not.toEqual(base.results.map((r) => r.id));
    const sameRegion = (results: RankedPractice[]) =>
      results.slice(0, 5).filter((r) => r.region === '76').length;
    expect(sameRegion(territorial.results)).toBeGreaterThan(sameRegion(base.results));
    // The need is never weighed to nothing: α = 0 is raised to its minimum, and said so.
    expect(territorial.notices).toContainEqual({
      code: 'relevance-weight-raised',
      given: 0,
      used: MIN_RELEVANCE_WEIGHT,
    });
  });

  it("leaves out the target's own practices unless asked", () => {
    const need = 'améliorer les conditions de travail des agents des ateliers municipaux';
    const damparis = { official: { kind: 'commune' as const, code: '39189' } };
    const others = engine.recommend({ need, target: damparis }).results;
    expect(others.map((r) => r.collectivity.code)).not.toContain('39189');
    const own = engine.recommend({ need, target: damparis, includeOwn: true }).results;
    expect(own[0]!.collectivity.code).toBe('39189');
    expect(own[0]!.criteria.size.reason).toBe('population 2 587 contre 2 587 : taille comparable');
  });

  it('honours a candidate pre-filter', () => {
    const allowed = new Set(
      practices.filter((p) => p.collectivity.kind !== 'commune').map((p) => p.id),
    );
    const need = 'bien-être au travail des agents';
    const { results } = engine.recommend({ need, target: PAMIERS, candidates: allowed });
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(allowed.has(r.id)).toBe(true);
  });

  it('rejects an empty need, a bad top, an unknown commune, a negative budget with the field named', () => {
    expect(() => engine.recommend({ need: '  ' })).toThrow(
      /field "need": expected a need in plain French/,
    );
    expect(() => engine.recommend({ need: BIKES, top: 0 })).toThrow(
      /field "top": expected a positive integer, found 0/,
    );
    expect(() =>
      engine.recommend({ need: BIKES, target: { official: { kind: 'commune', code: '00000' } } }),
    ).toThrow(
      /field "commune": expected the INSEE code of a commune known to the official geography, found "00000"/,
    );
    expect(() => engine.recommend({ need: BIKES, target: { budget: -1 } })).toThrow(
      /field "budget": expected a number zero or more, found -1/,
    );
  });

  it('gives no result, not an error, for a need made of stop words only', () => {
    expect(engine.recommend({ need: 'le la les de des' }).results).toEqual([]);
  });

  it('gives the same ranking whatever the insertion order, and in another process', () => {
    const reversed = createEssaimage({
      practices: [...practices].reverse(),
      geography,
      policyAreas,
    });
    const queries = [
      { need: BIKES, target: PAMIERS },
      {
        need: 'conditions de travail des agents',
        target: { population: 2587, kind: 'commune' as const, region: '27', budget: 20000 },
      },
      { need: 'énergie des écoles', weights: { territory: 0, size: 0 } },
    ];
    const here = queries.map((q) => engine.recommend(q));
    for (const [i, q] of queries.entries()) expect(reversed.recommend(q), q.need).toEqual(here[i]);
    // A fresh Node process, which builds its index from scratch.
    const script = `
      import { createEssaimage } from './packages/core/src/index';
      import { loadBundledCorpus, loadOfficialGeography, loadPolicyAreas } from './packages/core/src/node/index';
      const e = createEssaimage({ practices: loadBundledCorpus(), geography: loadOfficialGeography(), policyAreas: loadPolicyAreas() });
      console.log(JSON.stringify(${JSON.stringify(queries)}.map((q) => e.recommend(q))));`;
    const root = fileURLToPath(new URL('../../../../', import.meta.url));
    const out = execFileSync(join(root, 'node_modules/.bin/tsx'), ['-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(here)));
  });

  it('keeps every score in [0, 1] (property)', () => {
    const words = [
      'vélos',
      'agents',
      'participation',
      'habitants',
      'énergie',
      'numérique',
      'crèche',
      'santé',
      'budget',
      'école',
      'commerce',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 100, max: 2_000_000 }),
        fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
        (need, population, budget) => {
          const query = {
            need: need.join(' '),
            target: { population, kind: 'commune' as const, region: '27', budget },
            top: 10,
          };
          for (const r of engine.recommend(query).results) {
            expect(r.score).toBeGreaterThanOrEqual(0);
            expect(r.score).toBeLessThanOrEqual(1);
            for (const c of Object.values(r.criteria))
              if (c.score !== null) {
                expect(c.score).toBeGreaterThanOrEqual(0);
                expect(c.score).toBeLessThanOrEqual(1);
              }
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('similar', () => {
  it('finds working-life and HR practices first for Garges « Echange ton poste »', () => {
    const garges = practices.find((p) => /Echange ton poste/i.test(p.title))!;
    const { practice, results } = engine.similar(garges.id, { top: 3 });
    expect(practice.id).toBe(garges.id);
    expect(results.map((r) => r.id)).not.toContain(garges.id);
    const hr = new Set([
      'ressources-humaines',
      'qualite-vie-travail',
      'innovation-manageriale',
      'participation-agents',
      'management-public',
    ]);
    for (const r of results.slice(0, 2)) {
      expect(
        engine.practice(r.id)!.policyAreas.some((a) => hr.has(a)),
        r.id,
      ).toBe(true);
    }
    expect(results[0]!.criteria.relevance.reason).toMatch(
      /^proximité \d+ % avec « Echange ton poste » \(cosinus des textes \d,\d\d\)$/,
    );
  });

  it('reads its proximité from the exact text cosine and keeps to a candidate pre-filter', () => {
    const saverdun = practices.find((p) => p.collectivity.code === '09282')!;
    const index = engine.index as TfIdfIndex;
    const allowed = new Set(practices.filter((p) => p.region === '76').map((p) => p.id));
    const { results } = engine.similar(saverdun.id, { top: 5, candidates: allowed });
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(allowed.has(r.id)).toBe(true);
      // Proximité: the cosine on the need's text-score scale (README), at most 100 %.
      const cosine = index.cosine(saverdun.id, r.id);
      expect(r.criteria.relevance.score).toBeCloseTo(Math.min(1, cosine / 0.15), 12);
      expect(r.criteria.relevance.reason).toContain(cosine.toFixed(2).replace('.', ','));
      expect(r.criteria.relevance.reason).toMatch(
        new RegExp(
          `^proximité ${Math.round((r.criteria.relevance.score ?? Number.NaN) * 100)} % avec `,
        ),
      );
    }
  });

  it('rejects an unknown id', () => {
    expect(() => engine.similar('nope')).toThrow(
      /field "id": expected the id of a known practice, found "nope"/,
    );
  });
});

describe('wiring', () => {
  it('lets a user replace one criterion through its token', () => {
    class FlatSize extends SizeFit {
      override score() {
        return 0.123;
      }
    }
    const custom = createEssaimage({
      practices,
      geography,
      policyAreas,
      configure: (c) => c.register(TOKENS.SizeFit, { useValue: new FlatSize() }),
    });
    const [first] = custom.recommend({ need: BIKES, target: PAMIERS }).results;
    expect(first!.criteria.size.score).toBe(0.123);
    // The default engine is untouched: each engine has its own child container.
    expect(
      engine.recommend({ need: BIKES, target: PAMIERS }).results[0]!.criteria.size.score,
    ).not.toBe(0.123);
  });

  it("computes a new target's fit only for the practices a need reaches", () => {
    const sized = new Set<string>();
    class CountingSize extends SizeFit {
      override score(...args: Parameters<SizeFit['score']>) {
        sized.add(args[0].id);
        return super.score(...args);
      }
    }
    const counting = createEssaimage({
      practices,
      geography,
      policyAreas,
      configure: (c) => c.register(TOKENS.SizeFit, { useValue: new CountingSize() }),
    });
    const need = 'prévenir les incendies de forêt';
    const { results } = counting.recommend({ need, target: PAMIERS, top: 3 });
    expect(results.length).toBeGreaterThan(0);
    const reached = counting.index.scoreAll(need).scores.filter((score) => score > 0).length;
    expect(reached).toBeLessThan(practices.length / 2);
    expect(sized.size).toBeGreaterThan(0);
    expect(sized.size).toBeLessThan(practices.length / 2);
  });

  it('starts from a serialised index and ranks exactly as a fresh one', () => {
    const bytes = engine.index instanceof TfIdfIndex ? engine.index.serialize() : new Uint8Array();
    const restored = createEssaimage({ practices, geography, policyAreas, prebuiltIndex: bytes });
    const query = { need: 'transition énergétique des écoles', target: PAMIERS, top: 5 };
    expect(restored.recommend(query)).toEqual(engine.recommend(query));
    // The prebuilt index is used as it is: a practice indexed there under other words is
    // found by those words, not by its own text.
    const relabelledId = practices.find((p) => p.collectivity.code !== '09225')!.id;
    const index = new TfIdfIndex(new FrenchAnalyzer(new FrenchTokenizer(), new FrenchStemmer()));
    for (const p of practices) {
      index.add(p.id, [{ text: p.id === relabelledId ? 'zygomatique' : p.title, weight: 1 }]);
    }
    const relabelled = createEssaimage({
      practices,
      geography,
      policyAreas,
      prebuiltIndex: index.serialize(),
    });
    const found = relabelled.recommend({ need: 'zygomatique', target: PAMIERS }).results;
    expect(found.map((r) => r.id)).toEqual([relabelledId]);
    // Practices missing from the prebuilt index are indexed; extra indexed ids are dropped.
    const fewer = createEssaimage({
      practices: practices.slice(1),
      geography,
      policyAreas,
      prebuiltIndex: bytes,
    });
    expect(fewer.index.has(practices[0]!.id)).toBe(false);
    expect(fewer.size).toBe(practices.length - 1);
    // Started from the serialised index (doc numbers are not reused: the dropped one stays
    // counted), not from an index built afresh.
    expect((fewer.index as TfIdfIndex).maxDoc).toBe(practices.length);
  });

  it('adds and removes practices incrementally', () => {
    const e = createEssaimage({ practices, geography, policyAreas });
    const saverdun = practices.find((p) => p.collectivity.code === '09282')!;
    expect(e.remove(saverdun.id)).toBe(true);
    expect(e.recommend({ need: BIKES, target: PAMIERS }).results.map((r) => r.id)).not.toContain(
      saverdun.id,
    );
    e.add([saverdun]);
    expect(e.recommend({ need: BIKES, target: PAMIERS }).results[0]!.id).toBe(saverdun.id);
  });
});
