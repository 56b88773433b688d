import { css } from 'lit';

/** Styles of `<kontor-product-listing>`. */
export const productListingStyles = css`
  :host {
    display: block;
    --_card-min: var(--kontor-listing-card-min-width, 15em);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: calc(var(--_space) * 3);
    margin-bottom: calc(var(--_space) * 4);
    min-height: 2.5em;
  }
  .partial {
    color: var(--_warning);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--_card-min), 1fr));
    gap: calc(var(--_space) * 4);
  }
  :host([view='list']) ol {
    grid-template-columns: 1fr;
  }
  .card {
    display: grid;
    grid-template-rows: auto auto 1fr auto;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-height: 19em;
  }
  .media {
    aspect-ratio: 4 / 3;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    display: grid;
    place-items: center;
    overflow: hidden;
  }
  .media img {
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  .name {
    font-weight: 600;
    color: var(--_text);
  }
  a.name:focus-visible {
    outline: 2px solid var(--_accent);
  }
  .meta,
  .stock {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .stock.out {
    color: var(--_warning);
  }
  .skeleton {
    background: var(--_surface-alt);
    border-color: transparent;
  }
  .pager {
    display: flex;
    justify-content: center;
    align-items: center;
    gap: calc(var(--_space) * 4);
    margin-top: calc(var(--_space) * 6);
  }
  .empty,
  .error {
    padding: calc(var(--_space) * 8) 0;
    text-align: center;
  }
`;
