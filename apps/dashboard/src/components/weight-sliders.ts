import type { CriterionName } from '@essaimage/core';
import { CRITERION_NAMES, MIN_RELEVANCE_WEIGHT } from '../format/core-lists';
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { CRITERION_HELP, CRITERION_LABELS, formatDecimal } from '../format/labels';
import { WEIGHT_MAX } from '../state/app-state';
import { sharedStyles } from './shared-styles';

/**
 * One slider per criterion weight (0 switches a criterion off; the relevance one stops at core's
 * minimum, so the need always counts). Fires `weights-change` with the
 * weights that differ from the defaults on every move, so the ranking follows live.
 */
@customElement('weight-sliders')
export class WeightSliders extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      fieldset {
        border: 1px solid var(--line, #c9d0d9);
        border-radius: 6px;
        margin: 0;
        padding: 0.6rem 0.8rem;
      }
      legend {
        font-weight: 700;
        padding: 0 0.3rem;
      }
      .row {
        display: grid;
        grid-template-columns: 6.5rem 1fr 2.2rem;
        align-items: center;
        gap: 0.5rem;
        margin: 0.15rem 0;
      }
      input[type='range'] {
        width: 100%;
        accent-color: #0b5cad;
      }
      output {
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      .actions {
        margin-top: 0.4rem;
      }
    `,
  ];

  @property({ attribute: false }) weights: Partial<Record<CriterionName, number>> = {};
  /** The engine's default weights (from the engine worker). */
  @property({ attribute: false }) defaults: Record<CriterionName, number> | null = null;

  private change(name: CriterionName, value: number): void {
    const weights = { ...this.weights };
    if (value === this.defaults?.[name]) delete weights[name];
    else weights[name] = value;
    this.weights = weights;
    this.dispatchEvent(new CustomEvent('weights-change', { detail: weights }));
  }

  private reset(): void {
    this.weights = {};
    this.dispatchEvent(new CustomEvent('weights-change', { detail: {} }));
  }

  override render() {
    return html`<fieldset>
      <legend>Poids des critères</legend>
      ${CRITERION_NAMES.map((name) => {
        const value = this.weights[name] ?? this.defaults?.[name] ?? 1;
        return html`<div class="row">
          <label for="w-${name}">${CRITERION_LABELS[name]}</label>
          <input
            id="w-${name}"
            type="range"
            min=${name === 'relevance' ? MIN_RELEVANCE_WEIGHT : 0}
            max=${WEIGHT_MAX}
            step="0.1"
            data-criterion=${name}
            aria-describedby="h-${name}"
            .value=${String(value)}
            @input=${(e: Event) => this.change(name, Number((e.target as HTMLInputElement).value))}
          />
          <output for="w-${name}">${formatDecimal(value)}</output>
          <span id="h-${name}" class="visually-hidden">${CRITERION_HELP[name]}</span>
        </div>`;
      })}
      <div class="actions">
        <button type="button" @click=${this.reset}>Poids par défaut</button>
      </div>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'weight-sliders': WeightSliders;
  }
  interface HTMLElementEventMap {
    'weights-change': CustomEvent<Partial<Record<CriterionName, number>>>;
  }
}
