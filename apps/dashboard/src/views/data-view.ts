import type { Practice } from '@essaimage/core';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import '../components/catalogue-import';
import type { ImportOutcome } from '../components/catalogue-import';
import '../components/filter-panel';
import '../components/practice-table';
import { sharedStyles } from '../components/shared-styles';
import type { CatalogueFile, ColumnChoice, EngineSummary, FileColumns } from '../engine/engine-api';
import type { EngineClient } from '../engine/engine-client';
import { INITIAL_STATE, type AppState } from '../state/app-state';
import { hasFilters } from '../state/practice-filter';
import { catalogueChangeEvent } from '../state/catalogue-events';
import { stateChangeEvent } from '../state/state-events';
import { formatState } from '../state/url-state';

type ExportFormat = 'csv' | 'json' | 'parquet';

const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  parquet: 'application/vnd.apache.parquet',
};

function formatOf(name: string): ExportFormat | null {
  const extension = name.toLowerCase().split('.').pop();
  return extension === 'csv' || extension === 'json' || extension === 'parquet' ? extension : null;
}

function download(content: BlobPart, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Données": the catalogue as a table, import with per-line errors, export of the selection. */
@customElement('data-view')
export class DataView extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      h2 {
        margin: 0 0 0.5rem;
        font-size: 1.25rem;
      }
      h3 {
        margin: 0 0 0.5rem;
        font-size: 1.05rem;
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr) 19rem;
        gap: 1rem;
        align-items: start;
      }
      /* Under 1300 px the table takes the whole width (every column, Budget included, shows
         at 1280 px) and export and import go below it, side by side when there is room. */
      @media (max-width: 1300px) {
        .layout {
          grid-template-columns: 1fr;
        }
        aside {
          display: grid;
          grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
          align-items: start;
        }
      }
      details {
        background: #fff;
        border: 1px solid var(--line, #c9d0d9);
        border-radius: 6px;
        padding: 0.4rem 0.7rem;
        margin-bottom: 0.8rem;
      }
      summary {
        cursor: pointer;
        font-weight: 700;
      }
      .layout > *,
      aside > * {
        min-width: 0;
      }
      aside {
        display: flex;
        flex-direction: column;
        gap: 1rem;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
    `,
  ];

  @property({ attribute: false }) appState: AppState = INITIAL_STATE;
  @property({ attribute: false }) engine!: EngineClient;
  @property({ attribute: false }) summary: EngineSummary | null = null;
  @property({ type: Number }) dataVersion = 0;
  @state() private practices: Practice[] = [];
  @state() private selection: string[] = [];
  @state() private exportMessage = '';
  /** Why removing the imported practices failed (nothing was removed then). */
  @state() private clearFailure = '';
  /** The filter panel was opened by the user: it stays open when the last filter goes. */
  @state() private filtersOpen = false;
  private request = 0;

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('appState') || changed.has('summary') || changed.has('dataVersion'))
      void this.load();
  }

  private async load(): Promise<void> {
    if (!this.summary) return;
    const request = ++this.request;
    const practices = await this.engine.practices(this.appState.filters);
    if (request === this.request) this.practices = practices;
  }

  private async catalogueFile(file: File): Promise<CatalogueFile> {
    const format = formatOf(file.name);
    if (!format)
      throw new Error(
        `« ${file.name} » n’est pas un catalogue : choisissez un fichier .csv, .json ou .parquet.`,
      );
    return { name: file.name, format, bytes: new Uint8Array(await file.arrayBuffer()) };
  }

  private inspectFile = async (file: File): Promise<FileColumns | null> => {
    const catalogue = await this.catalogueFile(file);
    return catalogue.format === 'json' ? null : this.engine.inspect(catalogue);
  };

  private importFile = async (
    file: File,
    skipInvalid: boolean,
    mapping: ColumnChoice[],
  ): Promise<ImportOutcome> => {
    const check = await this.engine.check(await this.catalogueFile(file), mapping);
    const refused = check.fileProblems.length > 0 || (check.rejected.length > 0 && !skipInvalid);
    if (refused || check.practices.length === 0) return { check, added: 0 };
    await new Promise<void>((resolve, reject) =>
      this.dispatchEvent(
        catalogueChangeEvent({
          add: check.practices,
          done: (error) => (error ? reject(error) : resolve()),
        }),
      ),
    );
    return { check, added: check.practices.length };
  };

  private async exportSelection(format: ExportFormat, forExcel = false): Promise<void> {
    const name = `essaimage-selection${forExcel ? '-excel' : ''}.${format}`;
    try {
      if (format === 'parquet') {
        download((await this.engine.exportParquet(this.selection)) as BlobPart, name, MIME[format]);
      } else {
        const text = await this.engine.exportText(format, this.selection, forExcel);
        download(text, name, MIME[format]);
      }
      this.exportMessage = `${this.selection.length} pratique(s) exportée(s) dans ${name}.`;
    } catch (error) {
      this.exportMessage = `Export impossible : ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  /** « Jura 39 Bourgogne-Franche-Comté »: what the table's search finds a practice's place by. */
  private placesOf = (p: Practice): string => {
    const department = this.summary?.departments.find((d) => d.code === p.department);
    const region = this.summary?.regions.find((r) => r.code === p.region);
    return `${department?.name ?? ''} ${p.department ?? ''} ${region?.name ?? ''}`;
  };

  private clearImported(): void {
    this.clearFailure = '';
    this.dispatchEvent(
      catalogueChangeEvent({
        done: (error) => (this.clearFailure = error ? `Retrait impossible : ${error.message}` : ''),
      }),
    );
  }

  override render() {
    const f = this.appState.filters;
    const imported = this.summary?.importedCount ?? 0;
    return html`<h2>Données du catalogue</h2>
      <div class="layout">
        <section aria-label="Catalogue">
          <details
            ?open=${this.filtersOpen || hasFilters(f)}
            @toggle=${(e: Event) => (this.filtersOpen = (e.target as HTMLDetailsElement).open)}
          >
            <summary>Filtres${hasFilters(f) ? ' (actifs)' : ''}</summary>
            <filter-panel
              .filters=${f}
              .regions=${this.summary?.regions ?? []}
              .policyAreas=${this.summary?.policyAreas ?? []}
              @filters-change=${(e: CustomEvent) => this.dispatchEvent(stateChangeEvent({ filters: e.detail }))}
            ></filter-panel>
          </details>
          <practice-table
            .practices=${this.practices}
            .hrefOf=${(id: string) => formatState({ ...this.appState, view: 'fiche', practiceId: id })}
            .placesOf=${this.placesOf}
            @open-practice=${(e: CustomEvent<string>) =>
              this.dispatchEvent(stateChangeEvent({ view: 'fiche', practiceId: e.detail }, true))}
            .importedIds=${new Set(this.summary?.importedIds ?? [])}
            @selection-change=${(e: CustomEvent<string[]>) => (this.selection = e.detail)}
          ></practice-table>
        </section>
        <aside>
          <section class="card" aria-labelledby="export-title">
            <h3 id="export-title">Exporter la sélection</h3>
            <p class="muted" style="margin-top:0">
              Les ${this.selection.length} pratiques affichées (filtres et recherche compris), au
              format de l’outil en ligne de commande. « CSV pour Excel » sépare les cellules par « ;
              » et s’ouvre tel quel dans un Excel français.
            </p>
            <div class="buttons">
              <button type="button" @click=${() => this.exportSelection('csv', true)}>
                CSV pour Excel
              </button>
              <button type="button" @click=${() => this.exportSelection('csv')}>CSV</button>
              <button type="button" @click=${() => this.exportSelection('json')}>JSON</button>
              <button type="button" @click=${() => this.exportSelection('parquet')}>Parquet</button>
            </div>
            <p role="status" id="export-status">${this.exportMessage}</p>
          </section>
          <section class="card" aria-labelledby="import-title">
            <h3 id="import-title">Importer</h3>
            <catalogue-import
              .importFile=${this.importFile}
              .inspectFile=${this.inspectFile}
            ></catalogue-import>
            <p class="muted">
              ${imported} pratique(s) importée(s), conservée(s) dans ce
              navigateur${
                this.summary?.indexSource === 'saved'
                  ? ', avec leur index de recherche (pas de nouvelle analyse au chargement)'
                  : ''
              }.
              ${
                imported > 0
                  ? html`<button type="button" @click=${this.clearImported}>
                      Retirer les pratiques importées
                    </button>`
                  : ''
              }
            </p>
            ${this.clearFailure ? html`<p class="error" role="alert">${this.clearFailure}</p>` : ''}
          </section>
        </aside>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'data-view': DataView;
  }
}
