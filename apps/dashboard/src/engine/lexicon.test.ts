import { bundledLexicon, createEssaimage, Geography, type Practice } from '@essaimage/core';
import { describe, expect, it } from 'vitest';

describe('the bundled lexicon in the browser', () => {
  it('loads with the page, from the same origin, and expands a need', () => {
    const lexicon = bundledLexicon();
    expect(lexicon.related('bicyclet')[0]).toEqual({ terms: ['velo'], source: 'curated' });
    const practice: Practice = {
      id: 'velos',
      title: 'Des vélos en libre-service',
      summary: 'La commune prête des vélos.',
    } as Practice;
    const engine = createEssaimage({
      geography: Geography.fromEntities([], []),
      practices: [
        { ...practice, policyAreas: [], collectivity: { name: 'X', kind: 'commune', code: null } },
      ] as Practice[],
    });
    const [first] = engine.recommend({ need: 'des bicyclettes' }).results;
    expect(first?.criteria.relevance.reason).toContain('« bicyclettes » ≈ « vélos »');
    // Nothing was fetched from elsewhere: every resource of the page came from its own server.
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    for (const r of resources) expect(new URL(r.name).origin).toBe(location.origin);
  });
});
