import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';

@customElement('similarity-view')
export class SimilarityView extends LitElement {
  override render() {
    return html`<p>À venir</p>`;
  }
}
