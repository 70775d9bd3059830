import type { PolicyArea, RegionInfo } from '@essaimage/core';
import { COLLECTIVITY_KINDS } from '../format/core-lists';
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { KIND_LABELS } from '../format/labels';
import { POPULATION_BANDS, type PracticeFilters } from '../state/app-state';
import { sharedStyles } from './shared-styles';

type ListKey = 'regions' | 'kinds' | 'bands' | 'areas';

/** The practice filters (region, kind, size, years, policy areas); fires `filters-change`. */
@customElement('filter-panel')
export class FilterPanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
        gap: 0.6rem;
      }
      fieldset {
        border: 1px solid var(--line, #c9d0d9);
        border-radius: 6px;
        margin: 0;
        padding: 0.4rem 0.7rem 0.6rem;
        min-width: 0;
      }
      legend {
        font-weight: 700;
        font-size: 0.9rem;
        padding: 0 0.3rem;
      }
      .options {
        max-height: 9.5rem;
        overflow-y: auto;
      }
      .check {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        min-height: 1.75rem;
        font-size: 0.9rem;
        font-weight: 400;
      }
      /* WCAG 2.2 target size: 24 px at least. */
      .check input {
        width: 1.5rem;
        height: 1.5rem;
        margin: 0;
        flex: none;
      }
      .years {
        display: flex;
        gap: 0.6rem;
      }
      .years label {
        flex: 1;
        font-weight: 400;
      }
      .actions {
        margin-top: 0.5rem;
      }
    `,
  ];

  @property({ attribute: false }) filters!: PracticeFilters;
  @property({ attribute: false }) regions: RegionInfo[] = [];
  @property({ attribute: false }) policyAreas: PolicyArea[] = [];

  private emit(patch: Partial<PracticeFilters>): void {
    this.dispatchEvent(
      new CustomEvent('filters-change', { detail: { ...this.filters, ...patch } }),
    );
  }

  private toggle(key: ListKey, value: string, checked: boolean): void {
    const current = this.filters[key] as string[];
    const next = checked ? [...current, value] : current.filter((v) => v !== value);
    this.emit({ [key]: next } as Partial<PracticeFilters>);
  }

  private year(key: 'yearFrom' | 'yearTo', text: string): void {
    const value = text.trim() === '' ? null : Number(text);
    this.emit({ [key]: Number.isFinite(value) ? value : null });
  }

  private checks(key: ListKey, legend: string, options: { value: string; label: string }[]) {
    const selected = this.filters[key] as string[];
    return html`<fieldset>
      <legend>${legend}</legend>
      <div class="options">
        ${options.map(
          (o) =>
            html`<label class="check"
              ><input
                type="checkbox"
                name=${key}
                value=${o.value}
                .checked=${selected.includes(o.value)}
                @change=${(e: Event) =>
                  this.toggle(key, o.value, (e.target as HTMLInputElement).checked)}
              />${o.label}</label
            >`,
        )}
      </div>
    </fieldset>`;
  }

  override render() {
    const f = this.filters;
    return html`<div class="grid">
        ${this.checks(
          'regions',
          'Région',
          this.regions
            .filter((r) => r.zone !== 'com')
            .map((r) => ({ value: r.code, label: r.name })),
        )}
        ${this.checks(
          'kinds',
          'Type de collectivité',
          COLLECTIVITY_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] })),
        )}
        ${this.checks(
          'bands',
          'Taille',
          POPULATION_BANDS.map((b) => ({ value: b.code, label: b.label })),
        )}
        ${this.checks(
          'areas',
          'Domaine d’action publique',
          this.policyAreas.map((a) => ({ value: a.code, label: a.label })),
        )}
        <fieldset>
          <legend>Années</legend>
          <div class="years">
            <label
              >de
              <input
                type="text"
                inputmode="numeric"
                maxlength="4"
                autocomplete="off"
                .value=${f.yearFrom === null ? '' : String(f.yearFrom)}
                @change=${(e: Event) => this.year('yearFrom', (e.target as HTMLInputElement).value)}
            /></label>
            <label
              >à
              <input
                type="text"
                inputmode="numeric"
                maxlength="4"
                autocomplete="off"
                .value=${f.yearTo === null ? '' : String(f.yearTo)}
                @change=${(e: Event) => this.year('yearTo', (e.target as HTMLInputElement).value)}
            /></label>
          </div>
        </fieldset>
      </div>
      <div class="actions">
        <button
          type="button"
          @click=${() =>
            this.emit({
              regions: [],
              kinds: [],
              bands: [],
              areas: [],
              yearFrom: null,
              yearTo: null,
            })}
        >
          Effacer les filtres
        </button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'filter-panel': FilterPanel;
  }
  interface HTMLElementEventMap {
    'filters-change': CustomEvent<PracticeFilters>;
  }
}
