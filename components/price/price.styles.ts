import { css } from 'lit';

/**
 * Styles of `<kontor-price>`: the price line keeps one size whatever arrives in it (the
 * placeholder, a list price, a customer price with the struck list price and its source),
 * so a price that changes after login moves neither its note nor what follows.
 */
export const priceStyles = css`
  :host {
    display: inline-block;
    min-width: 6em;
    --_price-size: var(--kontor-price-font-size, 1.15em);
    /* Rows of the line: the net price's, and one for the badge, which wraps below it where
       the line is narrow. The badge's row is its font (0.75em) at the line height plus its border. */
    --_price-net-row: calc(var(--_price-size) * 1.4);
    --_price-badge-row: calc(0.75em * 1.2 + 2px);
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    align-content: flex-start;
    gap: 0 calc(var(--_space) * 2);
    /* The room of a customer price whose badge wrapped, held from the placeholder on. */
    min-height: var(--kontor-price-line-height, calc(var(--_price-net-row) + var(--_price-badge-row)));
    line-height: 1.2;
  }
  .net {
    font-size: var(--_price-size);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .list {
    color: var(--_muted);
    text-decoration: line-through;
    font-variant-numeric: tabular-nums;
  }
  .badge {
    font-size: 0.75em;
    line-height: 1.2;
    padding: 0 calc(var(--_space) * 1.5);
    border-radius: 999px;
    background: var(--_surface-alt);
    color: var(--_text);
    border: 1px solid var(--_border);
  }
  .vat {
    display: block;
    min-height: 1.4em;
    line-height: 1.4;
    color: var(--_muted);
    font-size: 0.8em;
  }
  [part='message'] {
    color: var(--_muted);
  }
  :host(:state(error)) [part='message'] {
    color: var(--_danger);
  }
  .skeleton {
    display: inline-block;
    width: 6em;
    height: 1.2em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .skeleton.short {
    width: 9em;
    height: 1em;
  }
  tr.current {
    font-weight: 700;
  }
  details {
    font-size: 0.85em;
  }
  table {
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0 calc(var(--_space) * 2) 0 0;
    text-align: start;
    font-variant-numeric: tabular-nums;
  }
`;
