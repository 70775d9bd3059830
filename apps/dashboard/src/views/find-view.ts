import { belowFloorText, noticeText } from '../format/notices';
import type { CollectivityKind, GeoEntity, RecommendResult, TargetProfile } from '@essaimage/core';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import '../components/collectivity-combobox';
import '../components/filter-panel';
import '../components/weight-sliders';
import { sharedStyles } from '../components/shared-styles';
import type { EngineClient } from '../engine/engine-client';
import type { EngineSummary } from '../engine/engine-api';
import { COLLECTIVITY_KINDS } from '../format/core-lists';
import { collectivityLabel } from '../format/collectivity-label';
import { KIND_LABELS, formatCount, formatEuros } from '../format/labels';
import { INITIAL_STATE, type AppState } from '../state/app-state';
import { hasFilters } from '../state/practice-filter';
import { stateChangeEvent } from '../state/state-events';
import { resultItems } from './result-items';
import { targetInputOf } from './view-props';

const SEARCH_DELAY_MS = 150;

/** "Trouver des pratiques": who you are, what you need, and the ranked, explained practices. */
@customElement('find-view')
export class FindView extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(18rem, 25rem) 1fr;
        gap: 1.2rem;
        align-items: start;
      }
      @media (max-width: 860px) {
        .layout {
          grid-template-columns: 1fr;
        }
      }
      form {
        display: grid;
        gap: 0.8rem;
      }
      .pair {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0.6rem;
      }
      details {
        border: 1px solid var(--line, #c9d0d9);
        border-radius: 6px;
        padding: 0.4rem 0.7rem;
        background: #fff;
      }
      summary {
        cursor: pointer;
        font-weight: 700;
      }
      details[open] summary {
        margin-bottom: 0.5rem;
      }
      details .pair,
      details label {
        margin-top: 0.3rem;
      }
      textarea {
        min-height: 5.5rem;
        resize: vertical;
      }
      h2 {
        margin: 0 0 0.4rem;
        font-size: 1.2rem;
      }
      .target {
        margin: 0 0 0.8rem;
        font-size: 0.95rem;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.7rem;
      }
      .hint {
        padding: 1rem;
        background: #fff;
        border: 1px dashed #98a2b0;
        border-radius: 6px;
      }
      .panel {
        background: #fff;
        border: 1px solid var(--line, #c9d0d9);
        border-radius: 6px;
        padding: 0.8rem;
        display: grid;
        gap: 0.7rem;
      }
      .field-help {
        font-size: 0.8rem;
        color: #4a5360;
        margin: 0.15rem 0 0;
      }
    `,
  ];

  @property({ attribute: false }) appState: AppState = INITIAL_STATE;
  @property({ attribute: false }) engine!: EngineClient;
  @property({ attribute: false }) summary: EngineSummary | null = null;
  @property({ type: Number }) dataVersion = 0;
  @state() private result: RecommendResult | null = null;
  @state() private error: string | null = null;
  @state() private searching = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private request = 0;
  private searchedOnce = false;

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('appState') || changed.has('summary') || changed.has('dataVersion')) {
      clearTimeout(this.timer);
      // The first search (a link, a reload) runs at once; typing is debounced.
      const delay = this.searchedOnce ? SEARCH_DELAY_MS : 0;
      this.timer = setTimeout(() => void this.search(), delay);
    }
  }

  private async search(): Promise<void> {
    if (!this.summary) return;
    const s = this.appState;
    const request = ++this.request;
    if (s.need.trim() === '') {
      this.result = null;
      this.error = null;
      return;
    }
    this.searchedOnce = true;
    this.searching = true;
    try {
      const result = await this.engine.recommend({
        need: s.need,
        target: targetInputOf(s),
        weights: s.weights,
        filters: s.filters,
        top: 10,
      });
      if (request !== this.request) return;
      this.result = result;
      this.error = null;
      await this.updateComplete;
      this.dispatchEvent(new CustomEvent('results-shown', { bubbles: true, composed: true }));
    } catch (error) {
      if (request !== this.request) return;
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      if (request === this.request) this.searching = false;
    }
  }

  private change(patch: Partial<AppState>): void {
    this.dispatchEvent(stateChangeEvent(patch));
  }

  private pickCollectivity(entity: GeoEntity | null): void {
    const profile = entity
      ? {
          official: { kind: entity.kind, code: entity.code },
          label: collectivityLabel(entity),
          kind: null,
          population: null,
          region: null,
        }
      : INITIAL_STATE.profile;
    this.change({ profile });
  }

  /**
   * The collectivity field's text: the label picked, or, for a link that gives only the official
   * code (`?cible=commune:39189`, no `nom`), the collectivity the engine resolved it to.
   */
  private collectivityText(): string {
    const { official, label } = this.appState.profile;
    const target = this.result?.target;
    if (label !== '' || official === null || target?.code !== official.code) return label;
    return target.name !== null && target.kind !== null
      ? collectivityLabel({ ...target, name: target.name, kind: target.kind })
      : label;
  }

  private numberOrNull(text: string): number | null {
    const value = Number(text.replace(/\s/g, '').replace(',', '.'));
    return text.trim() === '' || !Number.isFinite(value) || value < 0 ? null : value;
  }

  private openPractice(id: string): void {
    this.dispatchEvent(stateChangeEvent({ view: 'fiche', practiceId: id }, true));
  }

  override render() {
    const s = this.appState;
    const regions = this.summary?.regions ?? [];
    return html`<div class="layout">
      <section aria-labelledby="form-title">
        <h2 id="form-title">Votre recherche</h2>
        <form @submit=${(e: Event) => e.preventDefault()}>
          <div class="panel">
            <collectivity-combobox
              label="Votre collectivité"
              .value=${this.collectivityText()}
              .suggest=${(text: string) => this.engine.suggest(text, 8)}
              @collectivity-select=${(e: CustomEvent<GeoEntity | null>) =>
                this.pickCollectivity(e.detail)}
            ></collectivity-combobox>
            <details ?open=${s.profile.kind !== null || s.profile.population !== null}>
              <summary>Ou décrivez-la à la main</summary>
              <div class="pair">
                <label
                  >Type
                  <select
                    id="profile-kind"
                    @change=${(e: Event) =>
                      this.change({
                        profile: {
                          ...s.profile,
                          kind: ((e.target as HTMLSelectElement).value ||
                            null) as CollectivityKind | null,
                        },
                      })}
                  >
                    <option value="" ?selected=${s.profile.kind === null}>—</option>
                    ${COLLECTIVITY_KINDS.map(
                      (k) =>
                        html`<option value=${k} ?selected=${s.profile.kind === k}>
                          ${KIND_LABELS[k]}
                        </option>`,
                    )}
                  </select></label
                >
                <label
                  >Population
                  <input
                    id="profile-population"
                    type="number"
                    min="0"
                    .value=${s.profile.population === null ? '' : String(s.profile.population)}
                    @change=${(e: Event) =>
                      this.change({
                        profile: {
                          ...s.profile,
                          population: this.numberOrNull((e.target as HTMLInputElement).value),
                        },
                      })}
                /></label>
              </div>
              <label
                >Région
                <select
                  id="profile-region"
                  @change=${(e: Event) =>
                    this.change({
                      profile: {
                        ...s.profile,
                        region: (e.target as HTMLSelectElement).value || null,
                      },
                    })}
                >
                  <option value="" ?selected=${s.profile.region === null}>—</option>
                  ${regions.map(
                    (r) =>
                      html`<option value=${r.code} ?selected=${s.profile.region === r.code}>
                        ${r.name}
                      </option>`,
                  )}
                </select></label
              >
            </details>
            <div>
              <label for="need">Votre besoin</label>
              <textarea
                id="need"
                placeholder="Par exemple : améliorer les conditions de travail des agents des ateliers"
                .value=${s.need}
                @input=${(e: Event) => this.change({ need: (e.target as HTMLTextAreaElement).value })}
              ></textarea>
            </div>
            <div class="pair">
              <div>
                <label for="budget">Budget maximal (€)</label>
                <input
                  id="budget"
                  type="number"
                  min="0"
                  step="1000"
                  .value=${s.budget === null ? '' : String(s.budget)}
                  @change=${(e: Event) =>
                    this.change({
                      budget: this.numberOrNull((e.target as HTMLInputElement).value),
                    })}
                />
              </div>
              <div>
                <label for="staff">Personnel disponible (ETP)</label>
                <input
                  id="staff"
                  type="number"
                  min="0"
                  step="0.5"
                  .value=${s.staff === null ? '' : String(s.staff)}
                  @change=${(e: Event) =>
                    this.change({ staff: this.numberOrNull((e.target as HTMLInputElement).value) })}
                />
              </div>
            </div>
          </div>
          <details ?open=${hasFilters(s.filters)}>
            <summary>Filtres${hasFilters(s.filters) ? ' (actifs)' : ''}</summary>
            <filter-panel
              .filters=${s.filters}
              .regions=${regions}
              .policyAreas=${this.summary?.policyAreas ?? []}
              @filters-change=${(e: CustomEvent) => this.change({ filters: e.detail })}
            ></filter-panel>
          </details>
          <weight-sliders
            .weights=${s.weights}
            .defaults=${this.summary?.defaultWeights ?? null}
            @weights-change=${(e: CustomEvent) => this.change({ weights: e.detail })}
          ></weight-sliders>
        </form>
      </section>
      <section aria-labelledby="results-title" aria-busy=${this.searching ? 'true' : 'false'}>
        <h2 id="results-title">Pratiques à essaimer</h2>
        ${this.renderResults()}
      </section>
    </div>`;
  }

  private renderResults() {
    if (this.error) return html`<p class="hint" role="alert">${this.error}</p>`;
    if (!this.summary) return html`<p class="hint">Chargement des pratiques…</p>`;
    if (this.appState.need.trim() === '')
      return html`<p class="hint">
        Indiquez votre collectivité et décrivez votre besoin : les ${this.summary.practiceCount}
        pratiques du catalogue seront classées selon leur pertinence et leur transférabilité chez
        vous.
      </p>`;
    if (!this.result) return nothing;
    const { results, target, notices, belowFloor } = this.result;
    const filtered = hasFilters(this.appState.filters) ? ' (avec ces filtres)' : '';
    return html`<p class="target" id="target-summary">${describeTarget(target)}</p>
      ${notices.map(
        (n) =>
          html`<p class="hint notice" role="status" data-notice=${n.code}>
            ${noticeText(n)}${n.code === 'nothing-relevant' ? filtered : ''}
          </p>`,
      )}
      ${
        results.length === 0
          ? notices.length > 0
            ? nothing
            : html`<p class="hint" role="status">
                Aucune pratique ne correspond à ce besoin${filtered}.
              </p>`
          : html`<ol aria-label="Résultats classés" id="results">
              ${resultItems(results, this.appState, (id) => this.openPractice(id))}
            </ol>`
      }
      ${
        results.length > 0 && belowFloor > 0
          ? html`<p class="hint" id="below-floor">${belowFloorText(belowFloor)}</p>`
          : nothing
      }`;
  }
}

/** "Pour : Pamiers, commune, 15 432 hab., région 76 ; budget 20 000 €". */
function describeTarget(target: TargetProfile): string {
  const parts: string[] = [];
  if (target.name) parts.push(target.name);
  if (target.kind) parts.push(KIND_LABELS[target.kind]);
  if (target.population !== null) parts.push(`${formatCount(target.population)} hab.`);
  if (target.department) parts.push(`dép. ${target.department}`);
  if (target.budget !== null) parts.push(`budget ${formatEuros(target.budget)}`);
  if (target.staff !== null) parts.push(`${target.staff} ETP`);
  return parts.length > 0
    ? `Pour : ${parts.join(', ')}`
    : 'Profil non renseigné : seuls le texte et le domaine comptent.';
}

declare global {
  interface HTMLElementTagNameMap {
    'find-view': FindView;
  }
}
