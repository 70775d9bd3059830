import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ImportCheck } from '../engine/engine-api';
import { sharedStyles } from './shared-styles';

/** What to do with a chosen file: check it, and add its practices when the check allows. */
export type ImportHandler = (file: File, skipInvalid: boolean) => Promise<ImportOutcome>;

/** The result of an import, as the component reports it. */
export interface ImportOutcome {
  check: ImportCheck;
  /** How many practices were added (0 when the file was refused). */
  added: number;
}

const ACCEPT = '.csv,.json,.parquet';

/**
 * Import a catalogue file by file picker or drag and drop. Every invalid row is listed with its
 * line and problems; nothing is imported when a row is invalid unless "ignorer les lignes
 * invalides" is ticked.
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
      .error {
        color: #a4161a;
      }
      .ok {
        color: #1d6b35;
      }
      ul.problems {
        margin: 0.3rem 0 0;
        padding-left: 1.2rem;
        font-size: 0.88rem;
        max-height: 14rem;
        overflow-y: auto;
      }
      code {
        font-size: 0.85rem;
        overflow-wrap: anywhere;
      }
      #import-report {
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) importFile: ImportHandler | null = null;
  @state() private skipInvalid = false;
  @state() private busy = false;
  @state() private over = false;
  @state() private outcome: (ImportOutcome & { file: string }) | null = null;
  @state() private failure: string | null = null;

  private async handle(file: File | undefined): Promise<void> {
    if (!file || !this.importFile) return;
    this.busy = true;
    this.failure = null;
    this.outcome = null;
    try {
      this.outcome = { ...(await this.importFile(file, this.skipInvalid)), file: file.name };
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
    } finally {
      this.busy = false;
    }
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
      <div role="status" aria-live="polite" id="import-report">
        ${this.busy ? html`<p>Vérification du fichier…</p>` : nothing}
        ${this.failure ? html`<p class="error">Import impossible : ${this.failure}</p>` : nothing}
        ${this.outcome ? this.renderOutcome(this.outcome) : nothing}
      </div>`;
  }

  private renderOutcome({ check, added, file }: ImportOutcome & { file: string }) {
    if (check.fileProblems.length > 0)
      return html`<p class="error">
          Rien n’a été importé : ${file} n’est pas un catalogue lisible.
        </p>
        <ul class="problems">
          ${check.fileProblems.map((p) => html`<li><code>${p}</code></li>`)}
        </ul>`;
    const rejected = check.rejected.length;
    const problems = html`<ul class="problems">
      ${check.rejected.flatMap((row) => row.problems.map((p) => html`<li><code>${p}</code></li>`))}
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
