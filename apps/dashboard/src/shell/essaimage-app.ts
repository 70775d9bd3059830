import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { EngineSummary } from '../engine/engine-api';
import { startEngineWorker, type EngineClient } from '../engine/engine-client';
import { INITIAL_STATE, type AppState, type ViewName } from '../state/app-state';
import type { CatalogueChange } from '../state/catalogue-events';
import type { StateChange } from '../state/state-events';
import { formatState, parseState } from '../state/url-state';
import type { StoreHandle } from '../store/store-handle';
import { FIRST_RESULTS_MARK, measureLoadStep } from '../performance-marks';
import { sharedStyles } from '../components/shared-styles';
import '../components/loading-status';
import '../views/find-view';

/** Each view's name, for the tab title (a fiche names itself after its practice). */
const VIEW_TITLES: Record<ViewName, string> = {
  trouver: 'Trouver des pratiques',
  fiche: 'Fiche pratique',
  tendances: 'Tendances',
  carte: 'Carte des similarités',
  donnees: 'Données',
};

/** A view the shell can ask to take the focus after a change of view. */
interface FocusableView extends HTMLElement {
  updateComplete?: Promise<unknown>;
  /** Focus the link to that practice (coming back from its fiche); false when it is not shown. */
  focusPractice?(id: string): Promise<boolean>;
}

const NAV: { view: ViewName; label: string }[] = [
  { view: 'trouver', label: 'Trouver des pratiques' },
  { view: 'tendances', label: 'Tendances' },
  { view: 'carte', label: 'Carte des similarités' },
  { view: 'donnees', label: 'Données' },
];

// Views other than the home view load on demand: their code (d3 charts, DuckDB, the map) is
// not part of the home view's bundle.
const LAZY_VIEWS: Partial<Record<ViewName, () => Promise<unknown>>> = {
  fiche: () => import('../views/practice-view'),
  tendances: () => import('../views/trends-view'),
  carte: () => import('../views/similarity-view'),
  donnees: () => import('../views/data-view'),
};

/**
 * The dashboard: holds the state (mirrored in the URL), the engine worker and the DuckDB store,
 * and shows one view at a time.
 */
