import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';

@customElement('data-view')
export class DataView extends LitElement {
  override render() {
    return html`<p>À venir</p>`;
  }
}
