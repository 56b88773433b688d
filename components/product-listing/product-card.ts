import { html, isServer, nothing } from 'lit';
import type { SearchHit } from '../../src/index.js';
import { stockLabel } from '../shared/stock.js';
import '../price/price.js';
import '../add-to-cart/add-to-cart.js';

/** Fills `{sku}` in a product page address template. */
export function productHref(template: string, sku: string): string {
  return template.replace('{sku}', encodeURIComponent(sku));
}

/**
 * Cards this far up a listing are taken to be in view when the page loads (two rows of four
 * on a desktop screen). Their images load at once, because they are the page's largest paint
 * and the lazy loader would wait for a layout pass. A server drawing the first results draws
 * these cards only, and placeholders for the rest, to keep the HTML small; the first live
 * results, too, render these cards first and the rest a frame later.
 */
export const CARDS_IN_VIEW = 8;

/** A card's place while its product is not drawn. */
export const skeletonCard = html`<li class="card skeleton" aria-hidden="true"></li>`;

/**
 * Where a server-drawn card's price and add-to-cart form go: grey blocks of their loading
 * size. The listing replaces its whole drawing when it runs, so nested elements drawn with
 * shadow roots of their own would never be used; they tripled the drawing's HTML (each
 * carries its styles) and slowed its first layout (docs/server-rendering.md).
 */
const pricePending = html`<span class="price-pending" aria-hidden="true"><span class="pending-line"></span><span class="pending-line"></span></span>`;
const cartPending = html`<span class="cart-pending" aria-hidden="true"></span>`;

/**
 * What a product card shows: image, name, brand and SKU, customer price, stock, add to cart.
 * `eager` loads the image at once (a card in view when the page loads).
 */
export function productCardBody(hit: SearchHit, productUrl: string, locale: string, eager = false) {
  const { product } = hit;
  const inStock = product.stockTotal > 0;
  return html`<div class="media">
      ${product.image ? html`<img src=${product.image.url} alt="" loading=${eager ? 'eager' : 'lazy'} width="160" height="120" />` : nothing}
    </div>
    <a class="name" part="name" href=${productHref(productUrl, product.sku)}>${product.name}</a>
    <div>
      <div class="meta">${product.brand} · <span translate="no">${product.sku}</span></div>
      ${isServer ? pricePending : html`<kontor-price sku=${product.sku} .quantity=${hit.price.quantity}></kontor-price>`}
      <div class="stock ${inStock ? '' : 'out'}">${stockLabel(product.stockTotal, product.quantity.unit, locale)}</div>
    </div>
    ${isServer ? cartPending : html`<kontor-add-to-cart sku=${product.sku} name=${product.name} .rules=${product.quantity}></kontor-add-to-cart>`}`;
}

/** One product of a paged listing, as an item of its list; `position` counts from 0. */
export function productCard(hit: SearchHit, productUrl: string, locale: string, position: number) {
  return html`<li class="card" part="card">${productCardBody(hit, productUrl, locale, position < CARDS_IN_VIEW)}</li>`;
}
