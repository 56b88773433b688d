import { css } from 'lit';

/** Styles of `<kontor-quick-order>`. */
export const quickOrderStyles = css`
  :host {
    display: block;
    --_row-gap: calc(var(--_space) * 2);
  }
  .tools,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
    align-items: end;
    margin-block: calc(var(--_space) * 3);
  }
  textarea {
    width: 100%;
    min-height: 5em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .paste {
    flex: 1 1 20em;
    display: grid;
    gap: var(--_space);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: var(--_space);
    border-bottom: 1px solid var(--_border);
  }
  td.n {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .code {
    position: relative;
  }
  .code .input {
    width: 100%;
    min-width: 9em;
  }
  .qty .input {
    width: 7em;
  }
  tr[data-status='invalid'] .input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .issue {
    color: var(--_danger);
    overflow-wrap: anywhere;
  }
  .notice {
    color: var(--_warning);
  }
  .ok {
    color: var(--_success);
  }
  .fix,
  .remove {
    all: unset;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    margin-inline-start: var(--_space);
  }
  .fix:focus-visible,
  .remove:focus-visible {
    outline: 2px solid var(--_accent);
  }
  [role='listbox'] {
    position: absolute;
    z-index: 2;
    inset-inline: 0;
    margin: 0;
    padding: 0;
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }
  [role='option'] {
    padding: var(--_space) calc(var(--_space) * 2);
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_surface-alt);
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .summary {
    font-weight: 600;
  }
  .pages {
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: center;
    margin-block: calc(var(--_space) * 2);
  }
  progress {
    width: 100%;
  }
`;
