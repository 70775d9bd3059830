import type { ReproductionGuide } from '@essaimage/core';
import { html, nothing, type TemplateResult } from 'lit';

const list = (items: readonly string[], none: string, id: string) =>
  items.length > 0
    ? html`<ul id=${id}>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`
    : html`<p class="muted" id=${id}>${none}</p>`;

/**
 * « Pour la reproduire chez vous »: the guide core writes from the practice's facts for the
 * current profile, one sub-part per question (cost, staff, duration, partners, contact, what
 * worked or hindered). A fact the source does not give is said so.
 */
export function reproductionSection(guide: ReproductionGuide): TemplateResult {
  return html`<section id="reproduction" aria-labelledby="reproduction-title">
    <h3 id="reproduction-title">Pour la reproduire chez vous</h3>
    ${guide.scale ? html`<p class="muted" id="reproduction-scale">${guide.scale}</p>` : nothing}
    <h4>Coût</h4>
    ${list(guide.budget, 'La source ne dit rien du coût.', 'reproduction-budget')}
    ${
      guide.funding.length > 0
        ? html`<h4>Financements obtenus</h4>
            ${list(guide.funding, '', 'reproduction-funding')}`
        : nothing
    }
    <h4>Personnel</h4>
    <p id="reproduction-staff">
      ${guide.staff ?? html`<span class="muted">La source ne dit pas qui la fait vivre.</span>`}
    </p>
    <h4>Durée</h4>
    <p id="reproduction-duration">
      ${guide.duration ?? html`<span class="muted">La source ne donne ni dates ni durée.</span>`}
    </p>
    <h4>Partenaires à trouver</h4>
    ${list(guide.partners, 'La source ne nomme pas de partenaire.', 'reproduction-partners')}
    <h4>Qui contacter</h4>
    <p id="reproduction-contact">
      ${guide.contact ?? html`<span class="muted">La source ne nomme pas de contact : voir la source ci-dessus.</span>`}
    </p>
    <h4>Ce qui a aidé, ce qui a freiné</h4>
    ${
      guide.worked.length + guide.hindered.length > 0
        ? html`<ul id="reproduction-lessons">
            ${guide.worked.map((w) => html`<li>A aidé : « ${w} »</li>`)}
            ${guide.hindered.map((h) => html`<li>A freiné : « ${h} »</li>`)}
          </ul>`
        : html`<p class="muted" id="reproduction-lessons">
            La source ne dit pas ce qui a aidé ou freiné.
          </p>`
    }
  </section>`;
}
