import { html } from 'lit';
import { msg } from '@lit/localize';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { grid } from '@lit-labs/virtualizer/layouts/grid.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { CARDS_IN_VIEW, productCardBody } from './product-card.js';
import type { ResultWindow } from './result-window.js';

/** Sizes of a grid cell in pixels, measured from the element's styles. */
export interface GridCell {
  readonly width: number;
  readonly height: number;
  readonly gap: number;
}

/** What {@link virtualResults} draws. */
export interface VirtualResultsOptions {
  readonly window: ResultWindow;
  /** The size every card gets: the grid's cell, or a list row as wide as the list. */
  readonly cell: GridCell;
  readonly productUrl: string;
  readonly locale: string;
  readonly busy: boolean;
}

function slotTemplate(options: VirtualResultsOptions, index: number) {
  const { window } = options;
  const slot = window.slot(index);
  const position = { setsize: window.length, posinset: index + 1 };
  if (slot.status === 'ready') {
    return html`<div class="card" part="card" role="listitem" aria-setsize=${position.setsize} aria-posinset=${position.posinset}>
      ${productCardBody(slot.hit, options.productUrl, options.locale, index < CARDS_IN_VIEW)}
    </div>`;
  }
  if (slot.status === 'error') {
    return html`<div class="card failed" role="listitem" aria-setsize=${position.setsize} aria-posinset=${position.posinset}>
      <p>${slot.error.message}</p>
      <button class="button secondary" @click=${() => window.retry()}>${msg('Try again', { id: 'retry' })}</button>
    </div>`;
  }
  return html`<div class="card skeleton" role="listitem" aria-busy="true" aria-setsize=${position.setsize} aria-posinset=${position.posinset}>
    <span class="visually-hidden">${msg('Loading products…', { id: 'listing-loading' })}</span>
  </div>`;
}

/**
 * Every result of a listing in one scrolling list: only the rows in and near the viewport
 * are in the DOM (@lit-labs/virtualizer), and blocks of results load as they come into view.
 * Kept in a module of its own so that listings which page their results never load it.
 */
export function virtualResults(options: VirtualResultsOptions) {
  const { cell } = options;
  // Cards of one size (grid layout) are placed without being measured: a list that measured
  // each card would lay out again as prices and stock fill in, and shift while scrolled.
  const layout = grid({ itemSize: { width: `${cell.width}px`, height: `${cell.height}px` }, gap: `${cell.gap}px`, flex: { preserve: 'height' }, justify: 'start' });
  return html`<div
    class="cards virtual"
    role="list"
    aria-busy=${options.busy ? 'true' : 'false'}
    @rangeChanged=${(e: RangeChangedEvent) => options.window.need(e.first, e.last)}
  >
    ${virtualize({
      items: options.window.positions as number[],
      layout,
      // Its own scroll box of a fixed height: the list's size never changes while it lays out.
      scroller: true,
      keyFunction: (index: number) => index,
      renderItem: (index: number) => slotTemplate(options, index),
    })}
  </div>`;
}
