import { select } from 'd3';

/** What a mark says, and where it is (in the page's coordinates). */
export interface MarkTip {
  text: string;
  rect: DOMRect;
}

/**
 * Make a chart's marks (`.mark`) reachable by keyboard, with the same tooltip for the mouse and
 * the focus: each mark's `<title>` (drawn by the chart modules) becomes its accessible name
 * (`aria-label`) and is removed, so the browser's native tooltip does not double the one the
 * page shows through `onTip` (null when the pointer or the focus leaves).
 */
export function tooltipMarks(svg: SVGSVGElement, onTip: (tip: MarkTip | null) => void): void {
  select(svg)
    .selectAll<SVGElement, unknown>('.mark')
    .each(function () {
      const title = this.querySelector(':scope > title');
      const text = title?.textContent ?? this.getAttribute('aria-label') ?? '';
      title?.remove();
      this.setAttribute('aria-label', text);
      this.setAttribute('role', 'img');
      this.setAttribute('tabindex', '0');
    })
    .on('mouseenter focus', function () {
      onTip({ text: this.getAttribute('aria-label') ?? '', rect: this.getBoundingClientRect() });
    })
    .on('mouseleave blur', () => onTip(null));
}
