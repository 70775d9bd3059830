import type { RankedPractice } from '@essaimage/core';
import { html } from 'lit';
import '../components/result-card';
import type { AppState } from '../state/app-state';
import { formatState } from '../state/url-state';

/**
 * The ranked practices as list items of result cards, each linking to its fiche in the current
 * state: the home view's results and a fiche's similar practices share it.
 */
export function resultItems(
  results: readonly RankedPractice[],
  state: AppState,
  open: (id: string) => void,
  relevanceWord = 'pertinence',
) {
  return results.map(
    (r, i) =>
      html`<li>
        <result-card
          .result=${r}
          .rank=${i + 1}
          .relevanceWord=${relevanceWord}
          .href=${formatState({ ...state, view: 'fiche', practiceId: r.id })}
          @open-practice=${(e: CustomEvent<string>) => open(e.detail)}
        ></result-card>
      </li>`,
  );
}
