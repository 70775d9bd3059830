import { describe, expect, it } from 'vitest';
import { drawBarChart } from './bar-chart';
import { drawBudgetStrip } from './budget-strip';
import { drawRegionMap, MAP_REGION_CODES, OVERSEAS_REGIONS } from './region-map';
import { drawStackedBars } from './stacked-bars';
import { testSvg, texts } from './test-svg';

describe('drawStackedBars', () => {
  const data = [
    { x: '2017', series: 'Lien social', count: 3 },
    { x: '2017', series: 'Qualité de vie', count: 2 },
    { x: '2023', series: 'Lien social', count: 1 },
    { x: '2023', series: 'Qualité de vie', count: 0 },
  ];

  it('draws one segment per non-zero (x, series), stacked, with axis titles and ticks', () => {
    const svg = testSvg();
    drawStackedBars(svg, data, ['Lien social', 'Qualité de vie'], {
      xLabel: 'Année',
      yLabel: 'Pratiques (nombre)',
    });
    const marks = svg.querySelectorAll('rect.mark');
    expect(marks).toHaveLength(3);
    expect(texts(svg, '.axis-title')).toEqual(['Année', 'Pratiques (nombre)']);
    expect(texts(svg, '.axis-x .tick text')).toEqual(['2017', '2023']);
    expect(texts(svg, 'rect.mark title')).toEqual([
      '2017 — Lien social : 3',
      '2017 — Qualité de vie : 2',
      '2023 — Lien social : 1',
    ]);
    // The second segment of 2017 sits on top of the first.
    const [first, second] = [...marks].map((m) => ({
      y: Number(m.getAttribute('y')),
      h: Number(m.getAttribute('height')),
    }));
    expect(second.y + second.h).toBeCloseTo(first.y, 5);
    expect(first.h / second.h).toBeCloseTo(3 / 2, 5);
  });
});

describe('drawBarChart', () => {
  it('draws a bar and a value label per datum, zero included', () => {
    const svg = testSvg();
    drawBarChart(
      svg,
      [
        { key: 'or', label: 'or', count: 22 },
        { key: 'argent', label: 'argent', count: 6 },
        { key: 'excellence', label: 'excellence', count: 0 },
      ],
      { xLabel: 'Médaille', yLabel: 'Pratiques (nombre)' },
    );
    expect(svg.querySelectorAll('rect.mark')).toHaveLength(3);
    expect(texts(svg, 'text.value')).toEqual(['22', '6', '0']);
    expect(texts(svg, '.axis-x .tick text')).toEqual(['or', 'argent', 'excellence']);
    expect(svg.querySelectorAll('rect.mark')[2].getAttribute('height')).toBe('0');
  });
});

describe('drawRegionMap', () => {
  it('draws the 13 metropolitan regions and the 5 overseas insets, shaded by count', () => {
    const svg = testSvg();
    drawRegionMap(
      svg,
      new Map([
        ['11', 14],
        ['76', 6],
        ['01', 1],
      ]),
      { regionName: (c) => `R${c}` },
    );
    expect(svg.querySelectorAll('path.mark')).toHaveLength(13);
    expect(svg.querySelectorAll('rect.mark')).toHaveLength(5);
    const fill = (code: string) =>
      svg.querySelector(`[data-region="${code}"]`)?.getAttribute('fill');
    expect(fill('11')).not.toBe(fill('76'));
    expect(fill('53')).toBe('#eef1f5'); // no practice: the neutral colour
    expect(svg.querySelector('[data-region="11"] title')?.textContent).toBe('R11 : 14 pratique(s)');
    expect(new Set(Object.values(MAP_REGION_CODES)).size).toBe(13);
    expect(
      texts(svg, '.overseas text').filter((t) => OVERSEAS_REGIONS.some((r) => r.name === t)),
    ).toHaveLength(5);
  });
});

describe('drawBudgetStrip', () => {
  it('draws a dot per budget on a log scale, a row and a median per category', () => {
    const svg = testSvg();
    drawBudgetStrip(
      svg,
      [
        { id: 'a', category: 'Lien social', amount: 10_000 },
        { id: 'b', category: 'Lien social', amount: 100_000 },
        { id: 'c', category: 'Prévention', amount: 0 },
      ],
      { xLabel: 'Budget (€, échelle logarithmique)', yLabel: '' },
    );
    const dots = [...svg.querySelectorAll('circle.mark')].map((c) => Number(c.getAttribute('cx')));
    expect(dots).toHaveLength(3);
    // A tenfold budget is one decade to the right, whatever the amounts.
    expect(dots[1]).toBeGreaterThan(dots[0]);
    expect(svg.querySelectorAll('line.median')).toHaveLength(2);
    expect(texts(svg, '.axis-y .tick text')).toEqual(['Lien social', 'Prévention']);
    expect(texts(svg, '.axis-x .tick text')).toContain('10\u00a0000\u00a0€');
  });
});
