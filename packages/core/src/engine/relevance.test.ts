import { describe, expect, it } from 'vitest';
import { BUNDLED_LEXICON_STEMS, bundledLexicon } from '../lexicon/lexicon';
import { loadBundledCorpus, loadOfficialGeography, loadPolicyAreas } from '../node';
import type { Practice } from '../practice/record';
import { FrenchAnalyzer } from '../text/french-analyzer';
import { FrenchStemmer } from '../text/french-stemmer';
import { FrenchTokenizer } from '../text/french-tokenizer';
import { createEssaimage } from './create-essaimage';
import { expandNeed } from './need-concepts';
import { PERTINENCE_FLOOR } from './pertinence';

const practices = loadBundledCorpus();
const geography = loadOfficialGeography();
const policyAreas = loadPolicyAreas();
const engine = createEssaimage({ practices, geography, policyAreas });
const DAMPARIS = { official: { kind: 'commune' as const, code: '39189' } };

/** Two practices alike in everything but one word of their title: « vélos » or « bicyclettes ». */
function twins(): Practice[] {
  const base = practices.find((p) => p.id === 'saverdun-recup-velos-en-liberte') as Practice;
  const neutral = 'Une commune met à disposition des habitants, gratuitement, pour leurs trajets.';
  return ['vélos', 'bicyclettes'].map((word) => ({
    ...base,
    id: `twin-${word}`,
    title: `Des ${word} pour tous`,
    summary: neutral,
    results: null,
  }));
}

describe('relevance in the user’s words', () => {
  const others = practices.filter((p) => p.id !== 'saverdun-recup-velos-en-liberte');
  const withTwins = createEssaimage({ practices: [...others, ...twins()], geography, policyAreas });

  it('ranks an exact match above a match on a related word only, all else equal', () => {
    for (const [need, first, second] of [
      ['prêter des vélos', 'twin-vélos', 'twin-bicyclettes'],
      ['prêter des bicyclettes', 'twin-bicyclettes', 'twin-vélos'],
    ] as const) {
      const { results } = withTwins.recommend({ need, target: DAMPARIS, top: 5 });
      const ids = results.map((r) => r.id);
      expect(ids.indexOf(first)).toBeGreaterThanOrEqual(0);
      expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
      const [a, b] = [first, second].map((id) => results.find((r) => r.id === id)!);
      expect(a!.pertinence).toBeGreaterThan(b!.pertinence);
      expect(a!.transferability).toBe(b!.transferability);
    }
  });

  it('names the related word that matched, as the practice says it', () => {
    const { results } = engine.recommend({ need: 'prêter des bicyclettes aux habitants', top: 3 });
    expect(results[0]!.id).toBe('saverdun-recup-velos-en-liberte');
    expect(results[0]!.criteria.relevance.reason).toContain('« bicyclettes » ≈ « vélos »');
  });

  it('finds the obvious practice for needs in everyday words', () => {
    const cases = [
      [
        "aider les aînés à se servir d'internet et des tablettes",
        'onet-le-chateau-bien-vieillir-numerique',
      ],
      ['redonner vie aux boutiques du centre-ville', 'albi-dynamiser-commerce-albigeois'],
      [
        'rendre les fonctionnaires plus heureux au boulot',
        'le-lamentin-management-bienveillant-bonheur-au-travail',
      ],
    ] as const;
    for (const [need, id] of cases) {
      expect(engine.recommend({ need, target: DAMPARIS, top: 3 }).results[0]?.id).toBe(id);
    }
  });

  it('gives no answer and a code for a need made only of words that say little', () => {
    const result = engine.recommend({
      need: 'aider à mettre en place et utiliser',
      target: DAMPARIS,
    });
    expect(result.results).toEqual([]);
    expect(result.notices).toContainEqual({ code: 'need-too-vague' });
  });

  it('says when nothing passes the floor, and keeps what barely touches the need apart', () => {
    // « cours » touches one practice, under the floor; « xylophone » is in none.
    const result = engine.recommend({ need: 'cours de xylophone', target: DAMPARIS });
    expect(result.results).toEqual([]);
    expect(result.belowFloor).toBeGreaterThan(0);
    expect(result.notices).toEqual([{ code: 'nothing-relevant' }]);
    const all = engine.recommend({ need: 'vélos', target: DAMPARIS, top: 50 });
    expect(all.results.length + all.belowFloor).toBeGreaterThan(0);
    for (const r of all.results) expect(r.pertinence).toBeGreaterThanOrEqual(PERTINENCE_FLOOR);
  });

  it('reads a practice that answers the need squarely high, and reports both numbers', () => {
    const [best] = engine.recommend({
      need: 'vélos en libre-service gratuits',
      target: DAMPARIS,
    }).results;
    expect(best!.id).toBe('saverdun-recup-velos-en-liberte');
    expect(best!.pertinence).toBeGreaterThan(0.8);
    expect(best!.criteria.relevance.score).toBe(best!.pertinence);
    expect(best!.score).toBeCloseTo(best!.pertinence * best!.transferability, 12);
  });

  it('resets fit weights that are all 0, and says so', () => {
    const zero = { size: 0, kind: 0, territory: 0, policyArea: 0, budget: 0, staff: 0 };
    const result = engine.recommend({ need: 'vélos', target: DAMPARIS, weights: zero });
    expect(result.notices).toContainEqual({ code: 'fit-weights-reset' });
    expect(result.results[0]!.transferability).toBeLessThan(1);
  });

  it('gives the same answer every time', () => {
    const query = { need: 'aider les aînés à se servir des tablettes', target: DAMPARIS, top: 10 };
    expect(engine.recommend(query)).toEqual(engine.recommend(query));
  });

  it('explains one practice, even one’s own or one under the floor, when asked (a fiche)', () => {
    const id = 'damparis-reinventer-ateliers-municipaux';
    const need = 'ateliers municipaux';
    const query = { need, target: DAMPARIS, candidates: new Set([id]) };
    expect(engine.recommend(query).results).toEqual([]);
    const [own] = engine.recommend({ ...query, includeOwn: true, includeBelowFloor: true }).results;
    expect(own!.id).toBe(id);
    expect(own!.criteria.relevance.reason).toContain('« ateliers »');
  });

  it("leaves the target's own practices out of similar too, unless asked", () => {
    const id = 'vertou-budget-participatif-agents';
    const own = practices.find((p) => p.id === 'damparis-reinventer-ateliers-municipaux')!;
    const similar = engine.similar(id, { target: DAMPARIS, top: 48 }).results.map((r) => r.id);
    expect(similar).not.toContain(own.id);
    const all = engine.similar(id, { target: DAMPARIS, top: 48, includeOwn: true });
    expect(all.results.map((r) => r.id)).toContain(own.id);
  });
});

