import { extent, scaleLinear, select } from 'd3';

/** One practice on the similarity map. */
export interface ScatterPoint {
  id: string;
  title: string;
  x: number;
  y: number;
  colour: string;
  /** Read aloud and shown on hover. */
  label: string;
}

export interface ScatterMapOptions {
  width?: number;
  height?: number;
  /**
   * Called on click or Enter/Space on a point. A tap (touch) first highlights the point, and
   * opens it when the same point is tapped again.
   */
  onOpen?: (id: string) => void;
  /** The dots' radius (larger on a phone, for a finger). */
  radius?: number;
  /** Called when a point gets hover or focus (null when it loses it). */
  onHighlight?: (point: ScatterPoint | null) => void;
}

const PAD = 16;

/**
 * The practices as dots (`circle.mark`) on the plane of their first two principal components.
 * Each dot is a focusable link-like element: hover or focus shows its title (through
 * `onHighlight`, which the page shows), click or Enter opens it.
 */
export function drawScatterMap(
  svg: SVGSVGElement,
  points: readonly ScatterPoint[],
  { width = 900, height = 540, onOpen, onHighlight, radius = 7 }: ScatterMapOptions = {},
): void {
  const root = select(svg)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height);
  root.selectAll('*').remove();
  const [x0, x1] = extent(points, (p) => p.x) as [number, number];
  const [y0, y1] = extent(points, (p) => p.y) as [number, number];
  const x = scaleLinear()
    .domain([x0 ?? -1, x1 ?? 1])
    .nice()
    .range([PAD, width - PAD]);
  const y = scaleLinear()
    .domain([y0 ?? -1, y1 ?? 1])
    .nice()
    .range([height - PAD, PAD]);
  root
    .append('rect')
    .attr('width', width)
    .attr('height', height)
    .attr('fill', '#fafbfc')
    .attr('stroke', '#c9d0d9');
  const dots = root
    .append('g')
    .attr('class', 'marks')
    .selectAll('circle')
    .data(points, (p) => (p as ScatterPoint).id)
    .join('circle')
    .attr('class', 'mark')
    .attr('data-practice', (p) => p.id)
    .attr('cx', (p) => x(p.x))
    .attr('cy', (p) => y(p.y))
    .attr('r', radius)
    .attr('fill', (p) => p.colour)
    .attr('fill-opacity', 0.85)
    .attr('stroke', '#1b1f24')
    .attr('stroke-width', 0.8)
    .attr('tabindex', 0)
    .attr('role', 'link')
    .attr('aria-label', (p) => p.label)
    .style('cursor', 'pointer');
  let tapped: string | null = null;
  dots
    .on('click', (event: PointerEvent, p) => {
      if (event.pointerType === 'touch' && tapped !== p.id) {
        tapped = p.id;
        onHighlight?.(p);
        return;
      }
      onOpen?.(p.id);
    })
    .on('keydown', (event: KeyboardEvent, p) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onOpen?.(p.id);
      }
    })
    .on('mouseenter focus', function (_event, p) {
      select(this)
        .attr('r', radius + 3)
        .raise();
      onHighlight?.(p);
    })
    .on('mouseleave blur', function () {
      select(this).attr('r', radius);
      if (tapped === null) onHighlight?.(null);
    });
}
