import type { GeoEntity } from '@essaimage/core';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { collectivityLabel } from '../format/collectivity-label';
import { sharedStyles } from './shared-styles';

/**
 * An ARIA combobox over the official collectivities: type a name (accents, hyphens, « st »
 * and small typos forgiven) or a code (INSEE, postcode, SIREN, department, region), move with
 * the arrow keys, Enter or a click picks, Escape closes. A text left without picking (Tab,
 * Enter, a click elsewhere) is taken when it designates one collectivity exactly, and flagged
 * under the field otherwise. Fires `collectivity-select` with the entity, or null when the
 * field is cleared, and `collectivity-unresolved` with a text that is no collectivity.
 */
@customElement('collectivity-combobox')
export class CollectivityCombobox extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        position: relative;
      }
      ul {
        position: absolute;
        z-index: 10;
        left: 0;
        right: 0;
        margin: 2px 0 0;
        padding: 0;
        list-style: none;
        background: #fff;
        border: 1px solid #6b7480;
        border-radius: 4px;
        box-shadow: 0 4px 14px rgba(0, 0, 0, 0.15);
        max-height: 20rem;
        overflow-y: auto;
      }
      li {
        padding: 0.45rem 0.6rem;
        cursor: pointer;
      }
      li[aria-selected='true'] {
        background: #0b5cad;
        color: #fff;
      }
      li:hover:not([aria-selected='true']) {
        background: #e8eef6;
      }
      .empty {
        color: #4a5360;
        cursor: default;
      }
      input[aria-invalid='true'] {
        border-color: var(--danger, #a4161a);
        border-width: 2px;
      }
      .error {
        color: var(--danger, #a4161a);
        font-size: 0.85rem;
        margin: 0.2rem 0 0;
      }
    `,
  ];

  @property() label = 'Votre collectivité';
  @property() value = '';
  @property({ attribute: false }) suggest: (text: string) => Promise<GeoEntity[]> = async () => [];
  /** The collectivity a text designates exactly and alone, or null. */
  @property({ attribute: false }) exact: (text: string) => Promise<GeoEntity | null> = async () =>
    null;
  @state() private options: GeoEntity[] = [];
  @state() private open = false;
  @state() private active = -1;
  @state() private searched = false;
  /** A search is under way (the first one waits for the whole geography). */
  @state() private pending = false;
  /** The text left that designates no single collectivity, and why. */
  @state() private flagged: { text: string; several: boolean } | null = null;
  /** The text was typed since the last pick: it must be resolved when the field is left. */
  private typed = false;
  private request = 0;

  private async onInput(event: InputEvent): Promise<void> {
    const text = (event.target as HTMLInputElement).value;
    this.value = text;
    this.typed = true;
    this.flagged = null;
    const request = ++this.request;
    if (text.trim() === '') {
      this.typed = false;
      this.options = [];
      this.open = false;
      this.pending = false;
      this.dispatchEvent(new CustomEvent('collectivity-select', { detail: null }));
      return;
    }
    this.pending = true;
    this.open = true;
    const options = await this.suggest(text);
    if (request !== this.request) return; // a later keystroke won
    this.pending = false;
    this.options = options;
    this.searched = true;
    this.active = options.length > 0 ? 0 : -1;
  }

  /** The field is left with a text not picked from the list: take it if it is exact, or flag it. */
  private async resolveTyped(): Promise<void> {
    if (!this.typed) return;
    this.typed = false;
    this.open = false;
    // A search under way: it supersedes the last keystroke's, which may not have answered yet
    // (the first waits for the whole geography), so the arrow can reopen the list meanwhile
    // and the list fills with these options.
    this.pending = true;
    const text = this.value;
    const request = ++this.request;
    const [entity, options] = await Promise.all([this.exact(text), this.suggest(text)]);
    if (request !== this.request) return;
    this.pending = false;
    this.options = options;
    this.searched = true;
    this.active = options.length > 0 ? 0 : -1;
    if (entity) {
      this.pick(entity);
      return;
    }
    // Proposals for the text: a start, a typo or several of a name; none: nothing matched.
    const several = options.length > 0;
    this.flagged = { text, several };
    this.dispatchEvent(new CustomEvent('collectivity-unresolved', { detail: text }));
  }

  private onKeyDown(event: KeyboardEvent): void {
    const count = this.options.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        // Reopens even before the options are known: they show when the search answers
        // (ignoring the key then lost it for good, after Escape and Enter on a typed text).
        if (!this.open) this.open = true;
        else if (count > 0) this.active = (this.active + 1) % count;
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (count > 0) this.active = (this.active - 1 + count) % count;
        break;
      case 'Enter':
        if (this.open && !this.pending && this.active >= 0) {
          event.preventDefault();
          this.pick(this.options[this.active]);
        } else if (this.typed) {
          event.preventDefault();
          void this.resolveTyped();
        }
        break;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.open = false;
        }
        break;
    }
  }

  private pick(entity: GeoEntity): void {
    this.value = collectivityLabel(entity);
    this.typed = false;
    this.flagged = null;
    this.open = false;
    this.dispatchEvent(new CustomEvent('collectivity-select', { detail: entity }));
  }

  override render() {
    const expanded = this.open && (this.searched || this.pending);
    const flagged = this.flagged;
    const activeId = expanded && this.active >= 0 ? `option-${this.active}` : undefined;
    return html`<label for="input">${this.label}</label>
      <input
        id="input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-controls="listbox"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-activedescendant=${activeId ?? nothing}
        aria-describedby=${flagged ? 'help flagged' : 'help'}
        aria-invalid=${flagged ? 'true' : 'false'}
        placeholder="Nom, code INSEE, code postal ou SIREN"
        .value=${this.value}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
        @blur=${() =>
          setTimeout(() => {
            this.open = false;
            void this.resolveTyped();
          }, 150)}
      />
      <span id="help" class="visually-hidden"
        >Commune, EPCI, département ou région : tapez son nom ou son code, puis choisissez avec les
        flèches et Entrée.</span
      >
      ${
        flagged
          ? html`<p class="error" id="flagged" role="alert">
              ${
                flagged.several
                  ? `« ${flagged.text} » ne désigne pas une seule collectivité : choisissez la vôtre dans la liste (flèche vers le bas).`
                  : `« ${flagged.text} » n’est pas une collectivité connue : vérifiez l’orthographe, tapez son code INSEE ou son code postal, ou décrivez-la à la main.`
              }
              Votre profil n’est pas pris en compte.
            </p>`
          : nothing
      }
      <ul id="listbox" role="listbox" aria-label="Collectivités" ?hidden=${!expanded}>
        ${
          this.pending && this.options.length === 0
            ? html`<li class="empty" role="option" aria-disabled="true" aria-selected="false">
                Recherche des collectivités…
              </li>`
            : this.options.length === 0
              ? html`<li class="empty" role="option" aria-disabled="true" aria-selected="false">
                  Aucune collectivité trouvée pour ce nom ou ce code
                </li>`
              : this.options.map(
                  (entity, i) =>
                    html`<li
                      id="option-${i}"
                      role="option"
                      aria-selected=${i === this.active ? 'true' : 'false'}
                      @mousedown=${(e: MouseEvent) => e.preventDefault()}
                      @click=${() => this.pick(entity)}
                    >
                      ${collectivityLabel(entity)}
                    </li>`,
                )
        }
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'collectivity-combobox': CollectivityCombobox;
  }
  interface HTMLElementEventMap {
    'collectivity-select': CustomEvent<GeoEntity | null>;
    'collectivity-unresolved': CustomEvent<string>;
  }
}
