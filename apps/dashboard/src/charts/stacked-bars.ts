import {
  axisBottom,
  axisLeft,
  max,
  scaleBand,
  scaleLinear,
  scaleOrdinal,
  select,
  type Axis,
  type NumberValue,
} from 'd3';
import { CATEGORY_COLOURS } from './palette';

/** One stacked segment: `count` items of `series` in column `x`. */
export interface StackedDatum {
  x: string;
  series: string;
  count: number;
}

export interface StackedBarsOptions {
  width?: number;
  height?: number;
  xLabel: string;
  yLabel: string;
}

const MARGIN = { top: 12, right: 12, bottom: 44, left: 52 };

/**
 * Stacked vertical bars: one column per x, one segment (a `rect.mark`) per non-zero (x, series),
 * series in the order given by `seriesOrder`. Draws axes with their labels; the legend is the
 * caller's (see `legendItems`).
 */
export function drawStackedBars(
  svg: SVGSVGElement,
  data: readonly StackedDatum[],
  seriesOrder: readonly string[],
  { width = 560, height = 300, xLabel, yLabel }: StackedBarsOptions,
): void {
  const root = select(svg)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height);
  root.selectAll('*').remove();
  const xs = [...new Set(data.map((d) => d.x))].sort();
  // Columns narrower than their longest label (a phone: « année inconnue ») get their labels
  // slanted, with room for them below (about 6.5 px a character at 11 px).
  const longest = Math.max(0, ...xs.map((label) => label.length));
  const slanted = (width - MARGIN.left - MARGIN.right) / Math.max(1, xs.length) < longest * 6.5 + 8;
  const bottom = slanted ? 84 : MARGIN.bottom;
  const x = scaleBand<string>()
    .domain(xs)
    .range([MARGIN.left, width - MARGIN.right])
    .padding(0.3);
  const totals = new Map<string, number>();
  for (const d of data) totals.set(d.x, (totals.get(d.x) ?? 0) + d.count);
  const y = scaleLinear()
    .domain([0, max([...totals.values()]) ?? 1])
    .nice()
    .range([height - bottom, MARGIN.top]);
  const colour = seriesColour(seriesOrder);

  const segments: (StackedDatum & { y0: number; y1: number })[] = [];
  for (const column of xs) {
    let base = 0;
    for (const series of seriesOrder) {
      const datum = data.find((d) => d.x === column && d.series === series);
      if (!datum || datum.count === 0) continue;
      segments.push({ ...datum, y0: base, y1: base + datum.count });
      base += datum.count;
    }
  }
  root
    .append('g')
    .attr('class', 'marks')
    .selectAll('rect')
    .data(segments)
    .join('rect')
    .attr('class', 'mark')
    .attr('x', (d) => x(d.x)!)
    .attr('width', x.bandwidth())
    .attr('y', (d) => y(d.y1))
    .attr('height', (d) => y(d.y0) - y(d.y1))
    .attr('fill', (d) => colour(d.series))
    .attr('stroke', '#fff')
    .append('title')
    .text((d) => `${d.x} — ${d.series} : ${d.count}`);

  drawAxes(root, {
    bottom: axisBottom(x),
    left: axisLeft(y)
      .ticks(5)
      .tickFormat((v) => String(v)),
    width,
    height,
    xLabel,
    yLabel,
    bottomMargin: bottom,
  });
  if (slanted)
    root
      .selectAll('.axis-x .tick text')
      .attr('transform', 'rotate(-45)')
      .attr('text-anchor', 'end')
      .attr('dx', '-0.5em')
      .attr('dy', '0.4em');
}

/** The colour of each series, in legend order. */
export function seriesColour(seriesOrder: readonly string[]): (series: string) => string {
  return scaleOrdinal<string, string>().domain(seriesOrder).range(CATEGORY_COLOURS);
}

type Root = ReturnType<typeof select<SVGSVGElement, unknown>>;

/** Draw a bottom and a left axis with their titles. */
export function drawAxes(
  root: Root,
  {
    bottom,
    left,
    width,
    height,
    xLabel,
    yLabel,
    bottomMargin = MARGIN.bottom,
  }: {
    bottom: Axis<string> | Axis<NumberValue>;
    left: Axis<string> | Axis<NumberValue>;
    width: number;
    height: number;
    xLabel: string;
    yLabel: string;
    bottomMargin?: number;
  },
): void {
  root
    .append('g')
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${height - bottomMargin})`)
    .call(bottom as never);
  root
    .append('g')
    .attr('class', 'axis axis-y')
    .attr('transform', `translate(${MARGIN.left},0)`)
    .call(left as never);
  root
    .append('text')
    .attr('class', 'axis-title')
    .attr('x', (MARGIN.left + width - MARGIN.right) / 2)
    .attr('y', height - 8)
    .attr('text-anchor', 'middle')
    .attr('font-size', 12)
    .text(xLabel);
  root
    .append('text')
    .attr('class', 'axis-title')
    .attr('transform', `translate(14,${(MARGIN.top + height - bottomMargin) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .attr('font-size', 12)
    .text(yLabel);
}
