import type { GeoEntity } from '@essaimage/core';
import { describe, expect, it } from 'vitest';
import './collectivity-combobox';
import type { CollectivityCombobox } from './collectivity-combobox';

const PAMIERS: GeoEntity = {
  kind: 'commune',
  code: '09225',
  name: 'Pamiers',
  population: 16473,
  region: '76',
  department: '09',
};
const CC_PAMIERS: GeoEntity = {
  kind: 'epci',
  code: '200066223',
  name: 'CC des Portes d’Ariège Pyrénées',
  population: 39000,
  region: '76',
  department: '09',
};

async function mount(): Promise<{ box: CollectivityCombobox; input: HTMLInputElement }> {
  const box = document.createElement('collectivity-combobox');
  box.suggest = async () => [PAMIERS, CC_PAMIERS];
  document.body.append(box);
  await box.updateComplete;
  return { box, input: box.shadowRoot!.querySelector('input')! };
}

const key = (input: HTMLInputElement, k: string) =>
  input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

describe('<collectivity-combobox>', () => {
  it('is a labelled ARIA combobox that lists suggestions as "Name (dep) — kind, population"', async () => {
    const { box, input } = await mount();
    expect(input.getAttribute('role')).toBe('combobox');
    expect(box.shadowRoot!.querySelector('label')?.textContent).toBe('Votre collectivité');
    input.value = 'pam';
    input.dispatchEvent(new InputEvent('input'));
    await new Promise((r) => setTimeout(r, 0));
    await box.updateComplete;
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = [...box.shadowRoot!.querySelectorAll('[role=option]')];
    expect(options.map((o) => o.textContent?.trim())).toEqual([
      'Pamiers (09) — commune, 16\u00a0473 hab.',
      'CC des Portes d’Ariège Pyrénées (09) — EPCI, 39\u00a0000 hab.',
    ]);
    expect(input.getAttribute('aria-activedescendant')).toBe('option-0');
  });

  it('moves with the arrow keys and picks with Enter', async () => {
    const { box, input } = await mount();
    const picked: (GeoEntity | null)[] = [];
    box.addEventListener('collectivity-select', (e) => picked.push(e.detail));
    input.value = 'pam';
    input.dispatchEvent(new InputEvent('input'));
    await new Promise((r) => setTimeout(r, 0));
    await box.updateComplete;
    key(input, 'ArrowDown');
    await box.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).toBe('option-1');
    key(input, 'ArrowUp');
    key(input, 'Enter');
    await box.updateComplete;
    expect(picked).toEqual([PAMIERS]);
    expect(input.value).toBe('Pamiers (09) — commune, 16\u00a0473 hab.');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('after Escape and Enter on a typed text, the arrow reopens the list, even before the search answers', async () => {
    const { box, input } = await mount();
    // Each search answers only when the test says so: the first one waits for the geography.
    const answers: Array<() => void> = [];
    box.suggest = () =>
      new Promise((resolve) => answers.push(() => resolve([PAMIERS, CC_PAMIERS])));
    const unresolved: string[] = [];
    box.addEventListener('collectivity-unresolved', (e) => unresolved.push(e.detail));
    const picked: (GeoEntity | null)[] = [];
    box.addEventListener('collectivity-select', (e) => picked.push(e.detail));
    input.value = 'pamie';
    input.dispatchEvent(new InputEvent('input'));
    await box.updateComplete;
    expect(input.getAttribute('aria-expanded')).toBe('true'); // « Recherche des collectivités… »
    key(input, 'Escape');
    await box.updateComplete;
    expect(input.getAttribute('aria-expanded')).toBe('false');
    key(input, 'Enter'); // no option to pick: the typed text is checked instead
    key(input, 'ArrowDown'); // before any search has answered
    await box.updateComplete;
    expect(input.getAttribute('aria-expanded')).toBe('true');
    for (const answer of answers) answer();
    await new Promise((r) => setTimeout(r, 0));
    await box.updateComplete;
    expect(unresolved).toEqual(['pamie']);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe('option-0');
    key(input, 'Enter');
    await box.updateComplete;
    expect(picked).toEqual([PAMIERS]);
    expect(box.shadowRoot!.querySelector('#flagged')).toBeNull();
  });

  it('takes a text that designates one collectivity when the field is left, flags any other', async () => {
    const { box, input } = await mount();
    box.exact = async (text) => (text === 'pamiers' ? PAMIERS : null);
    box.suggest = async (text) => (text === 'zzz' ? [] : [PAMIERS]);
    const picked: (GeoEntity | null)[] = [];
    const unresolved: string[] = [];
    box.addEventListener('collectivity-select', (e) => picked.push(e.detail));
    box.addEventListener('collectivity-unresolved', (e) => unresolved.push(e.detail));
    const leave = async (text: string) => {
      input.value = text;
      input.dispatchEvent(new InputEvent('input'));
      input.dispatchEvent(new FocusEvent('blur'));
      await new Promise((r) => setTimeout(r, 250));
      await box.updateComplete;
    };
    await leave('pamiers');
    expect(picked).toEqual([PAMIERS]);
    expect(input.value).toBe('Pamiers (09) — commune, 16\u00a0473 hab.');
    await leave('zzz');
    expect(unresolved).toEqual(['zzz']);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(box.shadowRoot!.querySelector('[role=alert]')?.textContent).toContain(
      '« zzz » n’est pas une collectivité connue',
    );
  });
});
