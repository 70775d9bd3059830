import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { readFrenchNumber } from '../format/french-number';
import { formatFieldNumber } from '../format/labels';
import { sharedStyles } from './shared-styles';

/**
 * A number field that reads French input (« 0,5 », « 20 000 € ») and shows the number back in
 * French (a text input: `type=number` reads « 0,5 » as 5 in some browsers and shows « 0.5 »).
 * Fires `number-change` with the number, or null when emptied; a text that is not a number is
 * flagged under the field and changes nothing.
 */
@customElement('number-field')
export class NumberField extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
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

  @property() label = '';
  /** What the field holds, for the error message: « un montant en euros ». */
  @property() expects = 'un nombre';
  @property() example = '20 000';
  @property({ attribute: false }) value: number | null = null;
  @state() private invalid: string | null = null;

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const read = readFrenchNumber(input.value);
    if (read.kind === 'invalid') {
      this.invalid = input.value;
      return;
    }
    this.invalid = null;
    const value = read.kind === 'number' ? read.value : null;
    // Shown back in French even when the number did not change (« 20000 » → « 20 000 »).
    input.value = value === null ? '' : formatFieldNumber(value);
    if (value !== this.value) {
      this.dispatchEvent(new CustomEvent<number | null>('number-change', { detail: value }));
    }
  }

  override render() {
    const shown = this.invalid ?? (this.value === null ? '' : formatFieldNumber(this.value));
    return html`<label for="field">${this.label}</label>
      <input
        id="field"
        type="text"
        inputmode="decimal"
        autocomplete="off"
        .value=${live(shown)}
        aria-invalid=${this.invalid !== null ? 'true' : 'false'}
        aria-describedby=${this.invalid !== null ? 'error' : nothing}
        @change=${this.onChange}
      />
      ${
        this.invalid !== null
          ? html`<p class="error" id="error" role="alert">
              « ${this.invalid} » n’est pas ${this.expects} : écrivez par exemple ${this.example},
              ou laissez vide.
            </p>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'number-field': NumberField;
  }
  interface HTMLElementEventMap {
    'number-change': CustomEvent<number | null>;
  }
}
