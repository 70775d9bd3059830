/** A fresh SVG element attached to the document, for chart tests. */
export function testSvg(): SVGSVGElement {
  const element = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(element);
  return element;
}

/** The text of every element matching a selector. */
export const texts = (root: Element, selector: string): string[] =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent ?? '');
