import { css } from 'lit';

/** Styles of `<kontor-cart>`. */
export const cartStyles = css`
  :host {
    display: block;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .qty {
    width: 6em;
    text-align: end;
  }
  .sku {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .totals {
    margin: calc(var(--_space) * 4) 0 calc(var(--_space) * 6) auto;
    max-width: 22em;
  }
  .totals div {
    display: flex;
    justify-content: space-between;
    gap: calc(var(--_space) * 4);
  }
  .totals .gross {
    font-weight: 700;
    border-top: 1px solid var(--_border);
    margin-top: var(--_space);
    padding-top: var(--_space);
  }
  .checkout {
    max-width: 36em;
  }
  .confirmation {
    padding: calc(var(--_space) * 4);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  @media (max-width: 640px) {
    thead {
      display: none;
    }
    tr {
      display: grid;
      grid-template-columns: 1fr auto;
      border-bottom: 1px solid var(--_border);
    }
    td {
      border: 0;
    }
  }
`;
