import { css } from 'lit';

/** Styles of `<kontor-product>`. */
export const productStyles = css`
  :host {
    display: block;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 6);
  }
  @media (min-width: 760px) {
    .layout {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
  }
  .media {
    aspect-ratio: 4 / 3;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    display: grid;
    place-items: center;
    overflow: hidden;
  }
  .media img {
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  h2 {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: 1.5em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.1em;
    margin: calc(var(--_space) * 6) 0 calc(var(--_space) * 2);
  }
  dl.ids {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 calc(var(--_space) * 3);
    color: var(--_muted);
    font-size: 0.9em;
  }
  dl.ids dd {
    margin: 0;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.95em;
  }
  th,
  td {
    text-align: start;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_border);
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .buy {
    display: grid;
    gap: calc(var(--_space) * 3);
    margin: calc(var(--_space) * 4) 0;
  }
  .notice {
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .skeleton {
    min-height: 28em;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .muted {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .variants {
    margin: calc(var(--_space) * 4) 0;
  }
  .variants-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
  }
  .variants-head h3 {
    margin-top: 0;
  }
  .toggle {
    display: inline-flex;
    gap: var(--_space);
  }
  .toggle .button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .ordered {
    margin: 0;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-inline-start: 3px solid var(--_success);
    background: var(--_surface-alt);
  }
  ul.documents,
  ul.accessories {
    padding: 0;
    list-style: none;
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  ul.documents li,
  ul.accessories li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) * 2);
  }
  ul.accessories kontor-price {
    margin-inline-start: auto;
  }
  article[aria-busy='true'] {
    opacity: 0.7;
  }
`;
