import { axisBottom, axisLeft, scaleBand, scaleLog, select } from 'd3';
import { formatEuros } from '../format/labels';
import { drawAxes } from './stacked-bars';
import { MAIN_COLOUR } from './palette';

/** One practice's budget in a row of the strip (its period, its category...). */
export interface BudgetDatum {
  id: string;
  category: string;
  amount: number;
  /** The practice's title, for its tooltip. */
  title?: string;
}

export interface BudgetStripOptions {
  width?: number;
  rowHeight?: number;
  xLabel: string;
  yLabel: string;
}

/**
 * The budget distribution by category: one row per category, one dot (`circle.mark`) per
 * practice on a logarithmic euro scale, and the median as a tick (`line.median`).
 */
export function drawBudgetStrip(
  svg: SVGSVGElement,
  data: readonly BudgetDatum[],
  { width = 560, rowHeight = 24, xLabel, yLabel }: BudgetStripOptions,
): void {
  const categories = [...new Set(data.map((d) => d.category))].sort((a, b) =>
    a.localeCompare(b, 'fr'),
  );
  const margin = { top: 12, right: 16, bottom: 44, left: width < 500 ? 110 : 190 };
  const height = margin.top + margin.bottom + Math.max(1, categories.length) * rowHeight;
  const root = select(svg)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height);
  root.selectAll('*').remove();
  // A log scale has no zero: a budget of 0 € sits at the left edge (its tooltip says 0 €).
  const positive = data.map((d) => d.amount).filter((a) => a > 0);
  const lo = Math.min(...positive, 1_000);
  const hi = Math.max(...positive, 10_000);
  const x = scaleLog()
    .domain([lo, hi])
    .nice()
    .range([margin.left, width - margin.right]);
  const y = scaleBand<string>()
    .domain(categories)
    .range([margin.top, height - margin.bottom])
    .padding(0.2);

  root
    .append('g')
    .attr('class', 'marks')
    .selectAll('circle')
    .data(data)
    .join('circle')
    .attr('class', 'mark')
    .attr('cx', (d) => x(Math.max(d.amount, x.domain()[0])))
    .attr('cy', (d) => y(d.category)! + y.bandwidth() / 2)
    .attr('r', 5)
    .attr('fill', MAIN_COLOUR)
    .attr('fill-opacity', 0.7)
    .attr('stroke', '#0b3d73')
    .append('title')
    .text((d) => `${d.title ? `${d.title} — ` : ''}${d.category} : ${formatEuros(d.amount)}`);

  const medians = categories.map((category) => {
    const values = data
      .filter((d) => d.category === category)
      .map((d) => d.amount)
      .sort((a, b) => a - b);
    const mid = values.length / 2;
    return {
      category,
      median: values.length % 2 ? values[Math.floor(mid)] : (values[mid - 1] + values[mid]) / 2,
    };
  });
  root
    .append('g')
    .selectAll('line')
    .data(medians)
    .join('line')
    .attr('class', 'median')
    .attr('x1', (d) => x(Math.max(d.median, x.domain()[0])))
    .attr('x2', (d) => x(Math.max(d.median, x.domain()[0])))
    .attr('y1', (d) => y(d.category)!)
    .attr('y2', (d) => y(d.category)! + y.bandwidth())
    .attr('stroke', '#c2410c')
    .attr('stroke-width', 2);

  drawAxes(root, {
    bottom: axisBottom(x)
      .tickValues(x.ticks().filter((v) => Number.isInteger(Math.log10(v))))
      .tickFormat((v) => formatEuros(Number(v))),
    left: axisLeft(y).tickFormat((c) => (c.length > 28 ? `${c.slice(0, 27)}…` : c)),
    width,
    height,
    xLabel,
    yLabel,
  });
  // The left axis sits at the plot's edge, not at drawAxes' default margin.
  root.select('.axis-y').attr('transform', `translate(${margin.left},0)`);
  root
    .selectAll<SVGTextElement, unknown>('.axis-title')
    .filter((_d, i) => i === 1)
    .attr('transform', `translate(14,${(margin.top + height - margin.bottom) / 2}) rotate(-90)`);
}
