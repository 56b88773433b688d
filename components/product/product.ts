import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { createResource, type Order, type Product, type ProductDocument, type Sku, type VariantFamily } from '../../src/index.js';
import { define } from '../shared/define.js';
import { emit, type VariantChangeDetail } from '../shared/events.js';
import { KontorElement } from '../shared/kontor-element.js';
import { formatLocale } from '../shared/localization.js';
import { ResourceController } from '../shared/resource-controller.js';
import { sanitizedHtml } from '../shared/sanitize.js';
import { CommerceStoreController } from '../shared/store-controller.js';
import { unitLabel } from '../shared/units.js';
import { controls, tokens } from '../shared/styles.js';
import { productStyles } from './product.styles.js';
import { productHref } from '../product-listing/product-card.js';
import { attributeValue } from './attribute-value.js';
import { productJsonLd } from './json-ld.js';
import { trustedJsonScript } from '../../src/trusted-types.js';
import { lastOrdered, relatedProducts } from './product-data.js';
import '../price/price.js';
import '../add-to-cart/add-to-cart.js';
import './variant-picker.js';
import './variant-table.js';
import './product-questions.js';
import './product-ratings.js';
import { dateTimeFormat, numberFormat } from '../../src/commerce/formatters.js';

function documentKind(kind: ProductDocument['kind']): string {
  switch (kind) {
    case 'datasheet':
      return msg('Datasheet', { id: 'doc-datasheet' });
    case 'certificate':
      return msg('Certificate', { id: 'doc-certificate' });
    case 'safety-data-sheet':
      return msg('Safety data sheet', { id: 'doc-sds' });
    case 'manual':
      return msg('Manual', { id: 'doc-manual' });
  }
}

/** The quantity a price is first shown for: the smallest the rules accept. */
const firstQuantity = (product: Product): number => Math.max(product.quantity.minQuantity, product.quantity.packSize);

/**
 * The product page's main element: image, name, identifiers, the customer's price with
 * volume prices, stock per warehouse, quantity and add to cart, "ordered before" for the
 * account, variant selection (axis by axis or as a table), the sanitized description,
 * technical data with units, documents, warranty, accessories and replacements, questions
 * to the sales team, and schema.org JSON-LD in the light DOM for search engines.
 *
 * With `url-param` set, the page address follows the chosen variant (`?sku=` by
 * `history.pushState`) and the back button returns to the previous variant.
 *
 * @summary Product detail.
 * @tag kontor-product
 * @csspart title - The product name heading.
 * @csspart variants - The variant section (picker or table).
 * @csspart ordered-before - The "ordered before" note.
 * @csspart configure - The link to the configurator.
 * @cssstate loading - While the product loads.
 * @cssstate error - When the product could not be loaded.
 * @fires kontor-product-view - When a product is shown; detail `{ sku, categoryIds }`.
 * @fires kontor-variant-change - When the buyer chose another variant; detail `{ sku, previousSku }`.
 * @fires kontor-question-sent - After a question was sent; detail `{ sku, questionId }`.
 * @fires kontor-error - When the product could not be loaded.
 */
@localized()
export class KontorProduct extends KontorElement {
  static override styles = [tokens, controls, productStyles];

  /** SKU of the product to show. */
  @property({ reflect: true }) sku = '';

  /** Address of product pages (accessories, variants); `{sku}` is replaced. */
  @property({ attribute: 'product-url' }) productUrl = 'product.html?sku={sku}';

  /** Address of the configurator for configurable products; `{sku}` is replaced. No link without it. */
  @property({ attribute: 'configurator-url' }) configuratorUrl = '';

  /**
   * Query parameter of the page address that follows the chosen variant (e.g. `sku`);
   * empty leaves the address alone (several products on one page).
   */
  @property({ attribute: 'url-param' }) urlParam = '';

  /** How variants are chosen: axis by axis, or from a table. */
  @property({ reflect: true, attribute: 'variant-view' }) variantView: 'axes' | 'table' = 'axes';

  // Not reactive: it records what was written after rendering and must not render again.
  #jsonLdSku = '';

