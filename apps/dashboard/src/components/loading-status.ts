import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/**
 * A progress indicator while the engine (corpus, index) loads, and DuckDB when Tendances opens.
 * It floats at the bottom of the window: appearing and going, it never moves the page.
 */
@customElement('loading-status')
export class LoadingStatus extends LitElement {
  static override styles = css`
    :host {
      position: fixed;
      z-index: 30;
      left: 1rem;
      bottom: 1rem;
      max-width: calc(100vw - 2rem);
    }
    .status {
      display: flex;
      align-items: center;
      gap: 0.6rem;
      padding: 0.5rem 0.8rem;
      font-size: 0.9rem;
      color: #1b1f24;
      background: #fff;
      border: 1px solid #98a2b0;
      border-radius: 6px;
      box-shadow: 0 4px 14px rgba(0, 0, 0, 0.15);
    }
    progress {
      width: 10rem;
      accent-color: #0b5cad;
    }
    .error {
      color: #a4161a;
    }
  `;

  @property({ type: Boolean }) engineReady = false;
  @property() storeStatus: 'idle' | 'loading' | 'ready' | 'error' = 'idle';

  override render() {
    let message: string | null = null;
    let step = 0;
    if (!this.engineReady) message = 'Chargement du corpus et de l’index…';
    else if (this.storeStatus === 'loading' || this.storeStatus === 'idle') {
      message = 'Chargement de DuckDB pour les analyses…';
      step = 1;
    }
    return html`<div role="status" aria-live="polite">
      ${
        message
          ? html`<div class="status">
              <progress max="2" value=${step} aria-label="Progression du chargement"></progress>
              <span>${message}</span>
            </div>`
          : this.storeStatus === 'error'
            ? html`<div class="status error">
                DuckDB n’a pas pu démarrer : les tendances et l’export Parquet sont indisponibles.
              </div>`
            : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loading-status': LoadingStatus;
  }
}
