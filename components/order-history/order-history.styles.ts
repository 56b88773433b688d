import { css } from 'lit';

/** Styles of `<kontor-order-history>`. */
export const orderHistoryStyles = css`
  :host {
    --_cell-padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    display: block;
  }
  form.filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
    align-items: end;
    margin-bottom: calc(var(--_space) * 3);
  }
  form.filters label {
    display: grid;
    gap: var(--_space);
    font-size: 0.9em;
    font-weight: 600;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 3);
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .status {
    font-weight: 600;
  }
  .status.paid,
  .status.shipped,
  .status.invoiced {
    color: var(--_success);
  }
  .status.pending-approval,
  .status.partially-shipped,
  .status.overdue {
    color: var(--_warning);
  }
  .status.rejected,
  .status.cancelled {
    color: var(--_danger);
  }
  tr.detail > td {
    background: var(--_surface-alt);
    padding: calc(var(--_space) * 3);
  }
  .detail-grid {
    display: grid;
    gap: calc(var(--_space) * 4);
  }
  h3,
  h4 {
    font-size: 1em;
    margin: 0 0 var(--_space);
  }
  ol.shipments,
  ol.trail {
    margin: 0;
    padding-inline-start: 1.2em;
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .backordered {
    color: var(--_warning);
    font-weight: 600;
  }
  dl.credit {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10em, 1fr));
    gap: calc(var(--_space) * 3);
    margin: 0 0 calc(var(--_space) * 3);
  }
  dl.credit div {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  dl.credit dt {
    font-size: 0.85em;
    color: var(--_muted);
  }
  dl.credit dd {
    margin: 0;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  section.invoices {
    margin-top: calc(var(--_space) * 8);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  @media (max-width: 640px) {
    table.orders thead {
      display: none;
    }
    table.orders tr {
      display: grid;
      grid-template-columns: 1fr auto;
    }
    table.orders td {
      border: 0;
    }
    table.orders tr.detail {
      display: block;
    }
  }
`;
