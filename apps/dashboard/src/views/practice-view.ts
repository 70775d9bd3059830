import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';

@customElement('practice-view')
export class PracticeView extends LitElement {
  override render() {
    return html`<p>À venir</p>`;
  }
}
