import type { Practice } from '@essaimage/core';
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { normalizeName } from '../engine/collectivity-search';
import { KIND_LABELS, MEDAL_LABELS, formatCount, formatEuros } from '../format/labels';
import { sharedStyles } from './shared-styles';

interface Column {
  key: string;
  label: string;
  value: (p: Practice) => string | number | null;
  show: (p: Practice) => string;
  numeric?: boolean;
}

const COLUMNS: Column[] = [
  { key: 'title', label: 'Titre', value: (p) => p.title, show: (p) => p.title },
  {
    key: 'collectivity',
    label: 'Collectivité',
    value: (p) => p.officialName ?? p.collectivity.name,
    show: (p) => p.officialName ?? p.collectivity.name,
  },
  {
    key: 'kind',
    label: 'Type',
    value: (p) => KIND_LABELS[p.collectivity.kind],
    show: (p) => KIND_LABELS[p.collectivity.kind],
  },
  {
    key: 'population',
    label: 'Population',
    value: (p) => p.population,
    show: (p) => (p.population === null ? '—' : formatCount(p.population)),
    numeric: true,
  },
  {
    key: 'year',
    label: 'Année',
    value: (p) => p.year,
    show: (p) => String(p.year ?? '—'),
    numeric: true,
  },
  {
    key: 'category',
    label: 'Catégorie',
    value: (p) => p.award?.category ?? null,
    show: (p) => p.award?.category ?? '—',
  },
  {
    key: 'medal',
    label: 'Médaille',
    value: (p) => (p.award?.medal ? MEDAL_LABELS[p.award.medal] : null),
    show: (p) => (p.award?.medal ? MEDAL_LABELS[p.award.medal] : '—'),
  },
  {
    key: 'budget',
    label: 'Budget',
    value: (p) => p.budget?.amount ?? null,
    show: (p) => (p.budget?.amount != null ? formatEuros(p.budget.amount) : '—'),
    numeric: true,
  },
];

/**
 * Whether every searched word starts a word of the practice's title, collectivity, summary,
 * department or region (accents and case aside): « velo » finds « vélos », not
 * « développement »; « Jura » finds the practices of the Jura.
 */
export function matchesSearch(practice: Practice, search: string, places = ''): boolean {
  const words = normalizeName(search).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const text = ` ${normalizeName(
    `${practice.title} ${practice.officialName ?? ''} ${practice.collectivity.name} ${practice.summary} ${places}`,
  ).replace(/[^a-z0-9]+/g, ' ')}`;
  return words.every((w) => text.includes(` ${w}`));
}

/**
 * The practices as a table: a search field, and column headers that sort (again to reverse).
 * Fires `selection-change` with the ids shown, in order, whenever they change.
 */
