import { css } from 'lit';

/** Styles of `<kontor-approval-inbox>`. */
export const approvalInboxStyles = css`
  :host {
    --_cell-padding: var(--_space) calc(var(--_space) * 2);
    --_cell-align: middle;
    display: block;
  }
  .filters,
  .bulk {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
    align-items: end;
    margin-bottom: calc(var(--_space) * 3);
  }
  .filters label,
  .bulk label {
    display: grid;
    gap: var(--_space);
    font-size: 0.9em;
    font-weight: 600;
  }
  ul.requests {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  li.request {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 3);
    background: var(--_surface);
  }
  .summary {
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: calc(var(--_space) * 3);
    align-items: start;
  }
  .summary .total {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .reasons {
    margin: var(--_space) 0 0;
    padding-inline-start: 1.2em;
    color: var(--_text);
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .status {
    font-weight: 600;
  }
  .status.approved {
    color: var(--_success);
  }
  .status.rejected {
    color: var(--_danger);
  }
  .status.pending {
    color: var(--_warning);
  }
  .detail {
    margin-top: calc(var(--_space) * 3);
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  h3 {
    font-size: 1em;
    margin: 0;
  }
  dl.budget {
    display: grid;
    grid-template-columns: auto auto;
    gap: var(--_space) calc(var(--_space) * 4);
    margin: 0;
    justify-content: start;
  }
  dl.budget dd {
    margin: 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .over {
    color: var(--_danger);
  }
  ol.trail {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .decide {
    display: grid;
    gap: calc(var(--_space) * 2);
    max-width: 36em;
  }
  .decide label {
    display: grid;
    gap: var(--_space);
    font-size: 0.9em;
    font-weight: 600;
  }
  .actions {
    display: flex;
    gap: calc(var(--_space) * 2);
    flex-wrap: wrap;
  }
  .button.danger {
    background: var(--_danger);
  }
  .notice {
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  @media (max-width: 640px) {
    .summary {
      grid-template-columns: auto 1fr;
    }
    .summary .total {
      grid-column: 2;
      text-align: start;
    }
  }
`;
