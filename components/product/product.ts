import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { createResource, type Product, type TechnicalAttribute } from '../../src/index.js';
import { define } from '../shared/define.js';
import { emit } from '../shared/events.js';
import { KontorElement } from '../shared/kontor-element.js';
import { formatLocale } from '../shared/localization.js';
import { ResourceController } from '../shared/resource-controller.js';
import { sanitizedHtml } from '../shared/sanitize.js';
import { unitLabel } from '../shared/units.js';
import { controls, tokens } from '../shared/styles.js';
import { productStyles } from './product.styles.js';
import { productHref } from '../product-listing/product-card.js';
import '../price/price.js';
import '../add-to-cart/add-to-cart.js';

function attributeValue(attribute: TechnicalAttribute, locale: string): string {
  switch (attribute.type) {
    case 'number':
      return `${new Intl.NumberFormat(locale).format(attribute.value)}${attribute.unit ? ` ${attribute.unit}` : ''}`;
    case 'boolean':
      return attribute.value ? msg('yes', { id: 'yes' }) : msg('no', { id: 'no' });
    case 'text':
      return attribute.value;
  }
}

/**
 * The product page's main element: image, name, identifiers, the customer's price with
 * volume prices, stock per warehouse, quantity and add to cart, the (sanitized) description,
 * technical data with units, documents and accessories.
 *
 * @summary Product detail.
 * @tag kontor-product
 * @csspart title - The product name heading.
 * @cssstate loading - While the product loads.
 * @cssstate error - When the product could not be loaded.
 * @fires kontor-product-view - When a product is shown; detail `{ sku, categoryIds }`.
 * @fires kontor-error - When the product could not be loaded.
 */
@localized()
export class KontorProduct extends KontorElement {
  static override styles = [tokens, controls, productStyles];

  /** SKU of the product to show. */
  @property({ reflect: true }) sku = '';

  /** Address of product pages (for accessories); `{sku}` is replaced. */
  @property({ attribute: 'product-url' }) productUrl = 'product.html?sku={sku}';

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

  protected override render() {
    const state = this.#product.state;
    const product = state?.value;
    if (!this.sku) return html`<p class="notice">${msg('No product selected.', { id: 'product-none' })}</p>`;
    if (state?.status === 'error') {
      return html`<div class="notice" role="alert">
        <p>${state.error?.code === 'not-found' ? msg(str`Product ${this.sku} was not found.`, { id: 'product-not-found' }) : state.error?.message}</p>
        <button class="button" @click=${() => this.#product.reload()}>${msg('Try again', { id: 'retry' })}</button>
      </div>`;
    }
    if (!product || product.sku !== this.sku) return html`<div class="skeleton" aria-busy="true"><span class="visually-hidden">${msg('Loading product…', { id: 'product-loading' })}</span></div>`;
    const locale = formatLocale();
    const image = product.media.find((m) => m.kind === 'image');
    return html`
      <article class="layout">
        <div class="media">${image ? html`<img src=${image.url} alt=${image.alt} width="480" height="360" />` : nothing}</div>
        <div>
          <h2 part="title">${product.name}</h2>
          <dl class="ids">
            <dt>${msg('Brand', { id: 'brand' })}</dt><dd>${product.brand}</dd>
            <dt>${msg('Item no.', { id: 'sku' })}</dt><dd translate="no">${product.sku}</dd>
            <dt>${msg('Manufacturer part no.', { id: 'mpn' })}</dt><dd translate="no">${product.mpn}</dd>
            ${product.ean ? html`<dt>EAN</dt><dd translate="no">${product.ean}</dd>` : nothing}
          </dl>
          ${product.discontinued
            ? html`<p class="notice" role="note">
                ${msg('This product is discontinued.', { id: 'product-discontinued' })}
                ${product.discontinued.replacementSku
                  ? html`<a href=${productHref(this.productUrl, product.discontinued.replacementSku)}>${msg('See the replacement', { id: 'product-replacement' })}</a>`
                  : nothing}
              </p>`
            : nothing}
          <div class="buy">
            <kontor-price sku=${product.sku} .quantity=${Math.max(product.quantity.minQuantity, product.quantity.packSize)} show-tiers></kontor-price>
            ${product.discontinued ? nothing : html`<kontor-add-to-cart sku=${product.sku} name=${product.name} .rules=${product.quantity}></kontor-add-to-cart>`}
          </div>
          <h3>${msg('Availability', { id: 'availability' })}</h3>
          <table>
            <thead><tr><th scope="col">${msg('Warehouse', { id: 'warehouse' })}</th><th scope="col">${msg('In stock', { id: 'in-stock' })}</th><th scope="col">${msg('Lead time', { id: 'lead-time' })}</th></tr></thead>
            <tbody>
              ${product.stock.map(
                (level) => html`<tr>
                  <td>${level.warehouseName}</td>
                  <td class="number">${new Intl.NumberFormat(locale).format(level.quantity)} ${unitLabel(product.quantity.unit)}</td>
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
      <table>
        <tbody>
          ${product.attributes.map((attribute) => html`<tr><th scope="row">${attribute.label}</th><td>${attributeValue(attribute, locale)}</td></tr>`)}
        </tbody>
      </table>
      ${product.documents.length
        ? html`<h3>${msg('Documents', { id: 'documents' })}</h3>
            <ul>${product.documents.map((doc) => html`<li><a href=${doc.url} download>${doc.title}</a> (${doc.language.toUpperCase()})</li>`)}</ul>`
        : nothing}
      ${product.accessories.length
        ? html`<h3>${msg('Accessories', { id: 'accessories' })}</h3>
            <ul>${product.accessories.map((sku) => html`<li><a href=${productHref(this.productUrl, sku)} translate="no">${sku}</a></li>`)}</ul>`
        : nothing}
      ${product.warranty ? html`<h3>${msg('Warranty', { id: 'warranty' })}</h3><p>${product.warranty}</p>` : nothing}
    `;
  }
}

define('kontor-product', KontorProduct);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-product': KontorProduct;
  }
}
