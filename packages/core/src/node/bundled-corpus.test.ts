import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../practice/catalogue';
import { formatProblem } from '../practice/problem';
import { loadBundledCorpus, loadPolicyAreas, readBundledRecords } from './bundled-corpus';
import { loadOfficialGeography } from './geography';

describe('the bundled corpus', () => {
  const practices = loadBundledCorpus();
  const byCollectivity = (code: string) => practices.filter((p) => p.collectivity.code === code);

  it('has every record valid, enriched, with unique slug ids', () => {
    expect(practices.length).toBeGreaterThanOrEqual(45);
    expect(new Set(practices.map((p) => p.id)).size).toBe(practices.length);
    for (const p of practices) {
      expect(p.summary.trim().length, p.id).toBeGreaterThan(40);
      expect(p.collectivity.code, p.id).not.toBeNull();
      expect(p.population, p.id).toBeGreaterThan(0);
      expect(p.region, p.id).toMatch(/^\d{2}$/);
      expect(p.policyAreas.length, p.id).toBeGreaterThan(0);
    }
  });

  it('has a year for every practice but those whose source is undated', () => {
    // The Cap Collectif article (003) dates nothing, nor does Malaunay's page (004: its only
    // date is a reader's comment) or Damparis's neighbour teaser (Chambéry, 000): no year
    // rather than a guess.
    const undated = practices.filter((p) => p.year === null);
    expect(undated.map((p) => p.id)).toEqual([
      'malaunay-projet-des-services-partage',
      'vertou-budget-participatif-agents',
      'grand-est-plan-mobilite-employeur',
      'nord-appel-a-projets-bien-etre-au-travail',
      'gard-schema-solidarites-sociales',
      'grand-poitiers-projet-administration',
      'grand-est-concours-innovation-interne',
      'chambery-espaces-sans-tabac',
    ]);
    expect(practices.length - undated.length).toBe(41);
  });

  it('keeps ids stable: the same file gives the same ids in the same order', () => {
    const again = readBundledRecords().map((r) => (r as { id: string }).id);
    expect(practices.map((p) => p.id)).toEqual(again);
  });

  it('holds the spot checks of the source documents', () => {
    const [saverdun] = byCollectivity('09282');
    expect(saverdun?.population).toBe(4808);
    expect(saverdun?.staff?.fte).toBe(0.5);
    expect(saverdun?.budget?.amount).toBe(19000);

    const [lamentin] = byCollectivity('97115');
    expect(lamentin?.region).toBe('01');
    expect(byCollectivity('97213')).toHaveLength(0);
    expect(lamentin?.budget?.amount).toBe(25000);
    expect(lamentin?.results).toMatch(/15\s?%/);
    expect(lamentin?.results).toMatch(/6\s?%/);

    expect(byCollectivity('39189')[0]?.region).toBe('27');
    expect(byCollectivity('75109').length).toBeGreaterThan(0);
    const narbonne = byCollectivity('241100593')[0];
    expect(narbonne?.collectivity.kind).toBe('epci');

    const pmi = practices.find((p) => p.collectivity.code === '75056' && /PMI/.test(p.title));
    expect(pmi).toBeDefined();
    expect(pmi?.budget?.amount ?? null).toBeNull();
  });

  it('counts the 2017 palmarès: 38 awards of the Prix TERRITORIA 2017 at most, medals as stated', () => {
    const territoria2017 = practices.filter(
      (p) => p.award?.programme === 'Prix TERRITORIA' && p.award.edition === 2017,
    );
    expect(territoria2017.length).toBeGreaterThanOrEqual(37);
    expect(territoria2017.length).toBeLessThanOrEqual(38);
    const pilotage = territoria2017.filter((p) => p.award?.category === 'Pilotage / Evaluation');
    expect(pilotage).toHaveLength(2);
  });

  it('tags practices with codes of the taxonomy only', () => {
    const codes = new Set(loadPolicyAreas().map((a) => a.code));
    for (const p of practices)
      for (const area of p.policyAreas) expect(codes.has(area), `${p.id}: ${area}`).toBe(true);
  });

  it('rejects an unknown code, an unknown area and a duplicate id, naming each', () => {
    const [first] = readBundledRecords() as Array<Record<string, unknown>>;
    const result = readCatalogue(
      [
        {
          ...first,
          id: 'nulle-part',
          collectivity: { name: 'Nulle part', kind: 'commune', code: '99999' },
        },
        { ...first, id: 'autre-id', policyAreas: ['astronautique'] },
        first,
        first,
      ],
      {
        geography: loadOfficialGeography(),
        policyAreas: new Set(loadPolicyAreas().map((a) => a.code)),
        where: (i) => `catalogue.json record ${i + 1}`,
      },
    );
    expect(result.practices).toHaveLength(1);
    expect(result.rejected).toEqual([0, 1, 3]);
    expect(result.problems.map(formatProblem)).toEqual([
      'catalogue.json record 1, field "collectivity.code": expected the INSEE code of a commune or municipal arrondissement known to the official geography, found "99999"',
      'catalogue.json record 2, field "policyAreas.0": expected a policy-area code of data/policy-areas.json, found "astronautique"',
      `catalogue.json record 4, field "id": expected an id not used by another record (catalogue.json record 3 has it), found "${String(first?.id)}"`,
    ]);
  });
});
