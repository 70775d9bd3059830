import type { CriterionName, CriterionResult } from '@essaimage/core';
import { CRITERION_NAMES } from '../format/core-lists';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { drawCriterionBars, type CriterionBar } from '../charts/criterion-bars';
import { CRITERION_LABELS } from '../format/labels';

/**
 * The criteria of one result as small bars, with the reason of the bar under the pointer or
 * the keyboard focus shown below; with `all-reasons` (the fiche), every reason written out.
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
      margin: 0.3rem 0 0;
      font-size: 0.85rem;
      color: #1b1f24;
    }
    .reason strong {
      font-weight: 600;
    }
    /* Room for the reason under the pointer, kept so the card does not jump; a touch screen
       has no pointer to hover with (the card says its criteria in words). */
    @media (hover: hover) {
      .reason {
        min-height: 2.6em;
      }
    }
    dl.reasons {
      margin: 0.5rem 0 0;
      font-size: 0.88rem;
    }
    dl.reasons dt {
      font-weight: 700;
      margin-top: 0.3rem;
    }
    dl.reasons dd {
      margin: 0;
    }
  `;

  @property({ attribute: false }) criteria: Record<CriterionName, CriterionResult> | null = null;
  @property({ type: Number }) width = 300;
  /** Write every criterion's reason out under the bars (the fiche). */
  @property({ type: Boolean, attribute: 'all-reasons' }) allReasons = false;
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
    if (this.allReasons)
      return html`<svg aria-label="Critères du score"></svg>
        <dl class="reasons" id="reasons">
          ${this.bars().map(
            (b) =>
              html`<dt>${CRITERION_LABELS[b.name]}</dt>
                <dd>${b.result.reason}</dd>`,
          )}
        </dl>`;
    return html`<svg aria-label="Critères du score"></svg>
      <p class="reason" aria-hidden="true">
        ${
          bar
            ? html`<strong>${CRITERION_LABELS[bar.name]} :</strong> ${bar.result.reason}`
            : nothing
        }
      </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'criterion-bars': CriterionBarsElement;
  }
}