@customElement('practice-table')
export class PracticeTable extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        min-width: 0;
      }
      .tools {
        display: flex;
        gap: 0.8rem;
        align-items: end;
        flex-wrap: wrap;
        margin-bottom: 0.5rem;
      }
      .tools div {
        flex: 1 1 18rem;
      }
      .scroll {
        overflow-x: auto;
        background: #fff;
        border: 1px solid var(--line, #c9d0d9);
        border-radius: 6px;
        max-height: 32rem;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.9rem;
      }
      th,
      td {
        text-align: left;
        padding: 0.35rem 0.6rem;
        border-bottom: 1px solid #e3e8ef;
        vertical-align: top;
      }
      th {
        position: sticky;
        top: 0;
        background: #f3f5f8;
        z-index: 1;
      }
      th button {
        border: 0;
        padding: 0.1rem 0.2rem;
        background: transparent;
        color: #1b1f24;
      }
      td.title {
        min-width: 12rem;
        max-width: 20rem;
      }
      td {
        max-width: 12rem;
        overflow-wrap: break-word;
      }
      td:nth-child(3) {
        white-space: nowrap;
      }
      .num {
        white-space: nowrap;
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      tr.imported td:first-child::after {
        content: ' (importée)';
        color: #1d6b35;
        font-size: 0.8rem;
      }
    `,
  ];

  @property({ attribute: false }) practices: Practice[] = [];
  @property({ attribute: false }) importedIds: ReadonlySet<string> = new Set();
  /** The link to a practice's fiche (its title links there). */
  @property({ attribute: false }) hrefOf: (id: string) => string = () => '#';
  /** The names of a practice's department and region, for the search (« Jura »). */
  @property({ attribute: false }) placesOf: (practice: Practice) => string = () => '';
  @state() private search = '';
  @state() private sortKey = 'year';
  @state() private descending = true;
  private lastSelection = '';

  private rows(): Practice[] {
    const column = COLUMNS.find((c) => c.key === this.sortKey) ?? COLUMNS[0];
    const sign = this.descending ? -1 : 1;
    return this.practices
      .filter((p) => matchesSearch(p, this.search, this.placesOf(p)))
      .sort((a, b) => {
        const va = column.value(a);
        const vb = column.value(b);
        // Unknown values last, whatever the direction; ties by id so the order is stable.
        if (va === null || vb === null)
          return va === vb ? a.id.localeCompare(b.id) : va === null ? 1 : -1;
        const order =
          typeof va === 'number' && typeof vb === 'number'
            ? va - vb
            : String(va).localeCompare(String(vb), 'fr');
        return sign * order || a.id.localeCompare(b.id);
      });
  }

  private open(event: MouseEvent): void {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    const id = (event.currentTarget as HTMLElement).dataset.practice;
    this.dispatchEvent(
      new CustomEvent('open-practice', { detail: id, bubbles: true, composed: true }),
    );
  }

  private sortBy(key: string): void {
    if (this.sortKey === key) this.descending = !this.descending;
    else {
      this.sortKey = key;
      this.descending = false;
    }
  }

  override render() {
    const rows = this.rows();
    const selection = rows.map((p) => p.id);
    const key = selection.join('\n');
    if (key !== this.lastSelection) {
      this.lastSelection = key;
      queueMicrotask(() =>
        this.dispatchEvent(new CustomEvent('selection-change', { detail: selection })),
      );
    }
    return html`<div class="tools">
        <div>
          <label for="search">Rechercher dans le catalogue</label>
          <input
            id="search"
            type="search"
            placeholder="Début des mots du titre, de la collectivité, du lieu ou du résumé"
            .value=${this.search}
            @input=${(e: Event) => (this.search = (e.target as HTMLInputElement).value)}
          />
        </div>
        <p role="status" id="row-count">
          ${rows.length} pratique(s) affichée(s) sur ${this.practices.length}
        </p>
      </div>
      <div class="scroll" tabindex="0" role="region" aria-label="Tableau des pratiques">
        <table>
          <thead>
            <tr>
              ${COLUMNS.map(
                (c) =>
                  html`<th
                    scope="col"
                    class=${c.numeric ? 'num' : ''}
                    aria-sort=${this.sortKey === c.key ? (this.descending ? 'descending' : 'ascending') : 'none'}
                  >
                    <button type="button" @click=${() => this.sortBy(c.key)}>
                      ${c.label}${this.sortKey === c.key ? (this.descending ? ' ▼' : ' ▲') : ''}
                    </button>
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (p) =>
                html`<tr data-id=${p.id} class=${this.importedIds.has(p.id) ? 'imported' : ''}>
                  <td class="title">
                    <a href=${this.hrefOf(p.id)} data-practice=${p.id} @click=${this.open}
                      >${p.title}</a
                    >
                  </td>
                  ${COLUMNS.slice(1).map(
                    (c) => html`<td class=${c.numeric ? 'num' : ''}>${c.show(p)}</td>`,
                  )}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'practice-table': PracticeTable;
  }
  interface HTMLElementEventMap {
    'selection-change': CustomEvent<string[]>;
  }
}
