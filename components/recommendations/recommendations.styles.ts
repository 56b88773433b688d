import { css } from 'lit';

/**
 * Styles of `<kontor-recommendations>`: one fixed height whether loading, filled, empty or
 * failed, so the strip never moves what follows it. A page reserves the same height before
 * the element is defined with `kontor-recommendations { display: block; height: 330px }`.
 */
export const recommendationsStyles = css`
  :host {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    height: var(--kontor-recommendations-height, 330px);
    --_card-width: var(--kontor-recommendations-card-width, 11em);
  }
  h2 {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: 1.15em;
  }
  ol {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: var(--_card-width);
    gap: calc(var(--_space) * 3);
    overflow-x: auto;
    overflow-y: hidden;
    list-style: none;
    margin: 0;
    padding: 0 0 calc(var(--_space) * 2);
  }
  li {
    display: grid;
    grid-template-rows: auto auto auto 1fr;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  li.skeleton {
    background: var(--_surface-alt);
  }
  .media {
    aspect-ratio: 4 / 3;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .media img {
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  a {
    color: var(--_accent);
    font-weight: 600;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* A card is narrow: a customer price may need a row for the net price, one for the struck
     list price and one for its source. Held from the start, so the note under it stays put. */
  kontor-price {
    --kontor-price-line-height: calc(var(--kontor-price-font-size, 1.15em) * 1.4 + 1.2em + 0.75em * 1.2 + 2px);
  }
  .note,
  .error {
    margin: 0;
    color: var(--_muted);
  }
  .error {
    color: var(--_danger);
  }
`;
