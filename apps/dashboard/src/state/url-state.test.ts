import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, type AppState } from './app-state';
import { formatState, parseState } from './url-state';

describe('URL state', () => {
  it('round-trips a whole search through the query string', () => {
    const state: AppState = {
      view: 'fiche',
      practiceId: 'saverdun-recup-velos-en-liberte',
      profile: {
        official: { kind: 'commune', code: '09225' },
        label: 'Pamiers (09) — commune, 16 473 hab.',
        kind: null,
        population: null,
        region: null,
      },
      need: 'mettre des vélos en libre-service gratuits',
      budget: 20000,
      staff: 0.5,
      filters: {
        regions: ['76', '11'],
        kinds: ['commune'],
        bands: ['2k-10k'],
        yearFrom: 2015,
        yearTo: null,
        areas: ['mobilite'],
      },
      weights: { relevance: 0, territory: 2 },
    };
    expect(parseState(formatState(state))).toEqual(state);
  });

  it('writes nothing for the initial state and ignores malformed values', () => {
    expect(formatState(INITIAL_STATE)).toBe('');
    const parsed = parseState('?vue=nulle&pop=abc&w.size=-1&f.type=commune,planete&cible=pays:1');
    expect(parsed.view).toBe('trouver');
    expect(parsed.profile.population).toBeNull();
    expect(parsed.weights).toEqual({});
    expect(parsed.filters.kinds).toEqual(['commune']);
    expect(parsed.profile.official).toBeNull();
  });
});
