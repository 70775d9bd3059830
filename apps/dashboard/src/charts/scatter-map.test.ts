import { describe, expect, it } from 'vitest';
import { drawScatterMap } from './scatter-map';
import { testSvg } from './test-svg';

const POINTS = [
  { id: 'a', title: 'A', x: -1, y: 0, colour: '#2f6fa7', label: 'A — Albi' },
  { id: 'b', title: 'B', x: 1, y: 2, colour: '#e07b22', label: 'B — Brest' },
];

describe('drawScatterMap', () => {
  it('draws a focusable, labelled dot per practice, placed by its coordinates', () => {
    const svg = testSvg();
    drawScatterMap(svg, POINTS);
    const dots = [...svg.querySelectorAll('circle.mark')];
    expect(dots.map((d) => d.getAttribute('aria-label'))).toEqual(['A — Albi', 'B — Brest']);
    expect(dots.every((d) => d.getAttribute('tabindex') === '0')).toBe(true);
    expect(Number(dots[0].getAttribute('cx'))).toBeLessThan(Number(dots[1].getAttribute('cx')));
    expect(Number(dots[0].getAttribute('cy'))).toBeGreaterThan(Number(dots[1].getAttribute('cy')));
  });

  it('opens a practice on click and on Enter, and highlights it on focus', () => {
    const svg = testSvg();
    const opened: string[] = [];
    const highlighted: (string | null)[] = [];
    drawScatterMap(svg, POINTS, {
      onOpen: (id) => opened.push(id),
      onHighlight: (p) => highlighted.push(p?.id ?? null),
    });
    const dot = svg.querySelector<SVGCircleElement>('circle[data-practice="b"]')!;
    dot.dispatchEvent(new MouseEvent('click'));
    dot.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    dot.dispatchEvent(new FocusEvent('focus'));
    expect(opened).toEqual(['b', 'b']);
    expect(highlighted).toEqual(['b']);
  });
});
