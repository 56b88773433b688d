import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { createSearchStore, type SearchRequest, type SearchResult, type SearchSort } from '../../src/index.js';
import { define } from '../shared/define.js';
import { emit } from '../shared/events.js';
import { KontorElement } from '../shared/kontor-element.js';
import { formatLocale } from '../shared/localization.js';
import { ResourceController } from '../shared/resource-controller.js';
import { controls, tokens } from '../shared/styles.js';
import { productCard } from './product-card.js';
import { productListingStyles } from './product-listing.styles.js';

const SORTS: readonly SearchSort[] = ['relevance', 'price-asc', 'price-desc', 'name', 'availability'];

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

/**
 * A product listing for a search query or a category: product cards with the customer's
 * prices and stock, sorting and paging. A CMS editor writes
 * `<kontor-product-listing category="fasteners">`.
 *
 * @summary Product listing for a query or category.
 * @tag kontor-product-listing
 * @csspart card - One product card.
 * @csspart name - A product's name link.
 * @cssprop --kontor-listing-card-min-width - Smallest card width in the grid (default 15em).
 * @cssstate loading - While results load.
 * @cssstate empty - When nothing was found.
 * @cssstate error - When the search failed.
 * @fires kontor-results - When results were rendered; detail `{ total, query, categoryId, durationMs }`.
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

  /** Sort order. */
  @property() sort: SearchSort = 'relevance';

  /** Layout: `grid` or `list`. */
  @property({ reflect: true }) view: 'grid' | 'list' = 'grid';

  /** Address of the product page; `{sku}` is replaced by the product's SKU. */
  @property({ attribute: 'product-url' }) productUrl = 'product.html?sku={sku}';

  @state() private page = 0;

  #startedAt = 0;

  readonly #results = new ResourceController<SearchRequest, SearchResult>(this, {
    create: (commerce) => createSearchStore(commerce.adapter, commerce.prices),
    key: () => this.#request(),
    onChange: (result) => {
      if (result.status === 'loading') this.#startedAt = performance.now();
      this.setCustomState('loading', result.status === 'loading');
      this.setCustomState('error', result.status === 'error');
      this.setCustomState('empty', result.status === 'ready' && result.value?.total === 0);
      if (result.status === 'error' && result.error) this.reportError(result.error, 'search');
      if (result.status === 'ready' && result.value) {
        const { total } = result.value;
        void this.updateComplete.then(() =>
          emit(this, 'kontor-results', { total, query: this.query, categoryId: this.category, durationMs: performance.now() - this.#startedAt }),
        );
      }
    },
  });

  protected override willUpdate(changed: PropertyValues): void {
    // A new query, category, sort or page size starts again at the first page.
    if (['query', 'category', 'sort', 'pageSize'].some((key) => changed.has(key)) && !changed.has('page')) this.page = 0;
  }

  #request(): SearchRequest {
    return {
      ...(this.query ? { query: this.query } : {}),
      ...(this.category ? { categoryId: this.category } : {}),
      sort: this.sort,
      limit: this.pageSize,
      offset: this.page * this.pageSize,
    };
  }

  #goTo(page: number): void {
    this.page = page;
    this.renderRoot.querySelector('.toolbar')?.scrollIntoView({ block: 'nearest' });
  }

  protected override render() {
    const result = this.#results.state;
    const value = result?.value;
    const locale = formatLocale();
    if (result?.status === 'error' && !value) {
      return html`<div class="error" role="alert">
        <p>${result.error?.message}</p>
        <button class="button" @click=${() => this.#results.reload()}>${msg('Try again', { id: 'retry' })}</button>
      </div>`;
    }
    const loading = !value || result?.status === 'loading';
    const pages = value ? Math.max(1, Math.ceil(value.total / this.pageSize)) : 1;
    return html`
      <div class="toolbar">
        <p role="status" aria-live="polite">
          ${value ? msg(str`${new Intl.NumberFormat(locale).format(value.total)} products`, { id: 'listing-count' }) : msg('Loading products…', { id: 'listing-loading' })}
          ${value?.matchMode === 'partial' ? html`<span class="partial">${msg('No product matches all words; showing the closest matches.', { id: 'listing-partial' })}</span>` : nothing}
        </p>
        <label>
          ${msg('Sort by', { id: 'sort-by' })}
          <select class="input" @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as SearchSort)}>
            ${SORTS.map((sort) => html`<option value=${sort} ?selected=${sort === this.sort}>${sortLabel(sort)}</option>`)}
          </select>
        </label>
      </div>
      ${value && value.total === 0
        ? html`<div class="empty"><p>${msg('No products found.', { id: 'listing-empty' })}</p></div>`
        : html`<ol aria-busy=${loading ? 'true' : 'false'}>
            ${value
              ? value.hits.map((hit) => productCard(hit, this.productUrl, locale))
              : Array.from({ length: Math.min(this.pageSize, 8) }, () => html`<li class="card skeleton" aria-hidden="true"></li>`)}
          </ol>`}
      ${pages > 1
        ? html`<nav class="pager" aria-label=${msg('Pages', { id: 'pages' })}>
            <button class="button secondary" ?disabled=${this.page === 0} @click=${() => this.#goTo(this.page - 1)}>${msg('Previous', { id: 'previous' })}</button>
            <span>${msg(str`Page ${this.page + 1} of ${pages}`, { id: 'page-of' })}</span>
            <button class="button secondary" ?disabled=${this.page + 1 >= pages} @click=${() => this.#goTo(this.page + 1)}>${msg('Next', { id: 'next' })}</button>
          </nav>`
        : nothing}
    `;
  }
}

define('kontor-product-listing', KontorProductListing);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-product-listing': KontorProductListing;
  }
}
