import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ColumnChoice, FileColumns, ImportCheck } from '../engine/engine-api';
import { RECORD_FIELDS } from '../format/record-fields';
import { loadSavedMapping, saveMapping } from '../store/saved-mapping';
import { sharedStyles } from './shared-styles';

/**
 * What to do with a chosen file: check it with the column mapping, and add its practices when
 * the check allows.
 */
export type ImportHandler = (
  file: File,
  skipInvalid: boolean,
  mapping: ColumnChoice[],
) => Promise<ImportOutcome>;

/** Read a file's columns, with a proposed mapping (null for a JSON file: no columns to map). */
export type InspectHandler = (file: File) => Promise<FileColumns | null>;

const IGNORED = '-';
const TARGETS = Object.entries(RECORD_FIELDS).map(([column, { label }]) => ({ column, label }));

/** The result of an import, as the component reports it. */
export interface ImportOutcome {
  check: ImportCheck;
  /** How many practices were added (0 when the file was refused). */
  added: number;
}

const ACCEPT = '.csv,.json,.parquet';

/**
 * Import a catalogue file by file picker or drag and drop. A CSV or Parquet file first shows
 * its columns, each with its first values and the field it is proposed to feed (its own name,
 * a French header such as « Intitulé », or a mapping saved in this browser); the user changes
 * what is wrong, may save the mapping for next time, and imports. Every invalid row is listed
 * with its line and problems in French; nothing is imported when a row is invalid unless
 * « Ignorer les lignes invalides » is ticked.
 */