describe('the bundled lexicon', () => {
  it('was built with the analyzer core uses (rebuild it with npm run lexicon otherwise)', () => {
    const analyzer = new FrenchAnalyzer(new FrenchTokenizer(), new FrenchStemmer());
    for (const [word, terms] of Object.entries(BUNDLED_LEXICON_STEMS)) {
      expect(analyzer.terms(word).join(' ')).toBe(terms);
    }
  });

  it('relates the words of public action, each to its source', () => {
    const lexicon = bundledLexicon();
    const related = lexicon.related('bicyclet');
    expect(related[0]).toEqual({ terms: ['velo'], source: 'curated' });
    expect(lexicon.related('heureux').some((r) => r.terms.includes('latrin'))).toBe(false);
    expect(lexicon.isGeneric('aid')).toBe(true);
    expect(lexicon.related('no-such-term')).toEqual([]);
  });

  it('gives each word its own related words when the stemmer gives two words one term', () => {
    const analyzer = new FrenchAnalyzer(new FrenchTokenizer(), new FrenchStemmer());
    const lexicon = bundledLexicon();
    const termOf = (word: string) => analyzer.terms(word)[0]!;
    const relatedOf = (word: string) =>
      lexicon.related(termOf(word), word).map((r) => r.terms.join(' '));
    // The stemmer's collisions: the lists must not mix the two meanings.
    expect(termOf('isolement')).toBe(termOf('isolation'));
    expect(relatedOf('isolement')).toContain(analyzer.terms('solitude').join(' '));
    expect(relatedOf('isolement')).not.toContain(analyzer.terms('thermique').join(' '));
    expect(relatedOf('isolation')).toContain(analyzer.terms('thermique').join(' '));
    expect(termOf('équipes')).toBe(termOf('équipement'));
    expect(relatedOf('équipes')).not.toContain(analyzer.terms('construction').join(' '));
    // « données » shares its term with the generic « donner », yet says something.
    expect(termOf('données')).toBe(termOf('donner'));
    expect(lexicon.isGeneric(termOf('donner'), 'donner')).toBe(true);
    expect(lexicon.isGeneric(termOf('données'), 'données')).toBe(false);
    expect(relatedOf('données')).toContain(analyzer.terms('statistique').join(' '));
  });

  it('expands a need by the word the user wrote: « isolement » finds loneliness, not insulation', () => {
    const tokenizer = new FrenchTokenizer();
    const analyzer = new FrenchAnalyzer(tokenizer, new FrenchStemmer());
    const parts = { tokenizer, analyzer, lexicon: bundledLexicon() };
    const related = (need: string) =>
      expandNeed(need, parts, () => 1, 1).concepts[0]!.related.map((r) => r.terms.join(' '));
    expect(related("l'isolement des aînés")).toContain(analyzer.terms('solitude').join(' '));
    expect(related("l'isolement des aînés")).not.toContain(analyzer.terms('thermique').join(' '));
    expect(related("l'isolation des écoles")).toContain(analyzer.terms('thermique').join(' '));
  });
});
