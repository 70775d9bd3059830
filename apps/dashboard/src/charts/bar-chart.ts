import { axisBottom, axisLeft, max, scaleBand, scaleLinear, select } from 'd3';
import { drawAxes } from './stacked-bars';
import { MAIN_COLOUR } from './palette';

/** One bar: a label and a count. */
export interface BarDatum {
  key: string;
  label: string;
  count: number;
  colour?: string;
}

export interface BarChartOptions {
  width?: number;
  height?: number;
  xLabel: string;
  yLabel: string;
}

/** Vertical bars, one `rect.mark` per datum (zero counts drawn flat), value labels on top. */
export function drawBarChart(
  svg: SVGSVGElement,
  data: readonly BarDatum[],
  { width = 360, height = 260, xLabel, yLabel }: BarChartOptions,
): void {
  const margin = { top: 18, right: 12, bottom: 44, left: 52 };
  const root = select(svg)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height);
  root.selectAll('*').remove();
  const x = scaleBand<string>()
    .domain(data.map((d) => d.key))
    .range([margin.left, width - margin.right])
    .padding(0.25);
  const y = scaleLinear()
    .domain([0, max(data, (d) => d.count) || 1])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const labelOf = new Map(data.map((d) => [d.key, d.label]));
  const bars = root.append('g').attr('class', 'marks').selectAll('g').data(data).join('g');
  bars
    .append('rect')
    .attr('class', 'mark')
    .attr('x', (d) => x(d.key)!)
    .attr('width', x.bandwidth())
    .attr('y', (d) => y(d.count))
    .attr('height', (d) => y(0) - y(d.count))
    .attr('fill', (d) => d.colour ?? MAIN_COLOUR)
    .append('title')
    .text((d) => `${d.label} : ${d.count}`);
  bars
    .append('text')
    .attr('class', 'value')
    .attr('x', (d) => x(d.key)! + x.bandwidth() / 2)
    .attr('y', (d) => y(d.count) - 4)
    .attr('text-anchor', 'middle')
    .attr('font-size', 11)
    .text((d) => String(d.count));
  drawAxes(root, {
    bottom: axisBottom(x).tickFormat((key) => labelOf.get(key) ?? key),
    left: axisLeft(y)
      .ticks(5)
      .tickFormat((v) => String(v)),
    width,
    height,
    xLabel,
    yLabel,
  });
}
