import { describe, expect, it } from 'vitest';
import { ValidationError, type Problem } from '../practice/problem';
import type { Practice } from '../practice/record';
import { barePractice } from './bare-practice.fixture';
import { createEssaimage } from './create-essaimage';

// What a query is refused for, problem by problem (the code, values and words a CLI or the
// dashboard turns into French), on a two-practice catalogue: no corpus to load.

/** A practice of one title (its summary too), in the mobility area. */
const bare = (id: string, title: string, extra: Partial<Practice> = {}): Practice =>
  barePractice(id, title, title, { policyAreas: ['mobilite'], ...extra });

const engine = createEssaimage({ practices: [bare('a', 'vélos'), bare('b', 'jardins')] });

function problemsOf(run: () => unknown): readonly Problem[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).context).toBe('invalid query');
    return (error as ValidationError).problems;
  }
  throw new Error('no ValidationError');
}

describe('a refused query', () => {
  it('an empty need', () => {
    expect(problemsOf(() => engine.recommend({ need: ' \n ' }))).toEqual([
      {
        code: 'missing',
        where: 'query',
        field: 'need',
        expected: 'a need in plain French',
        found: 'an empty string',
      },
    ]);
  });

  it('a top that is not a positive integer: out of range, or not an integer', () => {
    for (const top of [0, -3]) {
      expect(problemsOf(() => engine.recommend({ need: 'vélos', top }))).toEqual([
        {
          code: 'out-of-range',
          values: { value: top, min: 1, max: Number.MAX_SAFE_INTEGER },
          where: 'query',
          field: 'top',
          expected: 'a positive integer',
          found: String(top),
        },
      ]);
    }
    for (const top of [1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const [problem] = problemsOf(() => engine.similar('a', { top }));
      expect(problem).toMatchObject({ code: 'not-integer', field: 'top', found: String(top) });
    }
    // Past the safe integers: an integer, but out of range.
    const [big] = problemsOf(() => engine.recommend({ need: 'vélos', top: 2 ** 53 }));
    expect(big?.code).toBe('out-of-range');
  });

  it('accepts top 1 and defaults to 10', () => {
    expect(engine.recommend({ need: 'vélos jardins', top: 1 }).results).toHaveLength(1);
    expect(engine.recommend({ need: 'vélos jardins' }).results).toHaveLength(2);
  });

  it('an unknown practice for similar, named', () => {
    expect(problemsOf(() => engine.similar('zz'))).toEqual([
      {
        code: 'unknown-code',
        values: { value: 'zz' },
        where: 'query',
        field: 'id',
        expected: 'the id of a known practice',
        found: '"zz"',
      },
    ]);
  });
});

describe('the need’s areas', () => {
  it('are the query’s own when it gives them, even for a need too vague to search', () => {
    const areas = ['culture', 'sport'];
    const vague = engine.recommend({ need: 'le la les', areas });
    expect(vague.notices).toEqual([{ code: 'need-too-vague' }]);
    expect(vague.needAreas).toEqual(areas);
    expect(vague.needAreas).not.toBe(areas);
    expect(vague.results).toEqual([]);
    expect(vague.belowFloor).toBe(0);
    const given = engine.recommend({ need: 'vélos', areas });
    expect(given.needAreas).toEqual(areas);
    expect(given.needAreas).not.toBe(areas);
    expect(given.results[0]?.criteria.policyArea.score).toBe(0);
    expect(engine.recommend({ need: 'le la les' }).needAreas).toEqual([]);
  });
});

describe('a result', () => {
  const award = {
    programme: 'Prix TERRITORIA',
    edition: 2019,
    category: 'Mobilité',
    medal: 'or' as const,
    sponsor: null,
  };
  const foix = bare('foix', 'vélos en prêt', {
    collectivity: { name: 'Foix', kind: 'commune', code: '09122' },
    officialName: 'Foix (ville)',
    year: 2019,
    award,
    population: 9500,
    region: '76',
    department: '09',
  });
  const other = bare('other', 'vélos partagés');
  const e = createEssaimage({ practices: [foix, other] });

  it('carries the practice’s facts, a copy of its collectivity, and its two numbers', () => {
    const { results } = e.recommend({ need: 'vélos en prêt', target: { population: 9000 } });
    const first = results[0]!;
    expect(first).toMatchObject({
      id: 'foix',
      title: 'vélos en prêt',
      collectivity: { name: 'Foix', kind: 'commune', code: '09122' },
      year: 2019,
      award,
      population: 9500,
      region: '76',
    });
    expect(first.collectivity).not.toBe(foix.collectivity);
    expect(first.pertinence).toBe(first.criteria.relevance.score);
    expect(first.score).toBeCloseTo(
      Math.pow(first.pertinence, first.criteria.relevance.weight) * first.transferability,
      12,
    );
    expect(first.criteria.relevance.missing).toBe(false);
    expect(first.criteria.budget).toMatchObject({ score: null, missing: true });
    expect(first.criteria.size.missing).toBe(false);
    expect(first.criteria.size.weight).toBeGreaterThan(0);
  });

  it('similar compares with the practice’s own collectivity, by its official name', () => {
    const { practice, target, results } = e.similar('foix');
    expect(practice).toEqual(foix); // made again from the engine's compact store
    expect(target).toEqual({
      name: 'Foix (ville)',
      kind: 'commune',
      code: '09122',
      population: 9500,
      region: '76',
      department: '09',
      budget: null,
      staff: null,
    });
    expect(results.map((r) => r.id)).toEqual(['other']);
    expect(e.similar('other').target.name).toBe('other');
  });
});

describe('the catalogue', () => {
  it('lists its practices in insertion order, counts them, and removes only what it has', () => {
    const e = createEssaimage({ practices: [bare('b', 'vélos'), bare('a', 'jardins')] });
    expect(e.practices().map((p) => p.id)).toEqual(['b', 'a']);
    expect(e.size).toBe(2);
    expect(e.remove('zz')).toBe(false);
    expect(e.size).toBe(2);
    expect(e.remove('b')).toBe(true);
    expect(e.remove('b')).toBe(false);
    expect(e.practice('b')).toBeUndefined();
    expect(e.practice('a')?.title).toBe('jardins');
    expect(e.size).toBe(1);
    // Adding a practice again under its id replaces it: one practice, the new text found.
    e.add([bare('a', 'bibliothèque')]);
    expect(e.size).toBe(1);
    expect(e.recommend({ need: 'bibliothèque' }).results.map((r) => r.id)).toEqual(['a']);
    expect(e.recommend({ need: 'jardins' }).results).toEqual([]);
  });
});
