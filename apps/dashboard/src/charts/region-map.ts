import franceRegions from '@svg-maps/france.regions';
import { interpolateBlues, max, scaleSequential, select } from 'd3';

/** The map's region ids (from @svg-maps/france.regions) → INSEE region codes. */
export const MAP_REGION_CODES: Record<string, string> = {
  ara: '84',
  bfc: '27',
  bre: '53',
  cvl: '24',
  cor: '94',
  ges: '44',
  hdf: '32',
  idf: '11',
  nor: '28',
  naq: '75',
  occ: '76',
  pdl: '52',
  pac: '93',
};

/** The overseas regions, drawn as labelled insets below the map (never dropped). */
export const OVERSEAS_REGIONS = [
  { code: '01', name: 'Guadeloupe' },
  { code: '02', name: 'Martinique' },
  { code: '03', name: 'Guyane' },
  { code: '04', name: 'La Réunion' },
  { code: '06', name: 'Mayotte' },
];

export interface RegionMapOptions {
  width?: number;
  /** Region code → name, for tooltips. */
  regionName: (code: string) => string;
}

const EMPTY = '#eef1f5';

interface MapLocation {
  id: string;
  name: string;
  path: string;
}
const LOCATIONS = franceRegions.locations as MapLocation[];

/**
 * A choropleth of France by region: 13 metropolitan regions (`path.mark`) and the 5 overseas
 * regions as labelled squares (`rect.mark`), shaded by count, with a colour legend.
 */
export function drawRegionMap(
  svg: SVGSVGElement,
  counts: ReadonlyMap<string, number>,
  { width = 460, regionName }: RegionMapOptions,
): void {
  const [vx, vy, vw, vh] = franceRegions.viewBox.split(' ').map(Number);
  const insetHeight = 92;
  const height = Math.round((width * vh) / vw) + insetHeight;
  const scale = width / vw;
  const root = select(svg)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height);
  root.selectAll('*').remove();
  const top = max([...counts.values()]) ?? 0;
  const colour = scaleSequential(interpolateBlues).domain([0, Math.max(top, 1)]);
  const fill = (code: string) => {
    const n = counts.get(code) ?? 0;
    return n === 0 ? EMPTY : colour(0.15 * Math.max(top, 1) + 0.85 * n);
  };
  const tip = (code: string) => `${regionName(code)} : ${counts.get(code) ?? 0} pratique(s)`;

  root
    .append('g')
    .attr('class', 'marks metro')
    .attr('transform', `scale(${scale}) translate(${-vx},${-vy})`)
    .selectAll('path')
    .data(LOCATIONS)
    .join('path')
    .attr('class', 'mark')
    .attr('data-region', (l) => MAP_REGION_CODES[l.id])
    .attr('d', (l) => l.path)
    .attr('fill', (l) => fill(MAP_REGION_CODES[l.id]))
    .attr('stroke', '#5f6b6d')
    .attr('stroke-width', 0.8 / scale)
    .append('title')
    .text((l) => tip(MAP_REGION_CODES[l.id]));

  const box = 30;
  const gap = (width - 80 - OVERSEAS_REGIONS.length * box) / (OVERSEAS_REGIONS.length - 1);
  const insets = root
    .append('g')
    .attr('class', 'marks overseas')
    .attr('transform', `translate(40,${height - insetHeight + 10})`)
    .selectAll('g')
    .data(OVERSEAS_REGIONS)
    .join('g')
    .attr('transform', (_d, i) => `translate(${i * (box + gap)},0)`);
  insets
    .append('rect')
    .attr('class', 'mark')
    .attr('data-region', (d) => d.code)
    .attr('width', box)
    .attr('height', box)
    .attr('fill', (d) => fill(d.code))
    .attr('stroke', '#5f6b6d')
    .append('title')
    .text((d) => tip(d.code));
  insets
    .append('text')
    .attr('x', box / 2)
    .attr('y', box + 14)
    .attr('text-anchor', 'middle')
    .attr('font-size', 11)
    .text((d) => d.name);
  insets
    .append('text')
    .attr('x', box / 2)
    .attr('y', box / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'middle')
    .attr('font-size', 11)
    .attr('fill', (d) => ((counts.get(d.code) ?? 0) > top / 2 ? '#fff' : '#1b1f24'))
    .text((d) => String(counts.get(d.code) ?? 0));

  // Legend: from 0 to the largest count.
  const legend = root.append('g').attr('class', 'legend').attr('transform', 'translate(8,14)');
  const steps = 5;
  for (let i = 0; i < steps; i++) {
    const value = Math.round((top * i) / (steps - 1));
    legend
      .append('rect')
      .attr('x', i * 26)
      .attr('width', 26)
      .attr('height', 12)
      .attr('fill', i === 0 ? EMPTY : colour(0.15 * Math.max(top, 1) + 0.85 * value))
      .attr('stroke', '#98a2b0');
    legend
      .append('text')
      .attr('x', i * 26 + 13)
      .attr('y', 26)
      .attr('text-anchor', 'middle')
      .attr('font-size', 10)
      .text(String(value));
  }
  legend.append('text').attr('y', -2).attr('font-size', 11).text('Pratiques par région');
}