@customElement('catalogue-import')
export class CatalogueImport extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        min-width: 0;
      }
      .drop {
        border: 2px dashed #6b7480;
        border-radius: 6px;
        padding: 1rem;
        background: #fff;
        text-align: center;
      }
      .drop.over {
        border-color: #0b5cad;
        background: #e8eef6;
      }
      /* The native file input speaks the browser's language: a French button stands in for it. */
      label.pick {
        font-weight: 600;
      }
      input:focus-visible + label.pick {
        outline: 3px solid var(--focus, #c2410c);
        outline-offset: 2px;
      }
      .options {
        margin: 0.5rem 0;
        font-weight: 400;
      }
      .ok {
        color: #1d6b35;
      }
      ul.mapping {
        list-style: none;
        margin: 0.4rem 0;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      ul.mapping li {
        border-top: 1px solid var(--line, #c9d0d9);
        padding-top: 0.4rem;
      }
      .examples {
        display: block;
        font-size: 0.82rem;
        color: #4a5360;
        overflow-wrap: anywhere;
      }
      .step-buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-top: 0.5rem;
      }
      ul.problems {
        margin: 0.3rem 0 0;
        padding-left: 1.2rem;
        font-size: 0.88rem;
        max-height: 14rem;
        overflow-y: auto;
      }
      h4 {
        margin: 0.8rem 0 0.3rem;
        font-size: 1rem;
      }
      ul.problems:focus-visible {
        outline: 3px solid var(--focus, #c2410c);
      }
      #import-report {
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) importFile: ImportHandler | null = null;
  @property({ attribute: false }) inspectFile: InspectHandler | null = null;
  /** The file whose columns are being mapped, its columns, and the field chosen for each. */
  @state() private pendingFile: File | null = null;
  @state() private columns: FileColumns | null = null;
  @state() private choices: string[] = [];
  @state() private mappingMessage = '';
  @state() private skipInvalid = false;
  @state() private busy = false;
  @state() private over = false;
  @state() private outcome: (ImportOutcome & { file: string }) | null = null;
  @state() private failure: string | null = null;

  /** A file was chosen: show its columns to map, or import it at once (JSON). */
  private async handle(file: File | undefined): Promise<void> {
    if (!file || !this.importFile) return;
    this.failure = null;
    this.outcome = null;
    this.mappingMessage = '';
    let columns: FileColumns | null = null;
    try {
      columns = this.inspectFile ? await this.inspectFile(file) : null;
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
      return;
    }
    if (!columns || columns.columns.length === 0 || columns.fileProblems.length > 0) {
      await this.run(file, []);
      return;
    }
    const saved = loadSavedMapping();
    this.pendingFile = file;
    this.columns = columns;
    this.choices = columns.columns.map((column, i) => saved[column] ?? columns.proposed[i]);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#mapping-title')?.focus();
  }

  private mapping(): ColumnChoice[] {
    return (this.columns?.columns ?? []).map((column, i) => [column, this.choices[i] ?? IGNORED]);
  }

  private async run(file: File, mapping: ColumnChoice[]): Promise<void> {
    if (!this.importFile) return;
    this.busy = true;
    try {
      this.outcome = {
        ...(await this.importFile(file, this.skipInvalid, mapping)),
        file: file.name,
      };
      if (this.outcome.added > 0) {
        this.pendingFile = null;
        this.columns = null;
      }
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
    } finally {
      this.busy = false;
    }
  }

  private cancel(): void {
    this.pendingFile = null;
    this.columns = null;
    this.outcome = null;
  }

  private save(): void {
    saveMapping(this.mapping());
    this.mappingMessage =
      'Correspondances enregistrées dans ce navigateur : elles seront proposées au prochain import.';
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.over = false;
    void this.handle(event.dataTransfer?.files[0]);
  }

  override render() {
    return html`<div
        class="drop ${this.over ? 'over' : ''}"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          this.over = true;
        }}
        @dragleave=${() => (this.over = false)}
        @drop=${this.onDrop}
      >
        <label for="file">Importer un catalogue (CSV, JSON ou Parquet)</label>
        <p class="muted" style="margin:0.3rem 0">Choisissez un fichier ou déposez-le ici.</p>
        <input
          id="file"
          class="visually-hidden"
          type="file"
          accept=${ACCEPT}
          ?disabled=${this.busy}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            void this.handle(input.files?.[0]).then(() => (input.value = ''));
          }}
        />
        <label for="file" class="button pick" aria-hidden="true">Choisir un fichier…</label>
        <div class="options">
          <label style="font-weight:400"
            ><input
              type="checkbox"
              .checked=${this.skipInvalid}
              @change=${(e: Event) => (this.skipInvalid = (e.target as HTMLInputElement).checked)}
            />
            Ignorer les lignes invalides (importer les lignes valides seulement)</label
          >
        </div>
      </div>
      ${this.columns && this.pendingFile ? this.renderMapping(this.pendingFile, this.columns) : nothing}
      <div role="status" aria-live="polite" id="import-report">
        ${this.busy ? html`<p>Vérification du fichier…</p>` : nothing}
        ${this.failure ? html`<p class="error">Import impossible : ${this.failure}</p>` : nothing}
        ${this.outcome ? this.renderOutcome(this.outcome) : nothing}
      </div>`;
  }

  private renderMapping(file: File, columns: FileColumns) {
    const used = new Map<string, number>();
    for (const choice of this.choices) used.set(choice, (used.get(choice) ?? 0) + 1);
    return html`<section aria-labelledby="mapping-title" id="column-mapping">
      <h4 id="mapping-title" tabindex="-1">Colonnes de ${file.name} (${columns.rows} lignes)</h4>
      <p class="muted" style="margin:0">
        Pour chaque colonne du fichier, le champ d’Essaimage qu’elle remplit. Vérifiez, corrigez si
        besoin, puis importez.
      </p>
      <ul class="mapping">
        ${columns.columns.map((column, i) => {
          const choice = this.choices[i] ?? IGNORED;
          const twice = choice !== IGNORED && (used.get(choice) ?? 0) > 1;
          return html`<li>
            <label for="map-${i}">« ${column} »</label>
            <span class="examples" id="examples-${i}"
              >${
                columns.examples[i].some((v) => v !== '')
                  ? `Exemples : ${columns.examples[i].map((v) => (v === '' ? '(vide)' : v)).join(' · ')}`
                  : 'Vide dans les premières lignes'
              }</span
            >
            <select
              id="map-${i}"
              data-column=${column}
              aria-describedby="examples-${i}${twice ? ` twice-${i}` : ''}"
              @change=${(e: Event) => {
                const next = [...this.choices];
                next[i] = (e.target as HTMLSelectElement).value;
                this.choices = next;
              }}
            >
              <option value=${IGNORED} ?selected=${choice === IGNORED}>
                — ignorer cette colonne —
              </option>
              ${TARGETS.map(
                (t) =>
                  html`<option value=${t.column} ?selected=${choice === t.column}>
                    ${t.label}
                  </option>`,
              )}
            </select>
            ${
              twice
                ? html`<span class="error" id="twice-${i}"
                    >Une autre colonne remplit déjà ce champ : gardez-en une seule.</span
                  >`
                : nothing
            }
          </li>`;
        })}
      </ul>
      <div class="step-buttons">
        <button
          type="button"
          class="primary"
          id="run-import"
          ?disabled=${this.busy}
          @click=${() => void this.run(file, this.mapping())}
        >
          Vérifier et importer
        </button>
        <button type="button" @click=${this.save}>Enregistrer ces correspondances</button>
        <button type="button" @click=${this.cancel}>Annuler</button>
      </div>
      <p role="status" class="ok">${this.mappingMessage}</p>
    </section>`;
  }

  private renderOutcome({ check, added, file }: ImportOutcome & { file: string }) {
    if (check.fileProblems.length > 0)
      return html`<p class="error">Rien n’a été importé depuis ${file} :</p>
        <ul class="problems" tabindex="0" aria-label="Problèmes du fichier">
          ${check.fileProblems.map((p) => html`<li>${p}</li>`)}
        </ul>`;
    const rejected = check.rejected.length;
    // Focusable: a keyboard user can scroll a long list (it has a maximum height).
    const problems = html`<ul class="problems" tabindex="0" aria-label="Lignes invalides">
      ${check.rejected.flatMap((row) => row.problems.map((p) => html`<li>${p}</li>`))}
    </ul>`;
    if (added === 0 && rejected > 0)
      return html`<p class="error">
          Rien n’a été importé : ${rejected} ligne(s) invalide(s) sur ${check.rows}. Corrigez-les,
          ou cochez « Ignorer les lignes invalides ».
        </p>
        ${problems}`;
    return html`<p class="ok">${added} pratique(s) importée(s) depuis ${file}.</p>
      ${
        rejected > 0
          ? html`<p class="error">${rejected} ligne(s) invalide(s) ignorée(s) :</p>
              ${problems}`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'catalogue-import': CatalogueImport;
  }
}