  readonly #session = new CommerceStoreController(this, (commerce) => commerce.$session);
  readonly #info = new CommerceStoreController(this, (commerce) => commerce.$info);

  readonly #product = new ResourceController<string, Product>(this, {
    create: (commerce) => createResource((sku: string) => commerce.adapter.getProduct(sku)),
    key: () => this.sku || null,
    onChange: (state) => {
      this.setCustomState('loading', state.status === 'loading');
      this.setCustomState('error', state.status === 'error');
      if (state.status === 'error' && state.error) this.reportError(state.error, 'product');
      if (state.status === 'ready' && state.value) {
        emit(this, 'kontor-product-view', { sku: state.value.sku, categoryIds: state.value.categoryPath.map((c) => c.id) });
      }
    },
  });

  readonly #family = new ResourceController<string, VariantFamily>(this, {
    create: (commerce) =>
      createResource((familyId: string) => {
        const load = commerce.adapter.getVariantFamily;
        if (!load) throw new Error('This shop lists no variant families.');
        return load.call(commerce.adapter, familyId);
      }),
    key: () => {
      const family = this.#current?.family;
      if (!family || !this.#info.value?.capabilities.variantFamilies || !this.commerce?.adapter.getVariantFamily) return null;
      return family.familyId;
    },
    // Variants are an extra: without them the page still shows and sells this product.
    onChange: (state) => void (state.status === 'error' && state.error && this.reportError(state.error, 'variant-family')),
  });

  readonly #related = new ResourceController<readonly Sku[], ReadonlyMap<Sku, Product>>(this, {
    create: (commerce) => createResource((skus: readonly Sku[]) => relatedProducts(commerce.adapter, skus)),
    key: () => {
      const product = this.#current;
      if (!product) return null;
      const skus = [...product.accessories, ...(product.discontinued?.replacementSku ? [product.discontinued.replacementSku] : [])];
      return skus.length ? skus : null;
    },
    // Accessories fall back to their SKUs when names cannot be loaded.
    onChange: (state) => void (state.status === 'error' && state.error && this.reportError(state.error, 'related-products')),
  });

  readonly #orders = new ResourceController<{ user: string; account: string }, readonly Order[]>(this, {
    create: (commerce) => createResource(() => commerce.adapter.listOrders({ limit: 200 })),
    key: () => {
      const session = this.#session.value?.value;
      if (!this.#info.value?.capabilities.orderHistory || !session?.user || !session.context) return null;
      return { user: session.user.id, account: session.context.accountId };
    },
  });

  /** The loaded product (possibly the previous variant while the next one loads). */
  get #current(): Product | undefined {
    return this.#product.state?.value ?? undefined;
  }

  #script: HTMLScriptElement | undefined;

  readonly #onPopState = (): void => {
    if (!this.urlParam) return;
    const sku = new URL(location.href).searchParams.get(this.urlParam);
    if (sku && sku !== this.sku) this.sku = sku;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    this.#script?.remove();
    this.#script = undefined;
    this.#jsonLdSku = '';
  }

  #onVariantChange(event: CustomEvent<VariantChangeDetail>): void {
    // The event goes on to the page; the product follows the choice here.
    const { sku } = event.detail;
    if (sku === this.sku) return;
    this.sku = sku;
    if (this.urlParam) {
      const url = new URL(location.href);
      url.searchParams.set(this.urlParam, sku);
      history.pushState(history.state, '', url);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const product = this.#current;
    if (product && product.sku === this.sku && this.#jsonLdSku !== product.sku) this.#writeJsonLd(product);
  }

  /** Structured data goes into the light DOM: crawlers do not read shadow roots. */
  #writeJsonLd(product: Product): void {
    if (!this.#script) {
      this.#script = document.createElement('script');
      this.#script.type = 'application/ld+json';
      this.appendChild(this.#script);
    }
    // Under `require-trusted-types-for 'script'` even data scripts take only a TrustedScript.
    this.#script.textContent = trustedJsonScript(productJsonLd(product, new URL(productHref(this.productUrl, product.sku), location.href).href));
    this.#jsonLdSku = product.sku;
  }

  protected override render() {
    const state = this.#product.state;
    const product = this.#current;
    if (!this.sku) return html`<p class="notice">${msg('No product selected.', { id: 'product-none' })}</p>`;
    if (state?.status === 'error') {
      return html`<div class="notice" role="alert">
        <p>${state.error?.code === 'not-found' ? msg(str`Product ${this.sku} was not found.`, { id: 'product-not-found' }) : state.error?.message}</p>
        <button class="button" @click=${() => this.#product.reload()}>${msg('Try again', { id: 'retry' })}</button>
      </div>`;
    }
    if (!product) return html`<div class="skeleton" aria-busy="true"><span class="visually-hidden">${msg('Loading product…', { id: 'product-loading' })}</span></div>`;
    const locale = formatLocale();
    const image = product.media.find((m) => m.kind === 'image');
    const stale = product.sku !== this.sku;
    return html`
      <article class="layout" aria-busy=${stale ? 'true' : 'false'}>
        <div class="media">${image ? html`<img src=${image.url} alt=${image.alt} width="480" height="360" />` : nothing}</div>
        <div>
          <h2 part="title">${product.name}</h2>
          <dl class="ids">
            <dt>${msg('Brand', { id: 'brand' })}</dt><dd>${product.brand}</dd>
            <dt>${msg('Item no.', { id: 'sku' })}</dt><dd translate="no">${product.sku}</dd>
            <dt>${msg('Manufacturer part no.', { id: 'mpn' })}</dt><dd translate="no">${product.mpn}</dd>
            ${product.ean ? html`<dt>EAN</dt><dd translate="no">${product.ean}</dd>` : nothing}
          </dl>
          ${this.#renderDiscontinued(product)} ${this.#renderVariants(product)}
          <div class="buy">
            <kontor-price sku=${product.sku} .quantity=${firstQuantity(product)} show-tiers></kontor-price>
            ${product.discontinued ? nothing : html`<kontor-add-to-cart sku=${product.sku} name=${product.name} .rules=${product.quantity}></kontor-add-to-cart>`}
            ${product.configurable && this.configuratorUrl
              ? html`<a part="configure" class="button secondary" href=${productHref(this.configuratorUrl, product.sku)}>${msg('Configure this product', { id: 'product-configure' })}</a>`
              : nothing}
          </div>
          ${this.#renderOrderedBefore(product, locale)}
          <h3>${msg('Availability', { id: 'availability' })}</h3>
          <table>
            <thead><tr><th scope="col">${msg('Warehouse', { id: 'warehouse' })}</th><th scope="col">${msg('In stock', { id: 'in-stock' })}</th><th scope="col">${msg('Lead time', { id: 'lead-time' })}</th></tr></thead>
            <tbody>
              ${product.stock.map(
                (level) => html`<tr>
                  <td>${level.warehouseName}</td>
                  <td class="number">${numberFormat(locale).format(level.quantity)} ${unitLabel(product.quantity.unit)}</td>
                  <td class="number">${msg(str`${level.leadTimeDays} working days`, { id: 'lead-time-days' })}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </article>
      <h3>${msg('Description', { id: 'description' })}</h3>
      <div class="description">${sanitizedHtml(product.descriptionHtml)}</div>
      <h3>${msg('Technical data', { id: 'technical-data' })}</h3>
      <table class="specs">
        <tbody>
          ${product.attributes.map((attribute) => html`<tr><th scope="row">${attribute.label}</th><td>${attributeValue(attribute, locale)}</td></tr>`)}
        </tbody>
      </table>
      ${product.documents.length
        ? html`<h3>${msg('Documents', { id: 'documents' })}</h3>
            <ul class="documents">
              ${product.documents.map(
                (doc) => html`<li>
                  <a href=${doc.url} download>${doc.title}</a>
                  <span class="muted">${documentKind(doc.kind)}, <abbr title=${doc.language}>${doc.language.toUpperCase()}</abbr></span>
                </li>`,
              )}
            </ul>`
        : nothing}
      ${product.warranty ? html`<h3>${msg('Warranty and service', { id: 'warranty' })}</h3><p>${product.warranty}</p>` : nothing}
      ${this.#renderAccessories(product)}
      ${this.#info.value?.capabilities.ratings
        ? html`<section class="ratings" aria-labelledby="ratings-heading">
            <h3 id="ratings-heading">${msg('Ratings from business customers', { id: 'rating-heading' })}</h3>
            <kontor-product-ratings sku=${product.sku}></kontor-product-ratings>
          </section>`
        : nothing}
      ${this.#info.value?.capabilities.productQuestions
        ? html`<section class="questions" aria-labelledby="questions-heading">
            <h3 id="questions-heading">${msg('Ask a question', { id: 'question-heading' })}</h3>
            <kontor-product-questions sku=${product.sku}></kontor-product-questions>
          </section>`
        : nothing}
    `;
  }

  #renderDiscontinued(product: Product) {
    if (!product.discontinued) return nothing;
    const replacementSku = product.discontinued.replacementSku;
    const replacement = replacementSku ? this.#related.state?.value?.get(replacementSku) : undefined;
    return html`<p class="notice" role="note">
      ${msg('This product is discontinued.', { id: 'product-discontinued' })}
      ${replacementSku
        ? html`<a href=${productHref(this.productUrl, replacementSku)}>${replacement
            ? msg(str`Replacement: ${replacement.name}`, { id: 'product-replacement-named' })
            : msg('See the replacement', { id: 'product-replacement' })}</a>`
        : nothing}
    </p>`;
  }

  #renderVariants(product: Product) {
    const family = this.#family.state?.value;
    if (!family || family.id !== product.family?.familyId || family.members.length < 2) return nothing;
    const table = this.variantView === 'table';
    return html`<section class="variants" part="variants" aria-labelledby="variants-heading" @kontor-variant-change=${this.#onVariantChange}>
      <div class="variants-head">
        <h3 id="variants-heading">${msg(str`${family.members.length} variants`, { id: 'variant-count' })}</h3>
        <div class="toggle" role="group" aria-label=${msg('Show variants as', { id: 'variant-view' })}>
          <button class="button secondary" aria-pressed=${table ? 'false' : 'true'} @click=${() => (this.variantView = 'axes')}>${msg('Choose', { id: 'variant-view-axes' })}</button>
          <button class="button secondary" aria-pressed=${table ? 'true' : 'false'} @click=${() => (this.variantView = 'table')}>${msg('Table', { id: 'variant-view-table' })}</button>
        </div>
      </div>
      ${table
        ? html`<kontor-variant-table .family=${family} sku=${this.sku} product-url=${this.productUrl}></kontor-variant-table>`
        : html`<kontor-variant-picker .family=${family} sku=${this.sku}></kontor-variant-picker>`}
    </section>`;
  }

  #renderOrderedBefore(product: Product, locale: string) {
    const orders = this.#orders.state?.value;
    const last = orders ? lastOrdered(orders, product.sku) : null;
    if (!last) return nothing;
    const date = dateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(last.placedAt));
    const quantity = `${numberFormat(locale).format(last.quantity)} ${unitLabel(product.quantity.unit)}`;
    return html`<p class="ordered" part="ordered-before">
      ${msg(str`Last ordered on ${date}: ${quantity} (order ${last.orderNumber})`, { id: 'ordered-before' })}
    </p>`;
  }

  #renderAccessories(product: Product) {
    if (!product.accessories.length) return nothing;
    const related = this.#related.state?.value;
    return html`<h3>${msg('Accessories and spare parts', { id: 'accessories' })}</h3>
      <ul class="accessories">
        ${product.accessories.map((sku) => {
          const accessory = related?.get(sku);
          return html`<li>
            <a href=${productHref(this.productUrl, sku)}>${accessory?.name ?? sku}</a>
            <span class="muted" translate="no">${sku}</span>
            ${accessory ? html`<kontor-price sku=${sku} .quantity=${firstQuantity(accessory)}></kontor-price>` : nothing}
          </li>`;
        })}
      </ul>`;
  }
}

define('kontor-product', KontorProduct);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-product': KontorProduct;
  }
}
