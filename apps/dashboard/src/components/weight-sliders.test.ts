import { describe, expect, it } from 'vitest';
import './weight-sliders';

const DEFAULTS = {
  relevance: 1,
  size: 1,
  kind: 1,
  territory: 0.5,
  policyArea: 1,
  budget: 1,
  staff: 1,
};

describe('<weight-sliders>', () => {
  it('has one labelled slider per criterion, at the defaults', async () => {
    const sliders = document.createElement('weight-sliders');
    sliders.defaults = DEFAULTS;
    document.body.append(sliders);
    await sliders.updateComplete;
    const labels = [...sliders.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels).toEqual([
      'Pertinence',
      'Taille',
      'Type',
      'Territoire',
      'Domaine',
      'Budget',
      'Personnel',
    ]);
    const territory = sliders.shadowRoot!.querySelector<HTMLInputElement>('#w-territory')!;
    expect(territory.value).toBe('0.5');
    expect(sliders.shadowRoot!.querySelector('output[for=w-territory]')?.textContent).toBe('0,5');
  });

  it('reports only the weights that differ from the defaults, on every move', async () => {
    const sliders = document.createElement('weight-sliders');
    sliders.defaults = DEFAULTS;
    document.body.append(sliders);
    await sliders.updateComplete;
    const seen: object[] = [];
    sliders.addEventListener('weights-change', (e) => seen.push(e.detail));
    const size = sliders.shadowRoot!.querySelector<HTMLInputElement>('#w-size')!;
    size.value = '2.5';
    size.dispatchEvent(new Event('input'));
    size.value = '1';
    size.dispatchEvent(new Event('input'));
    expect(seen).toEqual([{ size: 2.5 }, {}]);
  });
});
