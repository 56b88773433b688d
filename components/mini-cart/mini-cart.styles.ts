import { css } from 'lit';

/** Styles of `<kontor-mini-cart>`: a fixed-size trigger and an overlay panel. */
export const miniCartStyles = css`
  :host {
    display: inline-block;
    position: relative;
  }
  .trigger {
    min-width: 9em;
  }
  /* The total's room is reserved before the cart arrives (up to 99,999.99 in any locale's
     format, digits of equal width), so a total appearing or growing never widens the button
     and moves the header around it. */
  .trigger .money {
    display: inline-block;
    min-inline-size: 11ch;
  }
  .count {
    display: inline-grid;
    place-items: center;
    min-width: 1.6em;
    height: 1.6em;
    padding: 0 0.35em;
    border-radius: 999px;
    background: var(--_on-accent);
    color: var(--_accent);
    font-size: 0.8em;
    font-variant-numeric: tabular-nums;
  }
  .panel {
    position: absolute;
    inset-inline-end: 0;
    top: calc(100% + var(--_space) * 2);
    z-index: 20;
    width: min(24em, 90vw);
    max-height: 70vh;
    overflow: auto;
    padding: calc(var(--_space) * 4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--_space);
    padding: calc(var(--_space) * 2) 0;
    border-bottom: 1px solid var(--_border);
  }
  .sku,
  .muted {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .total {
    display: flex;
    justify-content: space-between;
    font-weight: 700;
    margin: calc(var(--_space) * 3) 0;
  }
  .money {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
`;
