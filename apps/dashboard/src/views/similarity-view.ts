import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { CATEGORY_COLOURS } from '../charts/palette';
import { drawScatterMap, type ScatterPoint } from '../charts/scatter-map';
import { sharedStyles } from '../components/shared-styles';
import type { EngineSummary, ProjectedPoint } from '../engine/engine-api';
import type { EngineClient } from '../engine/engine-client';
import { INITIAL_STATE, type AppState } from '../state/app-state';
import { stateChangeEvent } from '../state/state-events';
import { formatState } from '../state/url-state';

const OTHER_AREAS = 'autres domaines';

/**
 * "Carte des similarités": each practice placed by the first two principal components of its
 * tf-idf vector (close dots share vocabulary), coloured by its first policy area.
 */
@customElement('similarity-view')
export class SimilarityView extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      h2 {
        margin: 0 0 0.3rem;
        font-size: 1.25rem;
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr) 16rem;
        gap: 1rem;
        align-items: start;
      }
      @media (max-width: 900px) {
        .layout {
          grid-template-columns: 1fr;
        }
      }
      svg {
        display: block;
        max-width: 100%;
        height: auto;
      }
      svg circle:focus {
        outline: none;
        stroke: #c2410c;
        stroke-width: 3px;
      }
      .hover {
        min-height: 3rem;
        margin: 0.4rem 0 0;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        font-size: 0.85rem;
        display: grid;
        gap: 0.2rem;
      }
      .swatch {
        display: inline-block;
        width: 0.8rem;
        height: 0.8rem;
        border-radius: 50%;
        margin-right: 0.35rem;
        vertical-align: -0.1rem;
        border: 1px solid #1b1f24;
      }
    `,
  ];

  @property({ attribute: false }) appState: AppState = INITIAL_STATE;
  @property({ attribute: false }) engine!: EngineClient;
  @property({ attribute: false }) summary: EngineSummary | null = null;
  @property({ type: Number }) dataVersion = 0;
  @state() private projected: ProjectedPoint[] | null = null;
  @state() private highlighted: ScatterPoint | null = null;
  @query('svg') private svg?: SVGSVGElement;

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('summary') || changed.has('dataVersion')) void this.load();
    if (changed.has('projected' as keyof SimilarityView)) this.draw();
  }

  private async load(): Promise<void> {
    if (!this.summary) return;
    this.projected = await this.engine.projection();
  }

  /** The most frequent first areas get a colour each; the rest share grey. */
  private areaColours(): Map<string, string> {
    const counts = new Map<string, number>();
    for (const p of this.projected ?? []) {
      const area = p.area ?? OTHER_AREAS;
      counts.set(area, (counts.get(area) ?? 0) + 1);
    }
    const ranked = [...counts.entries()].sort(([a, n], [b, m]) => m - n || a.localeCompare(b));
    const colours = new Map<string, string>();
    ranked
      .slice(0, CATEGORY_COLOURS.length - 1)
      .forEach(([area], i) => colours.set(area, CATEGORY_COLOURS[i]));
    return colours;
  }

  private areaLabel(code: string): string {
    return this.summary?.policyAreas.find((a) => a.code === code)?.label ?? code;
  }

  private draw(): void {
    if (!this.svg || !this.projected) return;
    // Drawn at the card's width: a phone gets dots a finger can hit, not a scaled-down drawing.
    const width = Math.max(280, Math.min(900, (this.svg.parentElement?.clientWidth ?? 900) - 32));
    const phone = width < 600;
    const colours = this.areaColours();
    const grey = '#9aa3ad';
    drawScatterMap(
      this.svg,
      this.projected.map((p) => ({
        id: p.id,
        title: p.title,
        x: p.x,
        y: p.y,
        colour: colours.get(p.area ?? OTHER_AREAS) ?? grey,
        label: `${p.title} — ${p.collectivity}${p.area ? ` (${this.areaLabel(p.area)})` : ''}`,
      })),
      {
        width,
        height: Math.round(width * (phone ? 0.9 : 0.6)),
        radius: phone ? 10 : 7,
        onOpen: (id) =>
          this.dispatchEvent(stateChangeEvent({ view: 'fiche', practiceId: id }, true)),
        onHighlight: (point) => (this.highlighted = point),
      },
    );
  }

  private openHighlighted(event: MouseEvent): void {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || !this.highlighted) return;
    event.preventDefault();
    const id = this.highlighted.id;
    this.dispatchEvent(stateChangeEvent({ view: 'fiche', practiceId: id }, true));
  }

  override render() {
    const colours = this.areaColours();
    const coloured = [...colours.keys()];
    const hasOthers = (this.projected ?? []).some((p) => !colours.has(p.area ?? OTHER_AREAS));
    return html`<h2>Carte des similarités</h2>
      <p class="muted" style="margin-top:0">
        Chaque point est une pratique ; deux points proches emploient un vocabulaire proche
        (projection des vecteurs TF-IDF sur leurs deux premières composantes principales). Survolez
        ou parcourez les points au clavier pour lire leur titre ; cliquez ou appuyez sur Entrée pour
        ouvrir la fiche (sur un écran tactile : touchez un point, puis touchez-le à nouveau).
      </p>
      <div class="layout">
        <div class="card">
          <p class="hover" aria-live="polite">
            ${
              this.highlighted
                ? html`${this.highlighted.label}
                    <a
                      href=${formatState({ ...this.appState, view: 'fiche', practiceId: this.highlighted.id })}
                      @click=${(e: MouseEvent) => this.openHighlighted(e)}
                      >Ouvrir la fiche</a
                    >`
                : html`<span class="muted">Survolez ou touchez un point pour lire son titre.</span>`
            }
          </p>
          <svg role="group" aria-label="Pratiques placées selon la similarité de leur texte"></svg>
        </div>
        <aside class="card" aria-labelledby="legend-title">
          <h3 id="legend-title" style="margin:0 0 0.4rem;font-size:1rem">Domaine principal</h3>
          <ul>
            ${coloured.map(
              (area) =>
                html`<li>
                  <span class="swatch" style="background:${colours.get(area)}"></span>${
                    area === OTHER_AREAS ? 'sans domaine' : this.areaLabel(area)
                  }
                </li>`,
            )}
            ${
              hasOthers
                ? html`<li>
                    <span class="swatch" style="background:#9aa3ad"></span>autres domaines
                  </li>`
                : nothing
            }
          </ul>
        </aside>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'similarity-view': SimilarityView;
  }
}
