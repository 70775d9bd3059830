import type { RankedPractice } from '@essaimage/core';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { KIND_LABELS, MEDAL_LABELS, formatCount, formatPercent } from '../format/labels';
import { strongestAndWeakest } from '../format/criterion-summary';
import { sharedStyles } from './shared-styles';
import './criterion-bars-element';

/**
 * One ranked practice: title (link to its fiche), collectivity, year, award, its two numbers
 * (pertinence, transférabilité; the ranking score in their tooltip) and criteria.
 */
@customElement('result-card')
export class ResultCard extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      article {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 0.5rem 1.2rem;
        background: #fff;
        border: 1px solid var(--line, #c9d0d9);
        border-radius: 6px;
        padding: 0.9rem 1rem;
      }
      h3 {
        margin: 0;
        font-size: 1.05rem;
      }
      .rank {
        color: #4a5360;
        font-weight: 600;
        margin-right: 0.3rem;
      }
      .meta {
        margin: 0.25rem 0 0;
        font-size: 0.9rem;
        color: #4a5360;
      }
      .score {
        display: flex;
        gap: 1rem;
        text-align: right;
        font-size: 1.5rem;
        font-weight: 700;
        color: #0b3d73;
      }
      .score small {
        display: block;
        font-size: 0.75rem;
        font-weight: 400;
        color: #4a5360;
      }
      criterion-bars,
      .why {
        grid-column: 1 / -1;
      }
      .why {
        margin: 0;
        padding: 0;
        list-style: none;
        font-size: 0.9rem;
      }
      @media (max-width: 600px) {
        article {
          grid-template-columns: 1fr;
        }
        .score {
          text-align: left;
        }
      }
    `,
  ];

  @property({ attribute: false }) result: RankedPractice | null = null;
  @property({ type: Number }) rank = 1;
  @property() href = '#';
  /** The word of the first number: « pertinence » for a need, « proximité » for similar practices. */
  @property() relevanceWord = 'pertinence';

  private open(event: MouseEvent): void {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    this.dispatchEvent(
      new CustomEvent('open-practice', { detail: this.result?.id, bubbles: true, composed: true }),
    );
  }

  override render() {
    const r = this.result;
    if (!r) return nothing;
    const award = r.award;
    return html`<article aria-labelledby="title">
      <div>
        <h3 id="title">
          <span class="rank">${this.rank}.</span
          ><a href=${this.href} @click=${this.open} data-practice=${r.id}>${r.title}</a>
        </h3>
        <p class="meta">
          <span class="collectivity">${r.collectivity.name}</span>
          (${KIND_LABELS[r.collectivity.kind]}${
            r.population !== null ? `, ${formatCount(r.population)} hab.` : ''
          })
          ${r.year !== null ? html` · ${r.year}` : nothing}
          ${
            award
              ? html` ·
                ${award.programme}${award.edition ? ` ${award.edition}` : ''}${
                  award.category ? `, ${award.category}` : ''
                }${award.medal ? `, ${MEDAL_LABELS[award.medal]}` : ''}`
              : nothing
          }
        </p>
      </div>
      <div
        class="score"
        data-score=${r.score.toFixed(4)}
        title="Classement : ${this.relevanceWord} × transférabilité = ${formatPercent(r.score)}"
      >
        <span class="number" data-pertinence=${r.pertinence.toFixed(4)}
          >${formatPercent(r.pertinence)}<small>${this.relevanceWord}</small></span
        >
        <span class="number" data-transferability=${r.transferability.toFixed(4)}
          >${formatPercent(r.transferability)}<small>transférabilité</small></span
        >
      </div>
      <criterion-bars .criteria=${r.criteria} .width=${340}></criterion-bars>
      ${this.renderWhy(r)}
    </article>`;
  }

  /** The strongest and weakest criteria in words: readable without hovering. */
  private renderWhy(r: RankedPractice) {
    const { strongest, weakest } = strongestAndWeakest(r.criteria);
    if (!strongest) return nothing;
    return html`<ul class="why">
      <li><strong>Point fort (${strongest.label}) :</strong> ${strongest.reason}</li>
      ${
        weakest
          ? html`<li><strong>Point faible (${weakest.label}) :</strong> ${weakest.reason}</li>`
          : nothing
      }
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'result-card': ResultCard;
  }
  interface HTMLElementEventMap {
    'open-practice': CustomEvent<string>;
  }
}
