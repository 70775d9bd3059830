import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../node/bundled-corpus';
import type { BudgetLine, Practice } from '../practice/record';
import { practice as practiceWith } from './criteria.fixture';
import { formatCount, formatEuros } from './french-format';
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

describe('reproductionGuide of a record worked by hand', () => {
  // A practice of 10 000 inhabitants for a target of 40 000: √4, every amount doubled.
  const bourg: TargetProfile = { ...UNKNOWN_TARGET, name: 'Bourg', population: 40_000 };
  const line = (over: Partial<BudgetLine>): BudgetLine => ({
    label: null,
    amount: null,
    period: null,
    nature: null,
    precision: 'exact',
    tax: null,
    per: null,
    excludes: null,
    bearer: null,
    text: 'texte',
    ...over,
  });
  const record = practiceWith({
    population: 10_000,
    budget: {
      amount: null,
      period: null,
      precision: null,
      text: 'budget',
      lines: [
        line({
          label: 'investissement',
          amount: 12_000,
          period: 'one-off',
          nature: 'investment',
          tax: 'TTC',
        }),
        line({ amount: 0, text: 'gratuit' }),
        line({
          label: 'entretien',
          amount: 500,
          period: 'annual',
          nature: 'operation',
          bearer: 'Stimergy',
        }),
        line({ label: 'animation', text: 'coût non précisé' }),
        line({ amount: 3000, period: 'multi-year', nature: 'investment' }),
      ],
    },
    staff: { fte: null, agents: 3, text: 'trois agents' },
    partners: [{ name: 'Pamiers', kind: 'commune', code: '09225' }],
    partnerships: [
      { name: 'CNES', kind: 'etablissement-public', role: 'fournit les images' },
      { name: 'La Poste', kind: 'entreprise', role: null },
      { name: 'Préfecture', kind: 'etat', role: null },
    ],
    funding: [
      { funder: 'Région', amount: 5000, share: null, text: 'la Région' },
      { funder: 'ADEME', amount: null, share: 0.3, text: 'l’ADEME' },
      { funder: 'Département', amount: null, share: null, text: 'aide du Département' },
    ],
    contact: { name: 'Jeanne Martin', role: 'DGS' },
  });

  it('says each line as its kind needs: scaled, free, borne by others, unquantified, by period', () => {
    const guide = reproductionGuide(record, bourg);
    expect(guide.budget).toEqual([
      `Investissement : ${formatEuros(12_000)} TTC, une fois, soit environ ${formatEuros(24_000)} TTC à votre échelle.`,
      'Aucun coût (« gratuit »).',
      `Entretien : ${formatEuros(500)} par an (fonctionnement), à la charge de Stimergy.`,
      'Animation : montant non chiffré (« coût non précisé »).',
      `${formatEuros(3000)} sur la période (investissement), soit environ ${formatEuros(6000)} à votre échelle.`,
    ]);
    expect(guide.staff).toBe('3 agent(s), soit environ 6 agent(s) à votre échelle.');
    expect(guide.scale).toBe(
      `À l'échelle de Bourg (${formatCount(40_000)} hab. contre ${formatCount(10_000)}) : montants et effectifs multipliés par 2 (racine du rapport des populations).`,
    );
  });

  it('names partners by kind and role, funders by share or amount, the contact by name and role', () => {
    const guide = reproductionGuide(record, bourg);
    expect(guide.partners).toEqual([
      'Pamiers (collectivité co-porteuse)',
      'CNES (établissement public) : fournit les images',
      'La Poste (entreprise)',
      'Préfecture (État)',
    ]);
    expect(guide.funding).toEqual([
      `Région : ${formatEuros(5000)} (« la Région »)`,
      'ADEME : 30 % (« l’ADEME »)',
      'Département (« aide du Département »)',
    ]);
    expect(guide.contact).toBe('Jeanne Martin, DGS');
    const roleOnly = practiceWith({ contact: { name: null, role: 'Maire' } });
    expect(reproductionGuide(roleOnly, bourg).contact).toBe('Maire');
  });

  it('reads a budget without lines from its amount, or quotes it, and a staff without figures', () => {
    const single = practiceWith({
      population: 10_000,
      budget: { amount: 8000, period: 'annual', precision: null, text: '8 000 €', lines: [] },
      staff: { fte: null, agents: null, text: 'les agents du service' },
    });
    const guide = reproductionGuide(single, { ...bourg, name: null });
    expect(guide.budget).toEqual([
      `${formatEuros(8000)} par an, soit environ ${formatEuros(16_000)} à votre échelle.`,
    ]);
    expect(guide.staff).toBe('« les agents du service »');
    expect(guide.scale).toMatch(/^À l'échelle de votre collectivité \(/);
    const unstated = practiceWith({
      budget: { amount: null, period: null, precision: null, text: 'non communiqué', lines: [] },
      staff: { fte: null, agents: null, text: '' },
    });
    const quoted = reproductionGuide(unstated, bourg);
    expect(quoted.budget).toEqual(['« non communiqué »']);
    expect(quoted.staff).toBeNull();
    expect(quoted.scale).toBeNull(); // nothing scaled, nothing said of the scale
  });

  it('scales nothing within 5 % of the practice’s size, and says no scale', () => {
    const same = { ...bourg, population: 4808 * 1.09 }; // √1.09 ≈ 1.044
    const guide = reproductionGuide(practiceWith(), same);
    expect(guide.budget).toEqual([`${formatEuros(19_000)} par an.`]);
    expect(guide.staff).toBe('0,5 ETP.');
    expect(guide.scale).toBeNull();
    const apart = { ...bourg, population: 4808 * 1.11 }; // √1.11 ≈ 1.054
    expect(reproductionGuide(practiceWith(), apart).staff).toMatch(/, soit environ/);
  });

  it('names each kind of partner in French', () => {
    const kinds = {
      collectivite: 'collectivité',
      etat: 'État',
      'etablissement-public': 'établissement public',
      europe: 'Union européenne',
      entreprise: 'entreprise',
      association: 'association',
      autre: 'autre organisme',
    } as const;
    const partnerships = Object.keys(kinds).map((kind) => ({
      name: 'N',
      kind: kind as keyof typeof kinds,
      role: null,
    }));
    expect(reproductionGuide(practiceWith({ partnerships }), bourg).partners).toEqual(
      Object.values(kinds).map((label) => `N (${label})`),
    );
  });

  it('reads periods given by an end only, or by a length of one year', () => {
    expect(durationSentence({ start: null, end: 2019, months: null, text: 'fin 2019' })).toBe(
      "Jusqu'en 2019 (« fin 2019 »)",
    );
    expect(durationSentence({ start: null, end: null, months: 12, text: 'un an' })).toBe(
      '1 an (« un an »)',
    );
    expect(durationSentence({ start: 2021, end: null, months: 24, text: 'deux ans' })).toBe(
      '2 ans à partir de 2021 (« deux ans »)',
    );
  });
});
