import { noTransferFacts, type Practice } from '@essaimage/core';
import { describe, expect, it } from 'vitest';
import './practice-table';
import type { PracticeTable } from './practice-table';

const practice = (
  id: string,
  title: string,
  year: number | null,
  population: number,
): Practice => ({
  id,
  title,
  summary: `Résumé de ${title}`,
  collectivity: { name: id, kind: 'commune', code: null },
  partners: [],
  year,
  award: null,
  policyAreas: [],
  budget: null,
  staff: null,
  results: null,
  source: { document: 'test', publisher: null, url: null, file: null },
  ...noTransferFacts(),
  officialName: null,
  population,
  region: null,
  department: null,
});

const PRACTICES = [
  practice('a', 'Vélos en liberté', 2017, 4808),
  practice('b', 'Ateliers réinventés', 2023, 2587),
  practice('c', 'Bancs pour les aînés', null, 50000),
];

async function mount(): Promise<PracticeTable> {
  const table = document.createElement('practice-table');
  table.practices = PRACTICES;
  document.body.append(table);
  await table.updateComplete;
  return table;
}

const ids = (table: PracticeTable) =>
  [...table.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-id'));

describe('<practice-table>', () => {
  it('sorts by year, newest first, unknown years last, and reverses on a second click', async () => {
    const table = await mount();
    expect(ids(table)).toEqual(['b', 'a', 'c']);
    const header = (label: string) =>
      [...table.shadowRoot!.querySelectorAll('th button')].find((b) =>
        b.textContent?.includes(label),
      ) as HTMLButtonElement;
    header('Population').click();
    await table.updateComplete;
    expect(ids(table)).toEqual(['b', 'a', 'c']);
    expect(header('Population').closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    header('Population').click();
    await table.updateComplete;
    expect(ids(table)).toEqual(['c', 'a', 'b']);
  });

  it('searches titles and summaries without accents and reports the selection', async () => {
    const table = await mount();
    const selections: string[][] = [];
    table.addEventListener('selection-change', (e) => selections.push(e.detail));
    const search = table.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    search.value = 'velos';
    search.dispatchEvent(new InputEvent('input'));
    await table.updateComplete;
    await Promise.resolve();
    expect(ids(table)).toEqual(['a']);
    expect(selections.at(-1)).toEqual(['a']);
    expect(table.shadowRoot!.querySelector('#row-count')?.textContent).toContain(
      '1 pratique(s) affichée(s) sur 3',
    );
  });
});
