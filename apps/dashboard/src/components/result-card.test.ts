import type { RankedPractice } from '@essaimage/core';
import { describe, expect, it } from 'vitest';
import './result-card';

const criterion = (score: number | null, reason: string) => ({
  score,
  weight: 1,
  reason,
  missing: score === null,
});

const RESULT: RankedPractice = {
  id: 'saverdun-recup-velos-en-liberte',
  title: 'Récup’vélos <img src=x onerror="window.hacked=1"> en liberté',
  collectivity: { name: 'Saverdun', kind: 'commune', code: '09282' },
  year: 2017,
  award: {
    programme: 'Prix TERRITORIA',
    edition: 2017,
    category: 'Qualité de vie',
    medal: 'or',
    sponsor: null,
  },
  population: 4808,
  region: '76',
  score: 0.348,
  pertinence: 0.43,
  transferability: 0.81,
  criteria: {
    relevance: criterion(0.43, '« vélos » en commun avec votre besoin'),
    size: criterion(0.59, 'population 4 808 contre 16 473'),
    kind: criterion(1, 'même type'),
    territory: criterion(1, 'même région'),
    policyArea: criterion(0.75, 'domaines proches'),
    budget: criterion(null, 'budget non renseigné'),
    staff: criterion(null, 'personnel non renseigné'),
  },
};

describe('<result-card>', () => {
  it('shows title, collectivity, year, award, score and one bar per criterion', async () => {
    const card = document.createElement('result-card');
    card.result = RESULT;
    card.rank = 1;
    card.href = '?vue=fiche&id=saverdun-recup-velos-en-liberte';
    document.body.append(card);
    await card.updateComplete;
    const root = card.shadowRoot!;
    expect(root.querySelector('.collectivity')?.textContent).toBe('Saverdun');
    expect(root.querySelector('.meta')?.textContent?.replace(/\s+/g, ' ')).toContain(
      '2017 · Prix TERRITORIA 2017, Qualité de vie, or',
    );
    const numbers = [...root.querySelectorAll('.score .number')].map((n) => {
      const word = n.querySelector('small')?.textContent ?? '';
      return [n.textContent?.replace(word, '').trim(), word];
    });
    expect(numbers).toEqual([
      ['43\u00a0%', 'pertinence'],
      ['81\u00a0%', 'transférabilité'],
    ]);
    expect(root.querySelector('.score')?.getAttribute('title')).toContain('35\u00a0%');
    const bars = root.querySelector('criterion-bars')!;
    await bars.updateComplete;
    expect(bars.shadowRoot!.querySelectorAll('g.criterion')).toHaveLength(7);
    // The strongest and weakest known criteria in words, without hovering.
    const why = [...root.querySelectorAll('.why li')].map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(why).toEqual([
      'Point fort (Type) : même type',
      'Point faible (Pertinence) : « vélos » en commun avec votre besoin',
    ]);
  });

  it('renders practice text as text, never as HTML', async () => {
    const card = document.createElement('result-card');
    card.result = RESULT;
    document.body.append(card);
    await card.updateComplete;
    const link = card.shadowRoot!.querySelector('a[data-practice]')!;
    expect(link.textContent).toBe(RESULT.title);
    expect(link.querySelector('img')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it('asks to open the fiche on a plain click', async () => {
    const card = document.createElement('result-card');
    card.result = RESULT;
    document.body.append(card);
    await card.updateComplete;
    const opened: string[] = [];
    card.addEventListener('open-practice', (e) => opened.push(e.detail));
    card.shadowRoot!.querySelector<HTMLAnchorElement>('a[data-practice]')!.click();
    expect(opened).toEqual(['saverdun-recup-velos-en-liberte']);
  });
});
