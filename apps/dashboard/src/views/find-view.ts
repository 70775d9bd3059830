import { belowFloorText, noticeText } from '../format/notices';
import type { CollectivityKind, GeoEntity, RecommendResult, TargetProfile } from '@essaimage/core';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import '../components/collectivity-combobox';
import '../components/filter-panel';
import '../components/number-field';
import '../components/weight-sliders';
import { sharedStyles } from '../components/shared-styles';
import type { EngineClient } from '../engine/engine-client';
import type { EngineSummary } from '../engine/engine-api';
import { COLLECTIVITY_KINDS } from '../format/core-lists';
import { collectivityLabel } from '../format/collectivity-label';
import { KIND_LABELS, formatCount, formatEuros, formatFieldNumber } from '../format/labels';
import { INITIAL_STATE, NEED_MAX, type AppState } from '../state/app-state';
import { hasFilters } from '../state/practice-filter';
import { stateChangeEvent } from '../state/state-events';
import { resultItems } from './result-items';
import { targetInputOf } from './view-props';

const SEARCH_DELAY_MS = 150;
/** Where the layout goes to one column, and the form folds above the results. */
const PHONE_QUERY = '(max-width: 860px)';

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
        align-items: end;
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
      .folded-summary {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem 0.8rem;
        margin: 0;
        padding: 0.6rem 0.8rem;
        background: #fff;
        border: 1px solid var(--line, #c9d0d9);
        border-radius: 6px;
      }
      form[hidden] {
        display: none;
      }
      .warning {
        color: var(--danger, #a4161a);
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
  /** The text of the collectivity field when it names no collectivity (flagged there). */
  @state() private unresolvedText: string | null = null;
  private readonly phoneQuery = matchMedia(PHONE_QUERY);
  @state() private phone = this.phoneQuery.matches;
  /** The user unfolded the form on a phone. */
  @state() private unfolded = false;
  private readonly onPhoneChange = () => (this.phone = this.phoneQuery.matches);
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The filter panel was opened by the user: it stays open when the last filter goes. */
  @state() private filtersOpen = false;
  private request = 0;
  private searchedOnce = false;

  protected override willUpdate(): void {
    // Folded only when the view opens on a search (a link, Back): never while typing one.
    if (!this.hasUpdated) this.unfolded = this.appState.need.trim() === '';
  }

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

  /**
   * On a phone, opened on a search (a link, Back from a fiche), the form folds into one line
   * above the results (they start at the top, not 1,000 px down); « Modifier la recherche »
   * unfolds it.
   */
  private get folded(): boolean {
    return this.phone && !this.unfolded && this.appState.need.trim() !== '';
  }

  /** « Pamiers · « vélos en libre-service… » · budget 20 000 € ». */
  private foldedText(): string {
    const s = this.appState;
    const need = s.need.trim();
    const parts = [
      this.collectivityText() || 'Collectivité non précisée',
      `« ${need.length > 60 ? `${need.slice(0, 57)}…` : need} »`,
    ];
    if (s.budget !== null) parts.push(`budget ${formatEuros(s.budget)}`);
    if (s.staff !== null) parts.push(`${formatFieldNumber(s.staff)} ETP`);
    return parts.join(' · ');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.phoneQuery.addEventListener('change', this.onPhoneChange);
  }

  override disconnectedCallback(): void {
    this.phoneQuery.removeEventListener('change', this.onPhoneChange);
    super.disconnectedCallback();
  }

  /** Focus the result card's link to that practice, once the results are in. */
  async focusPractice(id: string): Promise<boolean> {
    for (let tries = 0; tries < 50 && !this.result; tries++)
      await new Promise((r) => setTimeout(r, 100));
    await this.updateComplete;
    const card = [...this.renderRoot.querySelectorAll('result-card')].find(
      (c) => c.result?.id === id,
    );
    if (!card) return false;
    await card.updateComplete;
    const link = card.shadowRoot?.querySelector<HTMLElement>('a[data-practice]');
    link?.focus();
    return !!link;
  }

  private change(patch: Partial<AppState>): void {
    this.dispatchEvent(stateChangeEvent(patch));
  }

  /** A text left in the collectivity field that is no collectivity: the profile is emptied. */
  private unresolved(text: string): void {
    this.unresolvedText = text;
    if (this.appState.profile.official) this.change({ profile: INITIAL_STATE.profile });
  }

  private pickCollectivity(entity: GeoEntity | null): void {
    this.unresolvedText = null;
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

  private openPractice(id: string): void {
    this.dispatchEvent(stateChangeEvent({ view: 'fiche', practiceId: id }, true));
  }

  override render() {
    const s = this.appState;
    const regions = this.summary?.regions ?? [];
    return html`<div class="layout">
      <section aria-labelledby="form-title">
        <h2 id="form-title">Votre recherche</h2>
        ${
          this.folded
            ? html`<p class="folded-summary">
                <span id="folded-text">${this.foldedText()}</span>
                <button
                  type="button"
                  aria-expanded="false"
                  aria-controls="search-form"
                  @click=${() => (this.unfolded = true)}
                >
                  Modifier la recherche
                </button>
              </p>`
            : nothing
        }
        <form id="search-form" ?hidden=${this.folded} @submit=${(e: Event) => e.preventDefault()}>
          <div class="panel">
            <collectivity-combobox
              label="Votre collectivité"
              .value=${this.unresolvedText ?? this.collectivityText()}
              .suggest=${(text: string) => this.engine.suggest(text, 8)}
              .exact=${(text: string) => this.engine.exactCollectivity(text)}
              @collectivity-select=${(e: CustomEvent<GeoEntity | null>) =>
                this.pickCollectivity(e.detail)}
              @collectivity-unresolved=${(e: CustomEvent<string>) => this.unresolved(e.detail)}
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
                <number-field
                  id="profile-population"
                  label="Population"
                  expects="un nombre d’habitants"
                  example="2 587"
                  .value=${s.profile.population}
                  @number-change=${(e: CustomEvent<number | null>) =>
                    this.change({ profile: { ...s.profile, population: e.detail } })}
                ></number-field>
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
                maxlength=${NEED_MAX}
                placeholder="Par exemple : améliorer les conditions de travail des agents des ateliers"
                .value=${s.need}
                @input=${(e: Event) => this.change({ need: (e.target as HTMLTextAreaElement).value })}
              ></textarea>
            </div>
            <div class="pair">
              <number-field
                id="budget"
                label="Budget maximal (€)"
                expects="un montant en euros"
                example="20 000"
                .value=${s.budget}
                @number-change=${(e: CustomEvent<number | null>) => this.change({ budget: e.detail })}
              ></number-field>
              <number-field
                id="staff"
                label="Personnel disponible (ETP)"
                expects="un nombre d’équivalents temps plein"
                example="0,5"
                .value=${s.staff}
                @number-change=${(e: CustomEvent<number | null>) => this.change({ staff: e.detail })}
              ></number-field>
            </div>
          </div>
          <details
            ?open=${this.filtersOpen || hasFilters(s.filters)}
            @toggle=${(e: Event) => (this.filtersOpen = (e.target as HTMLDetailsElement).open)}
          >
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
    return html`<p class="target" id="target-summary">
        ${
          this.unresolvedText !== null
            ? html`<strong class="warning"
                >« ${this.unresolvedText} » n’est pas une collectivité reconnue :</strong
              > `
            : nothing
        }${describeTarget(target)}
      </p>
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
  if (target.staff !== null) parts.push(`${formatFieldNumber(target.staff)} ETP`);
  return parts.length > 0
    ? `Pour : ${parts.join(', ')}`
    : 'Profil non renseigné : seuls le texte et le domaine comptent.';
}

declare global {
  interface HTMLElementTagNameMap {
    'find-view': FindView;
  }
}
