import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The WCAG 2.2 AA rules (and the A and 2.0/2.1 ones they include). */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}
type AxeWindow = Window & {
  axe?: { run(context: Document, options: object): Promise<AxeResult> };
};

/**
 * The WCAG 2.2 AA violations axe-core finds in the page as it is (open shadow roots included),
 * one line each: rule, help and where. axe-core's script is injected into the page once.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const { axe } = window as AxeWindow;
    const result = await axe!.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map(
      (v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  }, WCAG_22_AA);
}

/** How much wider than the window the page is (0: no horizontal scroll). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The element that has the focus, through the shadow roots: its tag, id and text. */
export function focused(
  page: Page,
): Promise<{ tag: string; id: string; text: string; practice: string | null } | null> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return null;
    return {
      tag: element.localName,
      id: element.id,
      text: (element.textContent ?? '').trim(),
      practice: element.getAttribute('data-practice'),
    };
  });
}