@customElement('essaimage-app')
export class EssaimageApp extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        min-height: 100vh;
      }
      header {
        background: #0b3d73;
        color: #fff;
      }
      .bar {
        max-width: 1240px;
        margin: 0 auto;
        padding: 0.6rem 1rem 0;
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.4rem 1.2rem;
      }
      h1 {
        margin: 0;
        font-size: 1.35rem;
      }
      .tagline {
        color: #d6e4f5;
        font-size: 0.9rem;
      }
      nav ul {
        list-style: none;
        margin: 0;
        padding: 0 1rem;
        max-width: 1240px;
        margin: 0 auto;
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem;
      }
      nav a {
        display: block;
        padding: 0.55rem 0.8rem;
        color: #fff;
        text-decoration: none;
        border-bottom: 4px solid transparent;
        font-weight: 600;
      }
      nav a[aria-current='page'] {
        border-bottom-color: #ffd166;
      }
      nav a:hover {
        background: rgba(255, 255, 255, 0.12);
      }
      nav a:focus-visible {
        outline-color: #ffd166;
      }
      main {
        max-width: 1240px;
        margin: 0 auto;
        padding: 1rem;
      }
      main:focus {
        outline: none;
      }
      .skip {
        position: absolute;
        left: 0.5rem;
        top: -3rem;
        z-index: 20;
        padding: 0.5rem 0.9rem;
        background: #fff;
        color: #0b3d73;
        font-weight: 700;
      }
      .skip:focus {
        top: 0.5rem;
      }
      .unreadable {
        max-width: 1240px;
        margin: 1rem auto 0;
        padding: 0.6rem 1rem;
        border: 2px solid var(--danger, #a4161a);
        border-radius: 6px;
        background: #fff5f5;
      }
      .unreadable p {
        margin: 0 0 0.5rem;
      }
    `,
  ];

  @state() private appState: AppState = INITIAL_STATE;
  @state() private summary: EngineSummary | null = null;
  @state() private engineError: string | null = null;
  /**
   * The practices saved in this browser could not be read: the message shown, while the
   * dashboard runs on the bundled corpus and no catalogue change may replace them.
   */
  @state() private unreadableSaved: string | null = null;
  @state() private store: StoreHandle | null = null;
  @state() private storeStatus: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  /** Bumped when the catalogue changes (an import), so views fetch again. */
  @state() private dataVersion = 0;

  private readonly engine: EngineClient = startEngineWorker();
  private readonly onPopState = () => {
    this.appState = parseState(location.search);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.appState = parseState(location.search);
    window.addEventListener('popstate', this.onPopState);
    this.addEventListener('state-change', (event) => this.applyChange(event.detail));
    this.addEventListener('catalogue-change', (event) => void this.changeCatalogue(event.detail));
    this.addEventListener('results-shown', () => performance.mark(FIRST_RESULTS_MARK), {
      once: true,
    });
    void this.loadEngine();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('popstate', this.onPopState);
    super.disconnectedCallback();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('summary' as keyof EssaimageApp) && this.summary) {
      // What the engine holds, for `npm run bench:dashboard` to check against what it seeded.
      this.dataset.practices = String(this.summary.practiceCount);
      this.dataset.indexSource = this.summary.indexSource;
    }
    if (!changed.has('appState' as keyof EssaimageApp)) return;
    const previous = changed.get('appState' as keyof EssaimageApp) as AppState | undefined;
    const { view, practiceId } = this.appState;
    if (previous && previous.view === view && previous.practiceId === practiceId) return;
    if (view !== 'fiche') document.title = `${VIEW_TITLES[view]} — Essaimage`;
    if (previous && view !== 'fiche') void this.focusView(previous);
  }

  /**
   * After a change of view (a link, Back), focus goes to the view, not to <body>: to the
   * practice left when coming back from its fiche, else to the view's first heading. (A fiche
   * focuses its own heading once its practice is loaded.)
   */
  private async focusView(previous: AppState): Promise<void> {
    const element = this.renderRoot.querySelector<FocusableView>('main > *');
    if (!element) return;
    await customElements.whenDefined(element.localName);
    await element.updateComplete;
    if (previous.view === 'fiche' && previous.practiceId && element.focusPractice) {
      if (await element.focusPractice(previous.practiceId)) return;
    }
    const heading = element.shadowRoot?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }

  private skipToContent(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('appState' as keyof EssaimageApp)) return;
    void LAZY_VIEWS[this.appState.view]?.();
    // DuckDB (a 33 MB wasm) serves the trends only: it loads when they are first shown.
    if (this.appState.view === 'tendances' && this.summary) void this.loadStore();
  }

  private async loadEngine(): Promise<void> {
    try {
      const loading = performance.now();
      this.summary = await this.engine.load(
        new URL('./', document.baseURI).href,
        this.appState.profile.official,
      );
      measureLoadStep('engine-worker-load', loading);
      this.unreadableSaved = this.summary.unreadableImported;
    } catch (error) {
      this.engineError = error instanceof Error ? error.message : String(error);
      return;
    }
    if (this.appState.view === 'tendances') void this.loadStore();
  }

  private async loadStore(): Promise<void> {
    if (this.storeStatus !== 'idle') return;
    this.storeStatus = 'loading';
    try {
      const { openStore } = await import('../store/duckdb-store');
      this.store = await openStore(await this.engine.practices(null), this.summary!.policyAreas);
      this.storeStatus = 'ready';
    } catch (error) {
      console.error(error);
      this.storeStatus = 'error';
    }
  }

  private async changeCatalogue(change: CatalogueChange): Promise<void> {
    try {
      // The worker refuses while the saved practices it could not read are there: they stay.
      this.summary = change.add
        ? await this.engine.addImported(change.add)
        : await this.engine.clearImported();
      if (this.store) await this.store.replacePractices(await this.engine.practices(null));
      this.dataVersion++;
      change.done?.();
    } catch (error) {
      change.done?.(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** The user chose to delete the saved practices that could not be read. */
  private async discardUnreadable(): Promise<void> {
    try {
      this.summary = await this.engine.discardUnreadableImported();
      this.unreadableSaved = null;
    } catch (error) {
      this.unreadableSaved = `${this.unreadableSaved} La suppression a échoué aussi : ${
        error instanceof Error ? error.message : String(error)
      }.`;
    }
  }

  private applyChange({ patch, push }: StateChange): void {
    this.appState = { ...this.appState, ...patch };
    const url = `${location.pathname}${formatState(this.appState)}`;
    if (push) {
      history.pushState(null, '', url);
      window.scrollTo(0, 0);
    } else history.replaceState(null, '', url);
  }

  private navigate(event: MouseEvent, view: ViewName): void {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    this.applyChange({ patch: { view }, push: true });
  }

  override render() {
    const current = this.appState.view === 'fiche' ? 'trouver' : this.appState.view;
    return html`
      <a class="skip" href="#contenu" @click=${this.skipToContent}>Aller au contenu</a>
      <header>
        <div class="bar">
          <h1>Essaimage</h1>
          <span class="tagline"
            >Les pratiques des autres collectivités, pertinentes et transférables</span
          >
        </div>
        <nav aria-label="Vues">
          <ul>
            ${NAV.map(
              ({ view, label }) =>
                html`<li>
                  <a
                    href=${formatState({ ...this.appState, view }) || '?'}
                    aria-current=${view === current ? 'page' : nothing}
                    @click=${(e: MouseEvent) => this.navigate(e, view)}
                    >${label}</a
                  >
                </li>`,
            )}
          </ul>
        </nav>
      </header>
      <loading-status
        .engineReady=${this.summary !== null}
        .storeStatus=${this.appState.view === 'tendances' ? this.storeStatus : 'ready'}
      ></loading-status>
      ${
        this.unreadableSaved
          ? html`<div class="unreadable" role="alert" id="saved-practices-error">
              <p>${this.unreadableSaved}</p>
              <p>
                Elles sont conservées telles quelles : le tableau de bord n’utilise que le corpus
                fourni, et aucun import ne les remplacera tant qu’elles n’auront pas été lues.
                Rechargez la page pour réessayer.
              </p>
              <button type="button" @click=${this.discardUnreadable}>
                Supprimer définitivement les pratiques enregistrées illisibles
              </button>
            </div>`
          : nothing
      }
      <main id="contenu" tabindex="-1">
        ${
          this.engineError
            ? html`<p class="error" role="alert">
                Impossible de charger les données : ${this.engineError}
              </p>`
            : this.renderView()
        }
      </main>
    `;
  }

  private renderView() {
    const common = {
      engine: this.engine,
      summary: this.summary,
      dataVersion: this.dataVersion,
    };
    const s = this.appState;
    switch (s.view) {
      case 'trouver':
        return html`<find-view
          .appState=${s}
          .engine=${common.engine}
          .summary=${common.summary}
          .dataVersion=${common.dataVersion}
        ></find-view>`;
      case 'fiche':
        return html`<practice-view
          .appState=${s}
          .engine=${common.engine}
          .summary=${common.summary}
          .dataVersion=${common.dataVersion}
        ></practice-view>`;
      case 'tendances':
        return html`<trends-view
          .appState=${s}
          .engine=${common.engine}
          .summary=${common.summary}
          .store=${this.store}
          .dataVersion=${common.dataVersion}
        ></trends-view>`;
      case 'carte':
        return html`<similarity-view
          .appState=${s}
          .engine=${common.engine}
          .summary=${common.summary}
          .dataVersion=${common.dataVersion}
        ></similarity-view>`;
      case 'donnees':
        return html`<data-view
          .appState=${s}
          .engine=${common.engine}
          .summary=${common.summary}
          .dataVersion=${common.dataVersion}
        ></data-view>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'essaimage-app': EssaimageApp;
  }
}
