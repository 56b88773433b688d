import { css } from 'lit';

/** Styles of `<kontor-vitals-panel>`: a compact developer overlay. */
export const vitalsPanelStyles = css`
  :host {
    display: block;
    --_good: var(--kontor-vitals-panel-good, var(--_success));
    --_needs-improvement: var(--kontor-vitals-panel-needs-improvement, var(--_warning));
    --_poor: var(--kontor-vitals-panel-poor, var(--_danger));
  }
  details {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: var(--_text);
    max-height: var(--kontor-vitals-panel-max-height, 70vh);
    overflow: auto;
  }
  summary {
    cursor: pointer;
    padding: calc(var(--_space) * 2);
    font-weight: 600;
  }
  summary:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .body {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: 0 calc(var(--_space) * 2) calc(var(--_space) * 2);
  }
  p {
    margin: 0;
    color: var(--_muted);
  }
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: calc(var(--_space) / 2) var(--_space);
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
  }
  td.number {
    text-align: end;
    white-space: nowrap;
  }
  .rating {
    white-space: nowrap;
  }
  .rating::before {
    content: '';
    display: inline-block;
    width: 0.7em;
    height: 0.7em;
    margin-inline-end: 0.35em;
    border-radius: 50%;
  }
  /* Only the dot is coloured: the word says the rating, and the text keeps its contrast. */
  .good::before {
    background: var(--_good);
  }
  .needs-improvement::before {
    background: var(--_needs-improvement);
  }
  .poor::before {
    background: var(--_poor);
  }
  code {
    font-size: 0.85em;
    word-break: break-all;
  }
`;
