import { css } from 'lit';

/**
 * Design tokens. Pages theme Kontor by setting the global `--kontor-*` properties
 * anywhere above the elements (they inherit into shadow roots); each element reads them
 * through private `--_*` aliases with defaults, so an unset token never breaks a layout.
 *
 * Global tokens:
 * - `--kontor-color-accent`, `--kontor-color-on-accent`: primary actions.
 * - `--kontor-color-text`, `--kontor-color-muted`, `--kontor-color-surface`,
 *   `--kontor-color-surface-alt`, `--kontor-color-border`.
 * - `--kontor-color-success`, `--kontor-color-warning`, `--kontor-color-danger`.
 * - `--kontor-font-family`, `--kontor-font-size` (base size; elements use rem-free sizes
 *   derived from it, so a host page's root font size does not leak in).
 * - `--kontor-space` (base spacing unit; set 3px for a compact B2B density), `--kontor-radius`.
 *
 * Dark scheme: the defaults follow `prefers-color-scheme`; a page forces a scheme with
 * `color-scheme: dark` / `light` on an ancestor plus its own token values.
 */
export const tokens = css`
  :host {
    --_accent: var(--kontor-color-accent, #0b57d0);
    --_on-accent: var(--kontor-color-on-accent, #ffffff);
    --_text: var(--kontor-color-text, #1b1f24);
    --_muted: var(--kontor-color-muted, #5a6270);
    --_surface: var(--kontor-color-surface, #ffffff);
    --_surface-alt: var(--kontor-color-surface-alt, #f3f5f8);
    --_border: var(--kontor-color-border, #cfd5dd);
    --_success: var(--kontor-color-success, #1a7f37);
    --_warning: var(--kontor-color-warning, #9a6700);
    --_danger: var(--kontor-color-danger, #c62828);
    --_font: var(--kontor-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_size: var(--kontor-font-size, 15px);
    --_space: var(--kontor-space, 4px);
    --_radius: var(--kontor-radius, 6px);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.45;
    box-sizing: border-box;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--kontor-color-accent, #8ab4f8);
      --_on-accent: var(--kontor-color-on-accent, #0b1d3a);
      --_text: var(--kontor-color-text, #e6e9ee);
      --_muted: var(--kontor-color-muted, #a4acb9);
      --_surface: var(--kontor-color-surface, #15181d);
      --_surface-alt: var(--kontor-color-surface-alt, #1f242b);
      --_border: var(--kontor-color-border, #3a414c);
      --_success: var(--kontor-color-success, #57c478);
      --_warning: var(--kontor-color-warning, #e3b341);
      --_danger: var(--kontor-color-danger, #ff8a80);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

/** Buttons, inputs and messages shared by every element, immune to host-page styles. */
export const controls = css`
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  .button {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 2);
    min-height: 2.5em;
    padding: 0 calc(var(--_space) * 4);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    cursor: pointer;
    white-space: nowrap;
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_border);
  }
  .button:focus-visible,
  .input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .button[aria-disabled='true'],
  .button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .input {
    box-sizing: border-box;
    min-height: 2.5em;
    padding: 0 calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .message {
    margin: calc(var(--_space) * 2) 0 0;
    font-size: 0.9em;
  }
  .message.error {
    color: var(--_danger);
  }
  .message.success {
    color: var(--_success);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;

/**
 * Tables of lines and amounts (cart, order history, approvals): full width, a rule under
 * each row, numbers right-aligned in tabular figures. `--_cell-padding` sets the cell
 * padding per element.
 */
export const dataTable = css`
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: var(--_cell-padding, calc(var(--_space) * 2));
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: var(--_cell-align, top);
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
`;
