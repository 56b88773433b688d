import { css } from 'lit';

/** Styles of `<kontor-product-listing>`. */
export const productListingStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_card-min: var(--kontor-listing-card-min-width, 15em);
    --_facets-width: var(--kontor-listing-facets-width, 16em);
  }
  /* A server's drawing of the first results: laid out as the live content it stands for,
     which stays hidden until it replaces the drawing. */
  .snapshot {
    display: contents;
  }
  .snapshot ~ * {
    display: none !important;
  }
  /* Its cards are in view or empty placeholders: skipping them would only cost the first
     frame a second style and layout pass, once it finds they are in view. The containment
     that content-visibility brings stays, as the live cards have it: without it, in one
     layout, Chromium measured a drawn image's largest-contentful-paint area 25 px² smaller
     than the live card's (a subpixel offset), and the takeover counted as a new, later
     largest paint. */
  .snapshot .card {
    content-visibility: visible;
    contain: layout style paint;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 3);
  }
  .status {
    margin: 0;
  }
  .status:focus {
    outline: none;
  }
  .views {
    display: inline-flex;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .view {
    all: unset;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 3);
    cursor: pointer;
  }
  .view[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .view:focus-visible,
  .link:focus-visible,
  .chip:focus-visible,
  .values:focus-visible,
  .option input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .link {
    all: unset;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .link:disabled {
    color: var(--_text);
    text-decoration: none;
    font-weight: 600;
    cursor: default;
  }
  .notice {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 4);
  }
  .chips ul {
    display: contents;
  }
  .chips li {
    display: block;
  }
  .chip {
    all: unset;
    display: inline-flex;
    gap: calc(var(--_space) * 2);
    align-items: center;
    max-width: 20em;
    padding: calc(var(--_space) * 1) calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-alt);
    cursor: pointer;
  }
  .chip span:first-child {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .body {
    display: grid;
    grid-template-columns: var(--_facets-width) minmax(0, 1fr);
    gap: calc(var(--_space) * 6);
    align-items: start;
  }
  /* Wide: the drawer is an ordinary column; the open button is not needed. */
  dialog.drawer:not([open]) {
    display: block;
    position: static;
    padding: 0;
    margin: 0;
    border: 0;
    background: none;
    color: inherit;
    max-width: none;
    max-height: none;
  }
  .drawer-head,
  .open-facets {
    display: none;
  }
  @container (max-width: 48em) {
    .body {
      grid-template-columns: minmax(0, 1fr);
    }
    dialog.drawer:not([open]) {
      display: none;
    }
    dialog.drawer[open] {
      margin: 0 0 0 auto;
      width: min(24em, 90vw);
      height: 100%;
      max-height: none;
      padding: calc(var(--_space) * 4);
      border: 0;
      background: var(--_surface);
      color: var(--_text);
    }
    .drawer-head {
      display: flex;
      justify-content: space-between;
      align-items: center;
      position: sticky;
      top: 0;
      background: var(--_surface);
    }
    .open-facets {
      display: inline-flex;
    }
  }
  .facet {
    margin: 0 0 calc(var(--_space) * 5);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .facet legend,
  .facet .legend {
    font-weight: 600;
    font-size: 1em;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
  }
  .option {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    height: 30px;
    cursor: pointer;
  }
  .option .value {
    flex: 1;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .count {
    color: var(--_muted);
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }
  .values {
    overflow-y: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 calc(var(--_space) * 2);
  }
  .filter {
    width: 100%;
    margin-bottom: calc(var(--_space) * 2);
  }
  .more {
    margin-top: calc(var(--_space) * 2);
  }
  .hint {
    color: var(--_muted);
  }
  .range .sliders {
    display: grid;
    gap: calc(var(--_space) * 1);
  }
  .range input[type='range'] {
    width: 100%;
    accent-color: var(--_accent);
  }
  .range .bounds {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: calc(var(--_space) * 2);
  }
  .range .bounds input {
    width: 100%;
  }
  .tree {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .tables {
    display: grid;
    gap: calc(var(--_space) * 6);
  }
  table.family {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  table.family caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: calc(var(--_space) * 2);
  }
  table.family th,
  table.family td {
    text-align: start;
    padding: calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_border);
    vertical-align: middle;
  }
  table.family thead th {
    color: var(--_muted);
    font-weight: 600;
    font-size: 0.85em;
  }
  table.family .num {
    text-align: end;
  }
  @container (max-width: 40em) {
    .tables {
      overflow-x: auto;
    }
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
  ol.cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--_card-min), 1fr));
    gap: calc(var(--_space) * 4);
  }
  :host([view='list']) ol.cards {
    grid-template-columns: 1fr;
  }
  /* A list row: picture, then name with the details, then add to cart, in one band. */
  :host([view='list']) .card {
    grid-template-columns: 8em 1fr auto;
    grid-template-rows: auto 1fr;
    align-items: start;
    min-height: 0;
    contain-intrinsic-size: auto 8em;
  }
  :host([view='list']) .media {
    grid-row: 1 / 3;
    aspect-ratio: 4 / 3;
  }
  :host([view='list']) kontor-add-to-cart,
  :host([view='list']) .cart-pending {
    grid-column: 3;
    grid-row: 1 / 3;
    align-self: center;
  }
  .card {
    display: grid;
    /* As wide as the card, whatever the image's own size: an image decoding late moves nothing. */
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: auto auto 1fr auto;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-height: 19em;
    /* Cards out of view skip layout and paint: a page of 100 updates as fast as the first rows. */
    content-visibility: auto;
    contain-intrinsic-size: auto 19em;
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
  .stock.out,
  td.stock.out {
    color: var(--_warning);
  }
  .skeleton {
    background: var(--_surface-alt);
    border-color: transparent;
  }
  /* A server drawing's placeholders (product-card.ts, facet-panel.ts), as tall as the loading
     price, the add-to-cart form and a short facet: taking over the drawing moves no card. */
  .pending-line,
  .cart-pending {
    display: block;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .pending-line {
    inline-size: 9em;
    max-inline-size: 100%;
    block-size: 1em;
    margin-block-end: calc(var(--_space) * 2);
  }
  .pending-line.title {
    inline-size: 6em;
    block-size: 1.2em;
  }
  .price-pending {
    display: block;
    block-size: 3.76em;
  }
  .price-pending .pending-line:first-child {
    inline-size: 6em;
    block-size: 1.4em;
  }
  .cart-pending {
    block-size: 3.93em;
  }
  .facets-pending {
    inline-size: var(--_facets-width);
    max-inline-size: 100%;
  }
  .facet-pending {
    margin: 0 0 calc(var(--_space) * 5);
  }
  .cards.virtual {
    block-size: var(--kontor-listing-scroll-height, 75vh);
    overscroll-behavior: contain;
  }
  /* The scrolling list places each card itself and measures it: cards render in full. */
  .virtual > .card {
    box-sizing: border-box;
    inline-size: 100%;
    content-visibility: visible;
    overflow: hidden;
  }
  /* Rows of one height: the list never re-measures them as prices and stock fill in. */
  :host([view='list']) .virtual > .card {
    block-size: 9em;
    margin-block-end: calc(var(--_space) * 4);
  }
  :host([view='grid']) .virtual .media {
    aspect-ratio: auto;
    block-size: 8em;
  }
  .card.failed {
    align-content: center;
    justify-items: center;
    text-align: center;
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
