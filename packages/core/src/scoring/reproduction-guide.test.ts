import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../node/bundled-corpus';
import type { Practice } from '../practice/record';
import { durationSentence, reproductionGuide } from './reproduction-guide';
import { UNKNOWN_TARGET, type TargetProfile } from './target';

const corpus = loadBundledCorpus();
const practice = (id: string): Practice => {
  const found = corpus.find((p) => p.id === id);
  if (!found) throw new Error(id);
  return found;
};
const damparis: TargetProfile = { ...UNKNOWN_TARGET, name: 'Damparis', population: 2587 };

describe('reproductionGuide', () => {
  it('scales Saverdun for Damparis: √(2 587 / 4 808) ≈ 0,73, the unit cost as it is', () => {
    const guide = reproductionGuide(practice('saverdun-recup-velos-en-liberte'), damparis);
    expect(guide.scale).toBe(
      "À l'échelle de Damparis (2 587 hab. contre 4 808) : montants et effectifs divisés par 1,4 (racine du rapport des populations).",
    );
    // 19 000 × 0,7335 = 13 937, two significant digits: 14 000.
    expect(guide.budget).toEqual([
      'Charges de personnel : 19 000 € par an (fonctionnement), soit environ 14 000 € à votre échelle.',
      "Réparation d'un vélo : au plus 30 € par vélo (coût unitaire, le même chez vous).",
    ]);
    // 0,5 × 0,7335 = 0,367: two significant digits, as the amounts, 0,37.
    expect(guide.staff).toBe('0,5 ETP, soit environ 0,37 ETP à votre échelle.');
    expect(guide).toMatchObject({
      duration: null,
      partners: [],
      funding: [],
      contact: null,
      worked: [],
      hindered: [],
    });
  });

  it("gives Damparis's duration, contact, and what worked and hindered, in the source's words", () => {
    const guide = reproductionGuide(practice('damparis-reinventer-ateliers-municipaux'), damparis);
    expect(guide.scale).toBeNull();
    expect(guide.duration).toBe(
      '3 ans à partir de 2020 (« A partir de 2020 et pendant trois ans »)',
    );
    expect(guide.contact).toBe('Michel Ginies, Maire de Damparis');
    expect(guide.hindered).toEqual(['malgré les nombreux clivages existants']);
    expect(guide.worked[0]).toMatch(/en co-construisant avec les services/);
    expect(guide.budget).toEqual([]);
    // Nothing to scale, so no scale, even for a collectivity of another size.
    const saverdun = { ...UNKNOWN_TARGET, name: 'Saverdun', population: 4808 };
    expect(
      reproductionGuide(practice('damparis-reinventer-ateliers-municipaux'), saverdun).scale,
    ).toBeNull();
  });

  it('keeps an upper bound an upper bound, and costs borne by others out of the scaling', () => {
    const hdf = reproductionGuide(practice('hauts-de-france-sages-surete-lycees'), damparis);
    expect(hdf.budget[0]).toMatch(
      /^Au plus 10 000 € hors salaires, soit au plus \d+ € à votre échelle\.$/,
    );
    const pool = reproductionGuide(
      practice('paris-chaudiere-numerique-piscine-butte-aux-cailles'),
      damparis,
    );
    expect(pool.budget[1]).toBe(
      'Installation, exploitation et maintenance : à la charge de Stimergy, pas de la collectivité.',
    );
    expect(pool.partners[0]).toMatch(/^Stimergy \(entreprise\) : a obtenu le marché/);
  });

  it('names funders with their share: Dunkerque « en totalité par l’Union Européenne »', () => {
    const guide = reproductionGuide(practice('dunkerque-global-schools'), UNKNOWN_TARGET);
    expect(guide.scale).toBeNull();
    expect(guide.funding).toEqual([
      "Union Européenne : 100 %, 48 000 € (« pris en charge en totalité par l'Union Européenne »)",
    ]);
    expect(guide.duration).toBe('3 ans (« sur trois ans »)');
    expect(guide.budget).toEqual(["Budget d'actions : 48 000 € sur la période."]);
  });

  it('reads periods: start and end, start only', () => {
    expect(durationSentence({ start: 2009, end: 2017, months: null, text: 'de 2009 à 2017' })).toBe(
      'De 2009 à 2017 (9 ans) (« de 2009 à 2017 »)',
    );
    expect(durationSentence({ start: 2012, end: null, months: null, text: 'depuis 2012' })).toBe(
      'Depuis 2012 (« depuis 2012 »)',
    );
    expect(durationSentence({ start: null, end: null, months: 9, text: 'pendant 9 mois' })).toBe(
      '9 mois (« pendant 9 mois »)',
    );
  });
});
