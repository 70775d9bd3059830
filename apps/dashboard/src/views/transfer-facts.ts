import { PARTNER_KIND_LABELS, durationSentence, type Practice } from '@essaimage/core';
import { html, nothing, type TemplateResult } from 'lit';
import { formatCount } from '../format/labels';

const PRECISION_LABELS = { exact: 'exact', 'upper-bound': 'plafond', estimate: 'estimation' };

/**
 * The transfer facts of the fiche's « En bref » list, as `<dt>`/`<dd>` pairs: the period, the
 * partnerships, the publics reached, the funding, the contact and the source's ratings. A fact
 * the source does not give is left out (the « Pour la reproduire chez vous » part says so).
 */
export function transferFacts(p: Practice): TemplateResult {
  const pair = (term: string, id: string, body: unknown) =>
    html`<dt>${term}</dt>
      <dd id=${id}>${body}</dd>`;
  return html`
    ${
      p.budget?.precision && p.budget.precision !== 'exact'
        ? pair('Coût comparable', 'fact-precision', PRECISION_LABELS[p.budget.precision])
        : nothing
    }
    ${p.period ? pair('Période', 'fact-period', durationSentence(p.period)) : nothing}
    ${
      p.partnerships.length > 0
        ? pair(
            'Avec',
            'fact-partnerships',
            p.partnerships.map((x) => `${x.name} (${PARTNER_KIND_LABELS[x.kind]})`).join(', '),
          )
        : nothing
    }
    ${
      p.publicReached.length > 0
        ? pair(
            'Public touché',
            'fact-public',
            p.publicReached
              .map((r) =>
                r.count !== null ? `${formatCount(r.count)} ${r.unit}` : `« ${r.text} »`,
              )
              .join(' ; '),
          )
        : nothing
    }
    ${
      p.funding.length > 0
        ? pair('Financements', 'fact-funding', p.funding.map((f) => `« ${f.text} »`).join(' ; '))
        : nothing
    }
    ${
      p.contact
        ? pair(
            'Contact',
            'fact-contact',
            [p.contact.name, p.contact.role].filter((x) => x !== null).join(', '),
          )
        : nothing
    }
    ${
      p.ratings.length > 0
        ? pair(
            'Appréciation de la source',
            'fact-ratings',
            p.ratings.map((r) => `${r.label} (${r.by})`).join(', '),
          )
        : nothing
    }
  `;
}
