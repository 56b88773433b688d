import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { createResource, type Category, type FacetResult, type SearchRequest, type SearchResult, type SearchSort } from '../../src/index.js';
import { define } from '../shared/define.js';
import { emit } from '../shared/events.js';
import { KontorElement } from '../shared/kontor-element.js';
import { formatLocale } from '../shared/localization.js';
import { ResourceController } from '../shared/resource-controller.js';
import { CommerceStoreController } from '../shared/store-controller.js';
import { afterNextPaint } from '../shared/first-paint.js';
import { controls, tokens } from '../shared/styles.js';
import { facetGroups, facetPanel, facetPanelPlaceholder, type FacetGroup } from './facet-panel.js';
import { filterChips, filterChipsPlaceholder } from './filter-chips.js';
import { ListingHistory } from './listing-history.js';
import { createListingSearch, facetOrderOf, keyOf, listingRequest, scrolls, type ListingKey } from './listing-search.js';
import { attributeState, clearFilters, emptyState, filtersOf, hasFilters, isSort, setRange, SORTS, toggleValue, type ListingState, type UrlProblem } from './listing-state.js';
import { listingTable } from './listing-table.js';
import { CARDS_IN_VIEW, productCard, skeletonCard } from './product-card.js';
import { productListingStyles } from './product-listing.styles.js';
import { MAX_SCROLL_RESULTS, ResultWindow } from './result-window.js';
import type { GridCell, virtualResults } from './virtual-results.js';
import { numberFormat } from '../../src/commerce/formatters.js';

/**
 * What a server draws a listing with (see `renderListingSnapshot`): the state shown, its
 * first results and the category tree of the facet panel.
 */
export interface ServerRender {
  readonly listing: ListingState;
  readonly result: SearchResult;
  readonly categories: readonly Category[];
}

/** Where a card's name links by default: `{sku}` is replaced by the product's SKU. */
export const DEFAULT_PRODUCT_URL = 'product.html?sku={sku}';

/** Layouts of the results. */
export type ListingView = 'grid' | 'list' | 'table';

/** How a listing shows more results than fit: pages with a pager, or one scrolling list. */
export type ListingPaging = 'pages' | 'scroll';

/** Reads a length such as `15em` or `240px` in pixels; anything else gives `fallback`. */
function pixels(length: string, fontSize: number, fallback: number): number {
  const value = Number.parseFloat(length);
  if (!Number.isFinite(value)) return fallback;
  return length.trim().endsWith('px') ? value : length.trim().endsWith('em') ? value * fontSize : fallback;
}
const VIEWS: readonly ListingView[] = ['grid', 'list', 'table'];

function sortLabel(sort: SearchSort): string {
  switch (sort) {
    case 'relevance':
      return msg('Relevance', { id: 'sort-relevance' });
    case 'price-asc':
      return msg('Price, low to high', { id: 'sort-price-asc' });
    case 'price-desc':
      return msg('Price, high to low', { id: 'sort-price-desc' });
    case 'name':
      return msg('Name', { id: 'sort-name' });
    case 'availability':
      return msg('Availability', { id: 'sort-availability' });
  }
}

function viewLabel(view: ListingView): string {
  switch (view) {
    case 'grid':
      return msg('Grid', { id: 'view-grid' });
    case 'list':
      return msg('List', { id: 'view-list' });
    case 'table':
      return msg('Table', { id: 'view-table' });
  }
}

function problemText(problems: readonly UrlProblem[]): string {
  const names = problems.map((p) => (p === 'sort' ? msg('sort order', { id: 'url-problem-sort' }) : p === 'page' ? msg('page', { id: 'url-problem-page' }) : msg('range filter', { id: 'url-problem-range' })));
  const list = new Intl.ListFormat(formatLocale(), { type: 'conjunction' }).format(names);
  return msg(str`This link’s ${list} could not be read; showing the default instead.`, { id: 'url-problem' });
}

