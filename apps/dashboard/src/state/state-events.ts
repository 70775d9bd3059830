import type { AppState } from './app-state';

/** Asked by a view to change the app state; `push` adds a history entry (a change of view). */
export interface StateChange {
  patch: Partial<AppState>;
  push?: boolean;
}

/** The event views dispatch to change the state (bubbles out of shadow roots). */
export function stateChangeEvent(patch: Partial<AppState>, push = false): CustomEvent<StateChange> {
  return new CustomEvent<StateChange>('state-change', {
    detail: { patch, push },
    bubbles: true,
    composed: true,
  });
}

declare global {
  interface HTMLElementEventMap {
    'state-change': CustomEvent<StateChange>;
  }
}
