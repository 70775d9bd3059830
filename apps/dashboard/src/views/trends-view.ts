import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';

@customElement('trends-view')
export class TrendsView extends LitElement {
  override render() {
    return html`<p>À venir</p>`;
  }
}
