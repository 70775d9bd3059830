import { describe, expect, it } from 'vitest';
import { drawCriterionBars, type CriterionBar } from './criterion-bars';

const bar = (name: CriterionBar['name'], score: number | null, reason: string): CriterionBar => ({
  name,
  result: { score, weight: 1, reason, missing: score === null },
});

function svg(): SVGSVGElement {
  const element = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(element);
  return element;
}

describe('drawCriterionBars', () => {
  const bars = [
    bar('relevance', 0.43, '« vélos » en commun avec votre besoin'),
    bar('size', 0.59, 'population 4 808 contre 16 473 : taille assez proche'),
    bar('budget', null, 'budget non renseigné : critère neutre'),
  ];

  it('draws one focusable row per criterion with its French label, value and reason', () => {
    const target = svg();
    drawCriterionBars(target, bars, { width: 300 });
    const rows = target.querySelectorAll('g.criterion');
    expect(rows).toHaveLength(3);
    expect([...target.querySelectorAll('.criterion-label')].map((t) => t.textContent)).toEqual([
      'Pertinence',
      'Taille',
      'Budget',
    ]);
    expect([...target.querySelectorAll('.criterion-value')].map((t) => t.textContent)).toEqual([
      '43\u00a0%',
      '59\u00a0%',
      'n.d.',
    ]);
    expect(rows[1].getAttribute('tabindex')).toBe('0');
    expect(rows[1].getAttribute('aria-label')).toBe(
      'Taille : 59\u00a0%. population 4 808 contre 16 473 : taille assez proche',
    );
  });

  it('sizes bars by score and hatches a missing criterion instead of drawing a zero', () => {
    const target = svg();
    drawCriterionBars(target, bars, { width: 300 });
    const widths = [...target.querySelectorAll('rect.bar')].map((r) =>
      Number(r.getAttribute('width')),
    );
    const track = Number(target.querySelector('rect.track')?.getAttribute('width'));
    expect(widths[0] / track).toBeCloseTo(0.43, 5);
    expect(widths[1] / track).toBeCloseTo(0.59, 5);
    expect(target.querySelectorAll('rect.bar')[2].getAttribute('fill')).toBe('url(#missing-hatch)');
  });

  it('reports the criterion under focus and hover', () => {
    const target = svg();
    const seen: (string | null)[] = [];
    drawCriterionBars(target, bars, { onHighlight: (b) => seen.push(b?.name ?? null) });
    const row = target.querySelectorAll<SVGGElement>('g.criterion')[1];
    row.dispatchEvent(new FocusEvent('focus'));
    row.dispatchEvent(new FocusEvent('blur'));
    row.dispatchEvent(new MouseEvent('mouseenter'));
    expect(seen).toEqual(['size', null, 'size']);
  });
});
