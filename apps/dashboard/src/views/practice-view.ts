import {
  reproductionGuide,
  type Practice,
  type RankedPractice,
  type SimilarResult,
  type TargetProfile,
} from '@essaimage/core';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import '../components/criterion-bars-element';
import { sharedStyles } from '../components/shared-styles';
import type { EngineClient } from '../engine/engine-client';
import type { EngineSummary } from '../engine/engine-api';
import {
  KIND_LABELS,
  MEDAL_LABELS,
  formatCount,
  formatDecimal,
  formatEuros,
  formatPercent,
} from '../format/labels';
import { INITIAL_STATE, type AppState } from '../state/app-state';
import { stateChangeEvent } from '../state/state-events';
import { formatState } from '../state/url-state';
import { reproductionSection } from './reproduction-section';
import { resultItems } from './result-items';
import { transferFacts } from './transfer-facts';
import { targetInputOf } from './view-props';

const PERIOD_LABELS = { 'one-off': 'ponctuel', annual: 'par an', 'multi-year': 'pluriannuel' };

/** The fiche of one practice: full text, facts, source, score breakdown, similar practices. */
@customElement('practice-view')
export class PracticeView extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(18rem, 24rem);
        gap: 1.2rem;
        align-items: start;
      }
      @media (max-width: 900px) {
        .layout {
          grid-template-columns: 1fr;
        }
      }
      h2 {
        margin: 0.3rem 0 0.2rem;
        font-size: 1.45rem;
      }
      h2:focus {
        outline: none;
      }
      h2:focus-visible {
        outline: 3px solid var(--focus, #c2410c);
      }
      h3 {
        margin: 1.1rem 0 0.4rem;
        font-size: 1.1rem;
      }
      .summary p {
        margin: 0 0 0.7rem;
        white-space: pre-line;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.35rem 0.9rem;
        margin: 0;
      }
      dt {
        font-weight: 700;
      }
      dd {
        margin: 0;
      }
      .quote {
        color: #4a5360;
        font-size: 0.9rem;
      }
      .result-line {
        margin: 0 0 0.3rem;
      }
      ol.results,
      ul.results {
        margin: 0.2rem 0 0;
        padding-left: 1.4rem;
      }
      #similar {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 0.6rem;
      }
      h4 {
        margin: 0.8rem 0 0.2rem;
        font-size: 0.98rem;
      }
      .score {
        display: flex;
        gap: 1.5rem;
        font-size: 1.4rem;
        font-weight: 700;
        color: #0b3d73;
      }
      .score small {
        display: block;
        font-size: 0.8rem;
        font-weight: 400;
      }
    `,
  ];

  @property({ attribute: false }) appState: AppState = INITIAL_STATE;
  @property({ attribute: false }) engine!: EngineClient;
  @property({ attribute: false }) summary: EngineSummary | null = null;
  @property({ type: Number }) dataVersion = 0;
  @state() private practice: Practice | null | undefined = undefined;
  @state() private breakdown: RankedPractice | null = null;
  @state() private similar: SimilarResult | null = null;
  @state() private target: TargetProfile | null = null;
  /** The practice whose fiche was last announced (tab title, focus). */
  private announced: string | null = null;

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('appState') || changed.has('summary') || changed.has('dataVersion'))
      void this.load();
  }

  private async load(): Promise<void> {
    const id = this.appState.practiceId;
    if (!this.summary || !id) return;
    const s = this.appState;
    const request = {
      need: s.need,
      target: targetInputOf(s),
      weights: s.weights,
      filters: s.filters,
      top: 5,
    };
    const [practice, breakdown, similar, target] = await Promise.all([
      this.engine.practice(id),
      this.engine.explain(id, request),
      this.engine.similar(id, request),
      this.engine.resolve(request.target),
    ]);
    if (id !== this.appState.practiceId) return;
    this.practice = practice;
    this.target = target;
    this.breakdown = breakdown;
    this.similar = similar;
    // A fiche left before its practice came (Back) names no tab and takes no focus.
    if (this.announced === id || !this.isConnected) return;
    // A new fiche: its title names the tab, and focus moves to its heading (not to <body>).
    this.announced = id;
    document.title = `${practice ? practice.title : 'Fiche introuvable'} — Essaimage`;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#practice-title')?.focus();
  }

  private back(event: MouseEvent): void {
    if (event.button !== 0 || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    this.dispatchEvent(stateChangeEvent({ view: 'trouver', practiceId: null }, true));
  }

  private openPractice(id: string): void {
    this.dispatchEvent(stateChangeEvent({ view: 'fiche', practiceId: id }, true));
  }

  override render() {
    const p = this.practice;
    const backLink = html`<a
      href=${formatState({ ...this.appState, view: 'trouver', practiceId: null }) || '?'}
      @click=${this.back}
      >← Retour aux résultats</a
    >`;
    if (p === undefined)
      return html`${backLink}
        <p>Chargement de la fiche…</p>`;
    if (p === null)
      return html`${backLink}
        <p role="alert">
          Aucune pratique ne porte l’identifiant « ${this.appState.practiceId} ».
        </p>`;
    return html`${backLink}
      <div class="layout">
        <article class="card" aria-labelledby="practice-title">
          <h2 id="practice-title" tabindex="-1">${p.title}</h2>
          <p class="muted" id="practice-where">
            ${this.where(p)}${p.year !== null ? ` · ${p.year}` : ''}
          </p>
          <div class="summary">
            ${p.summary.split(/\n\s*\n/).map((paragraph) => html`<p>${paragraph}</p>`)}
          </div>
          <h3>En bref</h3>
          ${this.renderFacts(p)}
          ${this.target ? reproductionSection(reproductionGuide(p, this.target)) : nothing}
        </article>
        <aside>
          <section class="card" aria-labelledby="breakdown-title">
            <h3 id="breakdown-title" style="margin-top:0">Score pour votre recherche</h3>
            ${
              this.breakdown
                ? html`<p
                      class="score"
                      id="breakdown-score"
                      data-score=${this.breakdown.score.toFixed(4)}
                    >
                      <span
                        >${formatPercent(this.breakdown.pertinence)}
                        <small class="muted">pertinence</small></span
                      >
                      <span
                        >${formatPercent(this.breakdown.transferability)}
                        <small class="muted">transférabilité</small></span
                      >
                    </p>
                    <criterion-bars
                      all-reasons
                      .criteria=${this.breakdown.criteria}
                      .width=${320}
                    ></criterion-bars>`
                : html`<p class="muted">
                    ${
                      this.appState.need.trim() === ''
                        ? 'Décrivez votre besoin dans « Trouver des pratiques » pour voir le score de cette pratique.'
                        : 'Cette pratique ne partage aucun mot, ni mot proche, avec votre besoin.'
                    }
                  </p>`
            }
          </section>
          <section aria-labelledby="similar-title" style="margin-top:1rem">
            <h3 id="similar-title">Pratiques similaires</h3>
            ${
              this.similar && this.similar.results.length > 0
                ? html`<ol id="similar">
                    ${resultItems(
                      this.similar.results,
                      this.appState,
                      (id) => this.openPractice(id),
                      'proximité',
                    )}
                  </ol>`
                : html`<p class="muted">Aucune pratique proche.</p>`
            }
          </section>
        </aside>
      </div>`;
  }

  /** « Vertou, commune · département de Loire-Atlantique (44) ». */
  private where(p: Practice): string {
    const name = `${p.officialName ?? p.collectivity.name}, ${KIND_LABELS[p.collectivity.kind]}`;
    if (!p.department) return name;
    const department = this.summary?.departments.find((d) => d.code === p.department)?.name;
    return `${name} · département ${department ? `${department} (${p.department})` : p.department}`;
  }

  private renderFacts(p: Practice) {
    const award = p.award;
    return html`<dl>
      <dt>Collectivité</dt>
      <dd>
        ${p.officialName ?? p.collectivity.name}${
          p.collectivity.code ? ` (code ${p.collectivity.code})` : ''
        }${p.population !== null ? `, ${formatCount(p.population)} hab.` : ''}
      </dd>
      ${
        p.partners.length > 0
          ? html`<dt>Partenaires</dt>
              <dd>${p.partners.map((c) => c.name).join(', ')}</dd>`
          : nothing
      }
      <dt>Distinction</dt>
      <dd>
        ${
          award
            ? `${award.programme}${award.edition ? ` ${award.edition}` : ''}${
                award.category ? ` — ${award.category}` : ''
              }${award.medal ? ` (${MEDAL_LABELS[award.medal]})` : ''}`
            : 'non précisée'
        }
      </dd>
      <dt>Budget</dt>
      <dd>
        ${
          p.budget
            ? html`${p.budget.amount !== null ? formatEuros(p.budget.amount) : 'montant non précisé'}${
                  p.budget.period ? ` (${PERIOD_LABELS[p.budget.period]})` : ''
                }
                <div class="quote">« ${p.budget.text} »</div>`
            : 'non précisé'
        }
      </dd>
      <dt>Personnel</dt>
      <dd>
        ${
          p.staff
            ? html`${
                  p.staff.fte !== null
                    ? `${formatDecimal(p.staff.fte)} ETP`
                    : p.staff.agents !== null
                      ? `${formatDecimal(p.staff.agents)} agent(s)`
                      : 'non chiffré'
                }
                <div class="quote">« ${p.staff.text} »</div>`
            : 'non précisé'
        }
      </dd>
      <dt>Résultats</dt>
      <dd>${p.results ? renderResults(p.results) : 'non précisés'}</dd>
      ${transferFacts(p)}
      <dt>Domaines</dt>
      <dd>
        ${p.policyAreas
          .map((code) => this.summary?.policyAreas.find((a) => a.code === code)?.label ?? code)
          .join(', ')}
      </dd>
      <dt>Source</dt>
      <dd>
        ${
          p.source.url && /^https?:\/\//.test(p.source.url)
            ? html`<a href=${p.source.url} rel="noopener noreferrer" target="_blank"
                >${p.source.document}</a
              >`
            : p.source.document
        }${p.source.publisher ? `, ${p.source.publisher}` : ''}
      </dd>
    </dl>`;
  }
}

/**
 * The results as the source writes them: an introduction, then a numbered or bulleted list
 * when the lines are one (« 1. … », « - … »), kept a list instead of run into one line.
 */
function renderResults(text: string) {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const item = /^(\d+[.)]|[-•–*])\s+/;
  const first = lines.findIndex((line) => item.test(line));
  if (first < 0 || lines.slice(first).some((line) => !item.test(line)))
    return lines.map((line) => html`<p class="result-line">${line}</p>`);
  const numbered = /^\d/.test(lines[first]);
  const items = lines.slice(first).map((line) => html`<li>${line.replace(item, '')}</li>`);
  return html`${lines.slice(0, first).map((line) => html`<p class="result-line">${line}</p>`)}
  ${
    numbered
      ? html`<ol class="results">
          ${items}
        </ol>`
      : html`<ul class="results">
          ${items}
        </ul>`
  }`;
}

declare global {
  interface HTMLElementTagNameMap {
    'practice-view': PracticeView;
  }
}