/**
 * A product listing for a search query or a category: facets with counts (checkbox lists,
 * ranges, stock per warehouse, "ordered before", the category tree), active filters as
 * chips, sorting, paging and three layouts, the table grouping variant families with their
 * axes as columns. With `url-state` the query, filters, sort and page live in the address:
 * links deep-link, the back button restores results and scroll position. On narrow screens
 * the facets move into a drawer. The first results show the cards in view at once and the
 * rest of the page's cards a frame later. A CMS editor writes
 * `<kontor-product-listing category="fasteners">`.
 *
 * URL parameters (with `url-state`): `q`, `category`, `sort`, `page` (from 1),
 * `f.<facet>=<value>` per chosen value, `r.<facet>=<min>..<max>` per range. What cannot be
 * read is left out with a notice.
 *
 * @summary Faceted product listing for a query or category.
 * @tag kontor-product-listing
 * @csspart card - One product card.
 * @csspart name - A product's name link.
 * @csspart facets - The facet panel (a drawer on narrow screens).
 * @csspart chip - One active filter's remove button.
 * @csspart family - One variant family's table in the table view.
 * @csspart row - One product row in the table view.
 * @cssprop --kontor-listing-card-min-width - Smallest card width in the grid (default 15em).
 * @cssprop --kontor-listing-facets-width - Width of the facet column (default 16em).
 * @cssprop --kontor-listing-scroll-height - Height of the scrolling list with `paging="scroll"` (default 75vh).
 * @cssstate loading - While results load.
 * @cssstate empty - When nothing was found.
 * @cssstate error - When the search failed.
 * @cssstate filtered - When a filter is set.
 * @fires kontor-results - When results were rendered; detail `{ total, query, categoryId, durationMs }`.
 * @fires kontor-filter-change - When the buyer changed the query's filters, category, sort or page; detail `{ query, categoryId, filters, sort, page }`.
 * @fires kontor-add-to-cart - From a card or row, before adding (cancelable).
 * @fires kontor-cart-change - From a card or row, after the cart changed.
 * @fires kontor-error - When the search failed.
 */
@localized()
export class KontorProductListing extends KontorElement {
  static override styles = [tokens, controls, productListingStyles];

  /** Search words. */
  @property() query = '';

  /** Category id to list. */
  @property() category = '';

  /** Products per page. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 24;

  /**
   * `pages` (default): a pager below the results. `scroll`: every result (up to 10,000) in
   * one scrolling list in the grid and list views, drawn only where it is in view and loaded
   * in blocks of 100 as the buyer scrolls; the table view keeps its pages.
   */
  @property({ reflect: true }) paging: ListingPaging = 'pages';

  /** Sort order the listing starts with. */
  @property() sort: SearchSort = 'relevance';

  /** Layout: `grid`, `list` or `table` (variant families with their axes as columns). */
  @property({ reflect: true }) view: ListingView = 'grid';

  /**
   * Facets to show, in order, separated by spaces or commas: `category`, `brand`,
   * `ordered-before`, `availability` (stock per warehouse), `price` (the buyer's own price,
   * where the backend offers it) and attribute keys such as `diameter` or `length`. Empty:
   * every facet the results have.
   */
  @property() facets = '';

  /** Keep query, filters, sort and page in the address (one listing per page). */
  @property({ attribute: 'url-state', type: Boolean }) urlState = false;

  /** Address of the product page; `{sku}` is replaced by the product's SKU. */
  @property({ attribute: 'product-url' }) productUrl = DEFAULT_PRODUCT_URL;

  /**
   * Set only by a server that renders the first results into the page's HTML
   * (`renderListingSnapshot`): what to draw there. Browsers leave it unset; a listing that
   * finds such a drawing in its declarative shadow root keeps it on screen until its own
   * results replace it.
   */
  @property({ attribute: false }) serverRender: ServerRender | undefined;

  @state() private listing: ListingState = emptyState();
  @state() private problems: readonly UrlProblem[] = [];
  @state() private expanded: ReadonlySet<string> = new Set();
  @state() private filterText: ReadonlyMap<string, string> = new Map();
  @state() private listScroll: ReadonlyMap<string, number> = new Map();

  #startedAt = 0;
  #fromUrl = false;
  /** The server's drawing of the first results, shown until the live ones are rendered. */
  #snapshot: HTMLElement | null = null;
  /**
   * The cards past those in view. The first results render the cards in view alone (`held`),
   * and ask for the rest (`asked`) once that frame is painted (`shown`): the page's largest
   * paint comes sooner, and the work is two tasks instead of one long one that would hold
   * up input.
   */
  #laterCards: 'held' | 'asked' | 'shown' = 'held';
  /** After removing a chip, where focus goes once the chips re-rendered. */
  #focusChip: number | null = null;
  readonly #history = new ListingHistory(this);
  readonly #window = new ResultWindow(this);
  /** The scrolling list's renderer, loaded on first use. */
  #virtual: typeof virtualResults | null = null;
  #virtualLoading: Promise<void> | null = null;
  #cell: (GridCell & { readonly view: ListingView; readonly measured: number }) | null = null;
  /** Updates the element when the session changes: the storefront's caller key moves with it. */
  readonly #session = new CommerceStoreController(this, (c) => c.$session);

