import { css } from 'lit';

/** Styles every component shares: focus ring, form controls, buttons, visually-hidden text. */
export const sharedStyles = css`
  :host {
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--focus, #c2410c);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  label,
  .label {
    font-weight: 600;
    font-size: 0.9rem;
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
    color: inherit;
  }
  input[type='text'],
  input[type='number'],
  input[type='search'],
  select,
  textarea {
    width: 100%;
    padding: 0.45rem 0.55rem;
    border: 1px solid #6b7480;
    border-radius: 4px;
    background: #fff;
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    padding: 0.4rem 0.8rem;
    border: 1px solid var(--accent, #0b5cad);
    border-radius: 4px;
    background: #fff;
    color: var(--accent, #0b5cad);
    cursor: pointer;
    text-decoration: none;
    font-weight: 600;
  }
  button.primary {
    background: var(--accent, #0b5cad);
    color: #fff;
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  a {
    color: var(--accent, #0b5cad);
  }
  .muted {
    color: var(--ink-muted, #4a5360);
  }
  .error {
    color: var(--danger, #a4161a);
  }
  .card {
    background: #fff;
    border: 1px solid var(--line, #c9d0d9);
    border-radius: 6px;
    padding: 1rem;
  }
`;
