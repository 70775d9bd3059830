import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, NEED_MAX, WEIGHT_MAX, type AppState } from './app-state';
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

  it('keeps a hostile link within bounds: huge weights, negative budgets, a 20 KB need', () => {
    const parsed = parseState(
      `?w.size=1e308&w.relevance=2&budget=-5&etp=-1&besoin=${'a'.repeat(20_000)}`,
    );
    expect(parsed.weights).toEqual({ size: WEIGHT_MAX, relevance: 2 });
    expect(parsed.budget).toBeNull();
    expect(parsed.staff).toBeNull();
    expect(parsed.need).toHaveLength(NEED_MAX);
    // The longest need, every character percent-encoded, still makes a link under 16 KB.
    const link = formatState({ ...INITIAL_STATE, need: 'é'.repeat(NEED_MAX) });
    expect(link.length).toBeLessThan(16_000);
  });
});
