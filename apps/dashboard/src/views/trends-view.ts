import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { drawBarChart, type BarDatum } from '../charts/bar-chart';
import { drawBudgetStrip } from '../charts/budget-strip';
import { OVERSEAS_REGIONS, drawRegionMap } from '../charts/region-map';
import { tooltipMarks, type MarkTip } from '../charts/mark-tooltips';
import { drawStackedBars, seriesColour } from '../charts/stacked-bars';
import '../components/filter-panel';
import { sharedStyles } from '../components/shared-styles';
import type { EngineSummary } from '../engine/engine-api';
import { formatEuros } from '../format/labels';
import { INITIAL_STATE, type AppState } from '../state/app-state';
import { hasFilters } from '../state/practice-filter';
import { stateChangeEvent } from '../state/state-events';
import type { StoreHandle } from '../store/store-handle';
import type { TrendData } from '../store/trend-data';
import { bandBars, kindBars, medalBars, yearCategorySeries } from './trend-series';

const PERIOD_ROWS: Record<string, string> = {
  'one-off': 'ponctuel',
  annual: 'annuel',
  'multi-year': 'pluriannuel',
};
/** The row of a budget in the strip: its period, never mixed with another. */
const periodRow = (period: string | null) =>
  period ? (PERIOD_ROWS[period] ?? period) : 'non précisée';