  readonly #categories = new ResourceController<string, readonly Category[]>(this, {
    create: (commerce) => createResource(() => commerce.adapter.getCategories()),
    key: () => formatLocale(),
  });

  readonly #results = new ResourceController<ListingKey, SearchResult>(this, {
    create: (commerce) => createListingSearch(commerce),
    key: () => this.#key(),
    onChange: (result) => {
      if (result.status === 'loading') this.#startedAt = performance.now();
      this.setCustomState('loading', result.status === 'loading');
      this.setCustomState('error', result.status === 'error');
      this.setCustomState('empty', result.status === 'ready' && result.value?.total === 0);
      if (result.status === 'error' && result.error) this.reportError(result.error, 'search');
      if (result.status === 'ready' && result.value) {
        const { total } = result.value;
        void this.updateComplete.then(() => {
          this.#history.rendered();
          emit(this, 'kontor-results', { total, query: this.listing.query, categoryId: this.listing.category, durationMs: performance.now() - this.#startedAt });
        });
      }
    },
  });

  /** The state the attributes describe. */
  baseState(): ListingState {
    return attributeState(this);
  }

  /** Shows a state read from the address. */
  applyState(listing: ListingState, problems: readonly UrlProblem[]): void {
    this.#fromUrl = true;
    this.listing = listing;
    this.problems = problems;
  }

  protected override adoptServerRender(root: ShadowRoot): void {
    // The drawn results stay until the live ones replace them; the server's copy of the
    // styles goes (the element adopts its own).
    // Not `querySelector(':scope > .snapshot')`: on a shadow root, Chromium found nothing with
    // it (`:scope` is no element there), and the drawing gave way to the loading state at once.
    const snapshot = [...root.children].find((child): child is HTMLElement => child instanceof HTMLElement && child.classList.contains('snapshot')) ?? null;
    root.replaceChildren(...(snapshot ? [snapshot] : []));
    this.#snapshot = snapshot;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated && this.serverRender) this.listing = this.serverRender.listing;
    else if (!this.hasUpdated && !this.#fromUrl) this.listing = this.baseState();
    else if (this.hasUpdated && ['query', 'category', 'sort'].some((key) => changed.has(key))) {
      // A page (or a search box) set new words, a category or a sort: start again from there.
      this.listing = { ...this.listing, query: this.query, category: this.category, sort: isSort(this.sort) ? this.sort : 'relevance', page: 0 };
    } else if (changed.has('pageSize') && this.hasUpdated) this.listing = { ...this.listing, page: 0 };
    this.setCustomState('filtered', hasFilters(this.listing));
    // A drawing of other results (another address, another page size) must not show.
    if (this.#snapshot && this.#snapshot.dataset['request'] !== JSON.stringify(this.#request())) this.#dropSnapshot();
    const value = this.#results.state?.value;
    const key = value && keyOf(value);
    if (this.#scrolling() && value && key) this.#window.show(value, key);
    if (this.#scrolling()) {
      // Asked for once; updates while it loads wait for the same import.
      this.#virtualLoading ??= import('./virtual-results.js').then(({ virtualResults }) => {
        this.#virtual = virtualResults;
        this.requestUpdate();
      });
    }
  }

  /** Whether the results show as one scrolling list. */
  #scrolling(): boolean {
    return scrolls(this);
  }

  /**
   * The size of each card of the scrolling list, from the element's styles: a grid cell of
   * the card width, or a list row as wide as the results (the layout stretches a cell to fill
   * its row, so one row per product holds while the width stays within half and one and a
   * half times the measured one).
   */
  #cellFor(view: ListingView): GridCell {
    const width = this.renderRoot.querySelector('.results')?.clientWidth ?? 0;
    if (this.#cell && this.#cell.view === view && (view === 'grid' || Math.abs(this.#cell.measured - width) < width / 4)) return this.#cell;
    const style = getComputedStyle(this);
    const fontSize = Number.parseFloat(style.fontSize) || 16;
    const gap = Math.round(fontSize);
    const cell =
      view === 'grid'
        ? { width: Math.round(pixels(style.getPropertyValue('--kontor-listing-card-min-width'), fontSize, 15 * fontSize)), height: Math.round(25 * fontSize), gap }
        : { width: Math.max(width, 1), height: Math.round(9 * fontSize), gap };
    this.#cell = { ...cell, view, measured: width };
    return this.#cell;
  }

  #categoryTree(): readonly Category[] {
    return this.#categories.state?.value ?? this.serverRender?.categories ?? [];
  }

  /** Whether the category tree is in (or failed): the names of the panel's tree and chips. */
  #categoryTreeKnown(): boolean {
    const state = this.#categories.state;
    return Boolean(state?.value || this.serverRender?.categories || state?.status === 'error');
  }

  /**
   * Whether the panel has a category tree to show that has not arrived yet. The tree comes
   * from a request of its own: drawn when it arrived after the results, it pushed the facets
   * below it down (a layout shift of 0.012 in about one cold visit in twenty over HTTP). Until
   * it arrives (or fails), the panel keeps the placeholders it shows while results load.
   */
  #awaitingCategoryTree(groups: readonly FacetGroup[]): boolean {
    return !this.#categoryTreeKnown() && groups.some((group) => group.kind === 'category');
  }

  #dropSnapshot(): void {
    this.#snapshot?.remove();
    this.#snapshot = null;
  }

  protected override updated(): void {
    if (this.#laterCards === 'held' && this.#results.state?.value) {
      this.#laterCards = 'asked';
      void afterNextPaint().then(() => {
        this.#laterCards = 'shown';
        this.requestUpdate();
      });
    }
    // The live results (or their error) are on screen now, in the same frame: the drawing goes.
    if (this.#snapshot && this.#results.state?.status !== 'loading' && (this.#results.state?.value || this.#results.state?.error)) this.#dropSnapshot();
    if (this.#focusChip === null) return;
    const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('.chips button.chip')];
    const target = (this.#focusChip >= 0 ? chips[Math.min(this.#focusChip, chips.length - 1)] : undefined) ?? this.renderRoot.querySelector<HTMLElement>('.status');
    this.#focusChip = null;
    target?.focus();
  }

  /**
   * Whom the results are for (prices, and so a price order, differ by buyer). The first
   * search does not wait for the first session: it goes out with the session request, as
   * the adapter's caller, and stands when the session comes (`Commerce.callerKey`).
   */
  #context(): string | null {
    return this.commerce?.callerKey() ?? null;
  }

  #key(): ListingKey | null {
    const context = this.#context();
    if (context === null) return null;
    return { context, request: this.#request() };
  }

  #request(): SearchRequest {
    return listingRequest(this.listing, this);
  }

  /** A change the buyer made: shown, recorded in the address and announced as an event. */
  #change(next: ListingState, { scroll = false } = {}): void {
    this.listing = next;
    this.problems = [];
    this.#history.push(next);
    emit(this, 'kontor-filter-change', { query: next.query, categoryId: next.category, filters: filtersOf(next), sort: next.sort, page: next.page });
    if (scroll) this.renderRoot.querySelector('.toolbar')?.scrollIntoView({ block: 'nearest' });
  }

  #panel(groups: readonly FacetGroup[]) {
    const categories = this.#categoryTree();
    return facetPanel({
      state: this.listing,
      groups,
      categories,
      locale: formatLocale(),
      expanded: this.expanded,
      filterText: this.filterText,
      scrollTop: this.listScroll,
      toggle: (facet, value, on) => this.#change(toggleValue(this.listing, facet, value, on)),
      range: (facet, range) => this.#change(setRange(this.listing, facet, range)),
      category: (id) => this.#change({ ...this.listing, category: id, page: 0 }),
      expand: (facet, on) => {
        const next = new Set(this.expanded);
        if (on) next.add(facet);
        else next.delete(facet);
        this.expanded = next;
      },
      filter: (facet, text) => {
        this.filterText = new Map(this.filterText).set(facet, text);
        this.listScroll = new Map(this.listScroll).set(facet, 0);
        const list = this.renderRoot.querySelector(`[data-facet="${CSS.escape(facet)}"] .values`);
        if (list) list.scrollTop = 0;
      },
      scrolled: (facet, top) => {
        this.listScroll = new Map(this.listScroll).set(facet, top);
      },
    });
  }

  #chips(facets: readonly FacetResult[]) {
    return filterChips({
      state: this.listing,
      baseCategory: this.category,
      facets,
      categories: this.#categoryTree(),
      locale: formatLocale(),
      remove: (next, index) => {
        this.#focusChip = index;
        this.#change(next);
      },
      clearAll: () => {
        // No chip is left: focus goes to the result count, which the change announces.
        this.#focusChip = -1;
        this.#change({ ...clearFilters(this.listing), category: this.category });
      },
    });
  }

  #openDrawer(open: boolean): void {
    const drawer = this.renderRoot.querySelector<HTMLDialogElement>('dialog.drawer');
    if (!drawer) return;
    if (open) drawer.showModal();
    else drawer.close();
  }

  #toolbar(value: SearchResult | null | undefined, locale: string) {
    const count = Object.values(this.listing.values).reduce((n, list) => n + list.length, 0) + Object.keys(this.listing.ranges).length;
    // Drawn on a server, controls stay inert until the element runs them (a click would be lost).
    return html`<div class="toolbar" ?inert=${isServer}>
      <p class="status" role="status" aria-live="polite" tabindex="-1">
        ${value ? msg(str`${numberFormat(locale).format(value.total)} products`, { id: 'listing-count' }) : msg('Loading products…', { id: 'listing-loading' })}
        ${value?.matchMode === 'partial' ? html`<span class="partial">${msg('No product matches all words; showing the closest matches.', { id: 'listing-partial' })}</span>` : nothing}
      </p>
      <div class="tools">
        <button class="button secondary open-facets" aria-haspopup="dialog" @click=${() => this.#openDrawer(true)}>
          ${count > 0 ? msg(str`Filters (${count})`, { id: 'facets-open-count' }) : msg('Filters', { id: 'facets-open' })}
        </button>
        <label>
          ${msg('Sort by', { id: 'sort-by' })}
          <select class="input" @change=${(e: Event) => this.#change({ ...this.listing, sort: (e.target as HTMLSelectElement).value as SearchSort, page: 0 })}>
            ${SORTS.map((sort) => html`<option value=${sort} ?selected=${sort === this.listing.sort}>${sortLabel(sort)}</option>`)}
          </select>
        </label>
        <div class="views" role="group" aria-label=${msg('Layout', { id: 'view-label' })}>
          ${VIEWS.map(
            (view) => html`<button class="view" aria-pressed=${view === this.view ? 'true' : 'false'} @click=${() => (this.view = view)}>${viewLabel(view)}</button>`,
          )}
        </div>
      </div>
    </div>`;
  }

  #empty(value: SearchResult) {
    const filtered = hasFilters(this.listing);
    return html`<div class="empty">
      <p>${msg('No products found.', { id: 'listing-empty' })}</p>
      ${value.didYouMean
        ? html`<p>
            ${msg('Did you mean', { id: 'listing-did-you-mean' })}
            <button class="link" @click=${() => this.#change({ ...this.listing, query: value.didYouMean ?? '', page: 0 })}>${value.didYouMean}</button>?
          </p>`
        : nothing}
      ${filtered
        ? html`<button class="button" @click=${() => this.#change(clearFilters(this.listing))}>${msg('Remove all filters', { id: 'listing-clear-filters' })}</button>`
        : nothing}
    </div>`;
  }

  #error() {
    const result = this.#results.state;
    const unknownCategory = result?.error?.code === 'not-found' && this.listing.category !== '';
    return html`<div class="error" role="alert">
      <p>${result?.error?.message}</p>
      ${unknownCategory
        ? html`<button class="button" @click=${() => this.#change({ ...this.listing, category: '', page: 0 })}>${msg('Show all products', { id: 'listing-all-products' })}</button>`
        : html`<button class="button" @click=${() => this.#results.reload()}>${msg('Try again', { id: 'retry' })}</button>`}
    </div>`;
  }

  #skeleton() {
    return html`<ol class="cards" aria-busy="true">
      ${Array.from({ length: Math.min(this.pageSize, CARDS_IN_VIEW) }, () => skeletonCard)}
    </ol>`;
  }

  #resultList(value: SearchResult | null | undefined, loading: boolean, locale: string) {
    if (!value) return this.#skeleton();
    if (value.total === 0) return this.#empty(value);
    if (this.#scrolling()) return this.#scrollingList(value, loading, locale);
    if (this.view === 'table') return html`<div class="tables" aria-busy=${loading ? 'true' : 'false'}>${listingTable(value.hits, this.productUrl, locale)}</div>`;
    // Cards are kept by position, not by product: new results update the elements already
    // there (SKU, name, price, stock) instead of building each card and its elements anew.
    // The first results (and a server's drawing of them) hold the places of the cards past
    // those in view until the next frame (`#laterCards`).
    const drawn = this.#laterCards === 'shown' ? value.hits.length : CARDS_IN_VIEW;
    return html`<ol class="cards" aria-busy=${loading || drawn < value.hits.length ? 'true' : 'false'}>
      ${value.hits.map((hit, position) => (position < drawn ? productCard(hit, this.productUrl, locale, position) : skeletonCard))}
    </ol>`;
  }

  #scrollingList(value: SearchResult, loading: boolean, locale: string) {
    if (!this.#virtual) return this.#skeleton();
    return html`${value.total > MAX_SCROLL_RESULTS
        ? html`<p class="notice">
            ${msg(str`Showing the first ${numberFormat(locale).format(MAX_SCROLL_RESULTS)} products. Narrow the search with filters to see the others.`, { id: 'listing-scroll-limit' })}
          </p>`
        : nothing}
      ${this.#virtual({ window: this.#window, cell: this.#cellFor(this.view), productUrl: this.productUrl, locale, busy: loading })}`;
  }

  protected override render() {
    const result = this.#results.state;
    const value = result?.value ?? this.serverRender?.result;
    const locale = formatLocale();
    const failed = result?.status === 'error' && !value;
    const loading = !value || result?.status === 'loading';
    const pages = value && !this.#scrolling() ? Math.max(1, Math.ceil(value.total / this.pageSize)) : 1;
    const facets = value?.facets ?? [];
    const groups = facetGroups(facets, facetOrderOf(this.facets), this.listing);
    const page = this.listing.page;
    const view = html`
      ${this.#toolbar(value, locale)}
      ${this.problems.length > 0 ? html`<p class="notice" role="status">${problemText(this.problems)}</p>` : nothing}
      ${value && page >= pages && value.total > 0
        ? html`<p class="notice">
            ${msg(str`There is no page ${page + 1}.`, { id: 'listing-no-page' })}
            <button class="link" @click=${() => this.#change({ ...this.listing, page: 0 })}>${msg('Go to the first page', { id: 'listing-first-page' })}</button>
          </p>`
        : nothing}
      ${(value || failed) && this.#categoryTreeKnown() ? this.#chips(facets) : filterChipsPlaceholder(this.listing, this.category)}
      <div class="body">
        <dialog class="drawer" part="facets" ?inert=${isServer} aria-label=${msg('Filters', { id: 'facets-open' })} @click=${(e: Event) => e.target === e.currentTarget && this.#openDrawer(false)}>
          <div class="drawer-head">
            <h2>${msg('Filters', { id: 'facets-open' })}</h2>
            <button class="button secondary" @click=${() => this.#openDrawer(false)}>${msg('Show results', { id: 'facets-close' })}</button>
          </div>
          ${isServer || this.#awaitingCategoryTree(groups) ? facetPanelPlaceholder(groups) : this.#panel(groups)}
        </dialog>
        <div class="results">${failed ? this.#error() : this.#resultList(value, loading, locale)}</div>
      </div>
      ${pages > 1 && !this.#scrolling()
        ? html`<nav class="pager" ?inert=${isServer} aria-label=${msg('Pages', { id: 'pages' })}>
            <button class="button secondary" ?disabled=${page === 0} @click=${() => this.#change({ ...this.listing, page: Math.min(page, pages) - 1 }, { scroll: true })}>
              ${msg('Previous', { id: 'previous' })}
            </button>
            <span>${msg(str`Page ${Math.min(page, pages - 1) + 1} of ${pages}`, { id: 'page-of' })}</span>
            <button class="button secondary" ?disabled=${page + 1 >= pages} @click=${() => this.#change({ ...this.listing, page: page + 1 }, { scroll: true })}>
              ${msg('Next', { id: 'next' })}
            </button>
          </nav>`
        : nothing}
    `;
    // Drawn on a server: marked with the question it answers, for the browser to check.
    return this.serverRender ? html`<div class="snapshot" data-request=${JSON.stringify(this.#request())}>${view}</div>` : view;
  }
}

define('kontor-product-listing', KontorProductListing);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-product-listing': KontorProductListing;
  }
}
