import type { CriterionName, CriterionResult } from '@essaimage/core';
import { scaleBand, scaleLinear, select } from 'd3';
import { CRITERION_LABELS, formatPercent } from '../format/labels';

/** One criterion to draw. */
export interface CriterionBar {
  name: CriterionName;
  result: CriterionResult;
}

export interface CriterionBarsOptions {
  width?: number;
  /** Called when a bar gets hover or focus (null when it loses it), to show its reason. */
  onHighlight?: (bar: CriterionBar | null) => void;
}

const ROW = 18;
const LABEL_WIDTH = 78;
const VALUE_WIDTH = 40;

/**
 * Draw one small horizontal bar per criterion into an SVG: label, bar in [0, 1], value. A
 * missing criterion shows a hatched neutral bar and "n.d.". Each row is focusable and carries its
 * French reason in its label and through `onHighlight` (hover and focus), which the page shows.
 */
export function drawCriterionBars(
  svg: SVGSVGElement,
  bars: readonly CriterionBar[],
  { width = 300, onHighlight }: CriterionBarsOptions = {},
): void {
  const height = bars.length * ROW;
  const root = select(svg)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'list');
  const y = scaleBand<CriterionName>()
    .domain(bars.map((b) => b.name))
    .range([0, height])
    .padding(0.25);
  const x = scaleLinear()
    .domain([0, 1])
    .range([0, width - LABEL_WIDTH - VALUE_WIDTH]);

  const rows = root
    .selectAll<SVGGElement, CriterionBar>('g.criterion')
    .data(bars, (b) => b.name)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'criterion').attr('tabindex', 0);
      g.append('text').attr('class', 'criterion-label');
      g.append('rect').attr('class', 'track');
      g.append('rect').attr('class', 'bar');
      g.append('text').attr('class', 'criterion-value');
      return g;
    })
    .attr('role', 'listitem')
    .attr('data-criterion', (b) => b.name)
    .attr('transform', (b) => `translate(0,${y(b.name)})`)
    .attr(
      'aria-label',
      (b) =>
        `${CRITERION_LABELS[b.name]} : ${b.result.missing || b.result.score === null ? 'non disponible' : formatPercent(b.result.score)}. ${b.result.reason}`,
    );
  rows
    .select('.criterion-label')
    .attr('x', 0)
    .attr('y', y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .attr('font-size', 12)
    .attr('fill', '#1b1f24')
    .text((b) => CRITERION_LABELS[b.name]);
  rows
    .select('.track')
    .attr('x', LABEL_WIDTH)
    .attr('width', x(1))
    .attr('height', y.bandwidth())
    .attr('fill', '#e3e8ef');
  rows
    .select('.bar')
    .attr('x', LABEL_WIDTH)
    .attr('height', y.bandwidth())
    .attr('width', (b) => x(b.result.missing ? 1 : (b.result.score ?? 0)))
    .attr('fill', (b) => (b.result.missing ? 'url(#missing-hatch)' : barColour(b)))
    .attr('data-score', (b) => (b.result.score === null ? '' : b.result.score.toFixed(3)));
  rows
    .select('.criterion-value')
    .attr('x', width - VALUE_WIDTH + 4)
    .attr('y', y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .attr('font-size', 11)
    .attr('fill', '#1b1f24')
    .text((b) =>
      b.result.missing || b.result.score === null ? 'n.d.' : formatPercent(b.result.score),
    );

  // The hatch for missing criteria: neutral, visibly not a zero.
  root
    .selectAll('defs')
    .data([null])
    .join((enter) => {
      const defs = enter.append('defs');
      const pattern = defs
        .append('pattern')
        .attr('id', 'missing-hatch')
        .attr('width', 6)
        .attr('height', 6)
        .attr('patternUnits', 'userSpaceOnUse')
        .attr('patternTransform', 'rotate(45)');
      pattern.append('rect').attr('width', 6).attr('height', 6).attr('fill', '#eef1f5');
      pattern.append('line').attr('y2', 6).attr('stroke', '#98a2b0').attr('stroke-width', 2);
      return defs;
    });

  if (onHighlight) {
    rows
      .on('mouseenter focus', (_event, b) => onHighlight(b))
      .on('mouseleave blur', () => onHighlight(null));
  }
}

function barColour(bar: CriterionBar): string {
  if (bar.name === 'relevance') return '#0b5cad';
  return '#2f7d4f';
}