/** "Tendances": what gets awarded, drawn from DuckDB; the filters apply to every chart. */
@customElement('trends-view')
export class TrendsView extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        position: relative;
      }
      .tip {
        position: absolute;
        z-index: 5;
        max-width: 18rem;
        padding: 0.3rem 0.5rem;
        background: #1b1f24;
        color: #fff;
        font-size: 0.85rem;
        border-radius: 4px;
        pointer-events: none;
        transform: translate(-50%, calc(-100% - 6px));
      }
      svg .mark:focus {
        outline: none;
        stroke: #c2410c;
        stroke-width: 3px;
      }
      h2 {
        margin: 0 0 0.5rem;
        font-size: 1.25rem;
      }
      details {
        background: #fff;
        border: 1px solid var(--line, #c9d0d9);
        border-radius: 6px;
        padding: 0.4rem 0.7rem;
        margin-bottom: 1rem;
      }
      summary {
        cursor: pointer;
        font-weight: 700;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 34rem), 1fr));
        gap: 1rem;
      }
      figure {
        margin: 0;
        background: #fff;
        border: 1px solid var(--line, #c9d0d9);
        border-radius: 6px;
        padding: 0.8rem 1rem;
        min-width: 0;
      }
      figure.wide {
        grid-column: 1 / -1;
      }
      figcaption h3 {
        margin: 0;
        font-size: 1.05rem;
      }
      figcaption p {
        margin: 0.15rem 0 0.5rem;
        font-size: 0.85rem;
        color: #4a5360;
      }
      svg {
        display: block;
        max-width: 100%;
        height: auto;
        font-family: inherit;
      }
      svg .axis text {
        font-size: 11px;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.9rem;
        list-style: none;
        padding: 0;
        margin: 0.4rem 0 0;
        font-size: 0.82rem;
      }
      .swatch {
        display: inline-block;
        width: 0.8rem;
        height: 0.8rem;
        margin-right: 0.3rem;
        vertical-align: -0.1rem;
        border-radius: 2px;
      }
      .side {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        align-items: flex-start;
      }
    `,
  ];

  @property({ attribute: false }) appState: AppState = INITIAL_STATE;
  @property({ attribute: false }) summary: EngineSummary | null = null;
  @property({ attribute: false }) store: StoreHandle | null = null;
  @property({ type: Number }) dataVersion = 0;
  @state() private data: TrendData | null = null;
  /** The tooltip of the mark under the pointer or the focus, in the host's coordinates. */
  @state() private tip: { text: string; x: number; y: number } | null = null;
  /** The filter panel was opened by the user: it stays open when the last filter goes. */
  @state() private filtersOpen = false;
  private drawnWidth = 0;
  private readonly resize = new ResizeObserver(() => {
    if (Math.abs(this.clientWidth - this.drawnWidth) > 8) this.draw();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    this.resize.disconnect();
    super.disconnectedCallback();
  }

  private showTip = (tip: MarkTip | null) => {
    if (!tip) {
      this.tip = null;
      return;
    }
    const host = this.getBoundingClientRect();
    this.tip = {
      text: tip.text,
      x: Math.min(Math.max(tip.rect.left + tip.rect.width / 2 - host.left, 80), host.width - 80),
      y: tip.rect.top - host.top,
    };
  };
  @query('#chart-years') private yearsSvg?: SVGSVGElement;
  @query('#chart-medals') private medalsSvg?: SVGSVGElement;
  @query('#chart-kinds') private kindsSvg?: SVGSVGElement;
  @query('#chart-bands') private bandsSvg?: SVGSVGElement;
  @query('#chart-regions') private regionsSvg?: SVGSVGElement;
  @query('#chart-budgets') private budgetsSvg?: SVGSVGElement;
  private request = 0;

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('store') || changed.has('appState') || changed.has('dataVersion')) {
      void this.load();
    }
    if (changed.has('data' as keyof TrendsView)) this.draw();
  }

  private async load(): Promise<void> {
    if (!this.store) return;
    const request = ++this.request;
    const data = await this.store.trends(this.appState.filters);
    if (request === this.request) this.data = data;
  }

  private regionName = (code: string) =>
    this.summary?.regions.find((r) => r.code === code)?.name ?? code;

  private draw(): void {
    const data = this.data;
    if (!data) return;
    this.drawnWidth = this.clientWidth;
    // Each chart is drawn at its figure's width, so that its text keeps its size (12 px) on a
    // phone instead of being scaled down with the whole drawing.
    const widthOf = (svg: SVGSVGElement, most: number) =>
      Math.max(260, Math.min(most, (svg.parentElement?.clientWidth ?? most) - 32));
    const { rows, series } = yearCategorySeries(data);
    if (this.yearsSvg)
      drawStackedBars(this.yearsSvg, rows, series, {
        width: widthOf(this.yearsSvg, 720),
        height: 320,
        xLabel: 'Année',
        yLabel: 'Pratiques (nombre)',
      });
    const bars = (svg: SVGSVGElement | undefined, d: BarDatum[], xLabel: string) => {
      if (svg)
        drawBarChart(svg, d, {
          width: widthOf(svg, 600),
          height: 250,
          xLabel,
          yLabel: 'Pratiques (nombre)',
        });
    };
    bars(this.medalsSvg, medalBars(data), 'Médaille');
    bars(this.kindsSvg, kindBars(data), 'Type de collectivité lauréate');
    bars(this.bandsSvg, bandBars(data), 'Population (milliers d’habitants)');
    if (this.regionsSvg)
      drawRegionMap(this.regionsSvg, new Map(data.byRegion.map((r) => [r.key, r.count])), {
        width: widthOf(this.regionsSvg, 520),
        regionName: this.regionName,
      });
    if (this.budgetsSvg)
      drawBudgetStrip(
        this.budgetsSvg,
        data.budgets.map((b) => ({ ...b, category: periodRow(b.period) })),
        {
          width: widthOf(this.budgetsSvg, 900),
          xLabel: 'Budget (€, échelle logarithmique)',
          yLabel: '',
        },
      );
    for (const svg of [
      this.yearsSvg,
      this.medalsSvg,
      this.kindsSvg,
      this.bandsSvg,
      this.regionsSvg,
      this.budgetsSvg,
    ])
      if (svg) tooltipMarks(svg, this.showTip);
  }

  override render() {
    const f = this.appState.filters;
    return html`<h2>Tendances des pratiques primées</h2>
      <details
        ?open=${this.filtersOpen || hasFilters(f)}
        @toggle=${(e: Event) => (this.filtersOpen = (e.target as HTMLDetailsElement).open)}
      >
        <summary>
          Filtres${hasFilters(f) ? ' (actifs)' : ''} — s’appliquent à tous les graphiques
        </summary>
        <filter-panel
          .filters=${f}
          .regions=${this.summary?.regions ?? []}
          .policyAreas=${this.summary?.policyAreas ?? []}
          @filters-change=${(e: CustomEvent) =>
            this.dispatchEvent(stateChangeEvent({ filters: e.detail }))}
        ></filter-panel>
      </details>
      ${this.data ? this.renderCharts(this.data) : html`<p role="status">Chargement de DuckDB et des agrégats…</p>`}
      ${
        this.tip
          ? html`<div class="tip" role="tooltip" style="left:${this.tip.x}px;top:${this.tip.y}px">
              ${this.tip.text}
            </div>`
          : nothing
      }`;
  }

  private renderCharts(data: TrendData) {
    const { rows, series } = yearCategorySeries(data);
    const colour = seriesColour(series);
    const years = [...new Set(rows.map((r) => r.x))].sort();
    return html`<p class="muted" id="trends-total">${data.total} pratique(s) retenue(s).</p>
      <div class="grid">
        ${this.figure(
          'years',
          'Pratiques par année et catégorie de prix',
          'Nombre de pratiques primées chaque année, empilées par catégorie du prix ; « année inconnue » compte celles dont la source ne donne pas l’année.',
          html`<ul class="legend" aria-label="Légende des catégories">
            ${series.map(
              (s) =>
                html`<li><span class="swatch" style="background:${colour(s)}"></span>${s}</li>`,
            )}
          </ul>`,
          ['Année', 'Catégorie', 'Pratiques'],
          rows.map((r) => [r.x, r.series, String(r.count)]),
          `Années ${years.join(', ')}`,
        )}
        ${this.figure(
          'regions',
          'Pratiques par région',
          'Nombre de pratiques par région de la collectivité lauréate ; les régions d’outre-mer en encart.',
          nothing,
          ['Région', 'Pratiques'],
          [...this.metroAndOverseasCodes()].map((code) => [
            this.regionName(code),
            String(data.byRegion.find((r) => r.key === code)?.count ?? 0),
          ]),
        )}
        ${this.figure(
          'medals',
          'Médailles',
          'Nombre de pratiques par médaille obtenue.',
          nothing,
          ['Médaille', 'Pratiques'],
          medalBars(data).map((b) => [b.label, String(b.count)]),
        )}
        ${this.figure(
          'kinds',
          'Types de collectivités lauréates',
          'Nombre de pratiques par type de collectivité.',
          nothing,
          ['Type', 'Pratiques'],
          kindBars(data).map((b) => [b.label, String(b.count)]),
        )}
        ${this.figure(
          'bands',
          'Taille des collectivités lauréates',
          'Nombre de pratiques par tranche de population (k = milliers d’habitants).',
          nothing,
          ['Tranche', 'Pratiques'],
          bandBars(data).map((b) => [b.label, String(b.count)]),
        )}
        ${this.figure(
          'budgets',
          'Budgets selon leur période',
          'Un point par pratique dont la source chiffre le budget, une ligne par période (ponctuel, annuel, pluriannuel : des montants qui ne se comparent pas entre eux) ; un budget de 0 € est placé au bord gauche ; le trait orange marque la médiane.',
          nothing,
          ['Période', 'Pratique', 'Budget'],
          data.budgets.map((b) => [periodRow(b.period), b.title, formatEuros(b.amount)]),
          undefined,
          true,
        )}
      </div>`;
  }

  private *metroAndOverseasCodes(): Iterable<string> {
    const regions = this.summary?.regions ?? [];
    yield* regions.filter((r) => r.zone === 'metro').map((r) => r.code);
    yield* OVERSEAS_REGIONS.map((r) => r.code);
  }

  private figure(
    id: string,
    title: string,
    description: string,
    legend: TemplateResult | typeof nothing,
    headers: string[],
    rows: string[][],
    summaryText?: string,
    wide = false,
  ) {
    return html`<figure class=${wide ? 'wide' : ''} data-chart=${id} aria-labelledby="title-${id}">
      <figcaption>
        <h3 id="title-${id}">${title}</h3>
        <p id="desc-${id}">${description}${summaryText ? ` ${summaryText}.` : ''}</p>
      </figcaption>
      <svg
        id="chart-${id}"
        role="group"
        aria-labelledby="title-${id}"
        aria-describedby="desc-${id}"
      ></svg>
      ${legend}
      <!-- Hidden in a box of its own: a table ignores the 1 px width it is given. -->
      <div class="visually-hidden">
        <table>
          <caption>
            ${title}
          </caption>
          <thead>
            <tr>
              ${headers.map((h) => html`<th scope="col">${h}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) =>
                html`<tr>
                  ${r.map((c) => html`<td>${c}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trends-view': TrendsView;
  }
}
