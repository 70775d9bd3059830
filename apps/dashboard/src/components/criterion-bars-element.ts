import type { CriterionName, CriterionResult } from '@essaimage/core';
import { CRITERION_NAMES } from '../format/core-lists';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { drawCriterionBars, type CriterionBar } from '../charts/criterion-bars';
import { CRITERION_LABELS } from '../format/labels';

/**
 * The criteria of one result as small bars, with the reason of the bar under the pointer or
 * the keyboard focus shown below (and every reason in a visually-hidden list for screen readers).
 */
@customElement('criterion-bars')
export class CriterionBarsElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    svg {
      display: block;
      max-width: 100%;
      height: auto;
      overflow: visible;
    }
    svg :focus-visible,
    svg g.criterion:focus {
      outline: 2px solid #c2410c;
    }
    .reason {
      min-height: 2.6em;
      margin: 0.3rem 0 0;
      font-size: 0.85rem;
      color: #1b1f24;
    }
    .reason strong {
      font-weight: 600;
    }
    .hint {
      color: #4a5360;
    }
  `;

  @property({ attribute: false }) criteria: Record<CriterionName, CriterionResult> | null = null;
  @property({ type: Number }) width = 300;
  @state() private highlighted: CriterionBar | null = null;
  @query('svg') private svg!: SVGSVGElement;

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('criteria') || changed.has('width')) {
      drawCriterionBars(this.svg, this.bars(), {
        width: this.width,
        onHighlight: (bar) => (this.highlighted = bar),
      });
    }
  }

  private bars(): CriterionBar[] {
    const criteria = this.criteria;
    if (!criteria) return [];
    return CRITERION_NAMES.filter((name) => criteria[name]).map((name) => ({
      name,
      result: criteria[name],
    }));
  }

  override render() {
    const bar = this.highlighted;
    return html`<svg aria-label="Critères du score"></svg>
      <p class="reason" aria-hidden="true">
        ${
          bar
            ? html`<strong>${CRITERION_LABELS[bar.name]} :</strong> ${bar.result.reason}`
            : html`<span class="hint"
                >Survolez ou parcourez les critères au clavier pour lire leur raison.</span
              >`
        }
      </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'criterion-bars': CriterionBarsElement;
  }
}
