import { describe, expect, it } from 'vitest';
import { readFrenchNumber } from '../format/french-number';
import './number-field';

describe('readFrenchNumber', () => {
  it('reads French writing of numbers, with or without a unit', () => {
    const read = (text: string) => readFrenchNumber(text);
    expect(read('0,5')).toEqual({ kind: 'number', value: 0.5 });
    expect(read('1,5 ETP')).toEqual({ kind: 'number', value: 1.5 });
    expect(read('20 000')).toEqual({ kind: 'number', value: 20000 });
    expect(read('20\u202f000 €')).toEqual({ kind: 'number', value: 20000 });
    expect(read('1.234,5')).toEqual({ kind: 'number', value: 1234.5 });
    expect(read('0.5')).toEqual({ kind: 'number', value: 0.5 });
    expect(read('  ')).toEqual({ kind: 'empty' });
    expect(read('beaucoup')).toEqual({ kind: 'invalid' });
    expect(read('-3')).toEqual({ kind: 'invalid' });
  });
});

describe('<number-field>', () => {
  it('fires the number read from « 0,5 », shows it back in French, and flags a non-number', async () => {
    const field = document.createElement('number-field');
    field.label = 'Personnel disponible (ETP)';
    document.body.append(field);
    await field.updateComplete;
    const changes: (number | null)[] = [];
    field.addEventListener('number-change', (e) => changes.push(e.detail));
    const input = field.shadowRoot!.querySelector('input')!;
    expect(input.type).toBe('text');
    input.value = '0,5';
    input.dispatchEvent(new Event('change'));
    expect(changes).toEqual([0.5]);
    field.value = 0.5;
    await field.updateComplete;
    expect(input.value).toBe('0,5');
    input.value = 'deux';
    input.dispatchEvent(new Event('change'));
    await field.updateComplete;
    expect(changes).toEqual([0.5]);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(field.shadowRoot!.querySelector('[role=alert]')!.textContent).toContain('« deux »');
    field.remove();
  });
});
