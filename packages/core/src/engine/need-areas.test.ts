import { describe, expect, it } from 'vitest';
import { barePractice } from './bare-practice.fixture';
import { inferNeedAreas, NEED_AREA_VOTERS } from './need-areas';

const voter = (id: string, areas: string[], relevance: number) => ({
  practice: barePractice(id, id, id, { policyAreas: areas }),
  relevance,
});

describe('inferNeedAreas', () => {
  it('orders the kept areas by their votes, not by the order they were first voted for', () => {
    // « sante » is voted first but with less weight than « mobilite » and « sport ».
    const areas = inferNeedAreas([
      voter('a', ['sante'], 0.6),
      voter('b', ['mobilite'], 0.5),
      voter('c', ['mobilite'], 0.4),
      voter('d', ['sport'], 0.7),
    ]);
    expect(areas).toEqual(['mobilite', 'sport', 'sante']);
  });

  it('breaks equal votes on the area code', () => {
    expect(inferNeedAreas([voter('a', ['sport'], 0.5), voter('b', ['culture'], 0.5)])).toEqual([
      'culture',
      'sport',
    ]);
  });

  it('counts a main area fully and the others at half, keeping those with half the best vote', () => {
    // culture: 1; sport: 0.5 (second area) → kept at exactly half; sante: 0.4 → dropped.
    expect(
      inferNeedAreas([voter('a', ['culture', 'sport'], 1), voter('b', ['sante'], 0.4)]),
    ).toEqual(['culture', 'sport']);
  });

  it(`lets only the ${NEED_AREA_VOTERS} most relevant practices vote`, () => {
    const top = Array.from({ length: NEED_AREA_VOTERS }, (_, i) => voter(`p${i}`, ['culture'], 1));
    // Past the voters, even many practices of another area change nothing.
    for (let i = 0; i < 20; i++) top.push(voter(`q${i}`, ['sport'], 1));
    expect(inferNeedAreas(top)).toEqual(['culture']);
  });

  it('keeps three areas at most', () => {
    const areas = inferNeedAreas(
      ['a', 'b', 'c', 'd'].map((area) => voter(area, [`domaine-${area}`], 1)),
    );
    expect(areas).toEqual(['domaine-a', 'domaine-b', 'domaine-c']);
  });

  it('infers nothing when no practice is relevant or none has an area', () => {
    expect(inferNeedAreas([])).toEqual([]);
    expect(inferNeedAreas([voter('a', ['culture'], 0)])).toEqual([]);
    expect(inferNeedAreas([voter('a', [], 1)])).toEqual([]);
  });
});
