import type { GeoEntity } from '@essaimage/core';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { collectivityLabel } from '../format/collectivity-label';
import { sharedStyles } from './shared-styles';

/**
 * An ARIA combobox over the official collectivities: type the start of a name (accents and
 * hyphens optional), move with the arrow keys, Enter or a click picks, Escape closes.
 * Fires `collectivity-select` with the entity, or null when the field is cleared.
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
    `,
  ];

  @property() label = 'Votre collectivité';
  @property() value = '';
  @property({ attribute: false }) suggest: (text: string) => Promise<GeoEntity[]> = async () => [];
  @state() private options: GeoEntity[] = [];
  @state() private open = false;
  @state() private active = -1;
  @state() private searched = false;
  private request = 0;

  private async onInput(event: InputEvent): Promise<void> {
    const text = (event.target as HTMLInputElement).value;
    this.value = text;
    const request = ++this.request;
    if (text.trim() === '') {
      this.options = [];
      this.open = false;
      this.dispatchEvent(new CustomEvent('collectivity-select', { detail: null }));
      return;
    }
    const options = await this.suggest(text);
    if (request !== this.request) return; // a later keystroke won
    this.options = options;
    this.searched = true;
    this.open = true;
    this.active = options.length > 0 ? 0 : -1;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const count = this.options.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open && count > 0) this.open = true;
        else if (count > 0) this.active = (this.active + 1) % count;
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (count > 0) this.active = (this.active - 1 + count) % count;
        break;
      case 'Enter':
        if (this.open && this.active >= 0) {
          event.preventDefault();
          this.pick(this.options[this.active]);
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
    this.open = false;
    this.dispatchEvent(new CustomEvent('collectivity-select', { detail: entity }));
  }

  override render() {
    const expanded = this.open && this.searched;
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
        aria-describedby="help"
        placeholder="Commune, EPCI, département ou région"
        .value=${this.value}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
        @blur=${() => setTimeout(() => (this.open = false), 150)}
      />
      <span id="help" class="visually-hidden"
        >Tapez le début du nom, puis choisissez avec les flèches et Entrée.</span
      >
      <ul id="listbox" role="listbox" aria-label="Collectivités" ?hidden=${!expanded}>
        ${
          this.options.length === 0
            ? html`<li class="empty" role="option" aria-disabled="true" aria-selected="false">
                Aucune collectivité ne commence ainsi
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
  }
}
