// The elements on a live Vendure: listing, product, price and a customer checkout through
// <kontor-cart> whose order Vendure's own API then returns; Vendure's stock refusal shown to
// the buyer; what Vendure lacks (approvals, customer prices, ratings) explained or hidden.
import { expect, html } from '@open-wc/testing';
import { createCommerce, memoryTokenStorage, type Commerce, type TokenStorage } from '../../src/index.js';
import { createVendureAdapter } from '../../src/adapters/vendure/vendure-adapter.js';
import '../../components/product-listing/product-listing.js';
import '../../components/price/price.js';
import '../../components/cart/cart.js';
import type { KontorCart } from '../../components/cart/cart.js';
import { mount, shadowText, until } from '../components/helpers/storefront.js';

declare global {
  interface Window {
    KONTOR_VENDURE_URL: string;
  }
}

const BUYER = { email: 'buyer@kontor.test', password: 'kontor-buyer' };

async function vendureCommerce(options: { loggedIn?: boolean; tokens?: TokenStorage } = {}): Promise<Commerce> {
  const commerce = createCommerce(createVendureAdapter({ shopApiUrl: window.KONTOR_VENDURE_URL, tokenStorage: options.tokens ?? memoryTokenStorage() }));
  await commerce.ready();
  if (options.loggedIn !== false) {
    await commerce.login(BUYER);
    const cart = await commerce.refreshCart();
    for (const line of cart?.lines ?? []) await commerce.removeCartLine(line.id);
  }
  return commerce;
}

/** Text of an element's shadow root and of the `<kontor-price>` elements inside it. */
function deepText(element: Element): string {
  const prices = [...element.shadowRoot!.querySelectorAll('kontor-price')].map((price) => price.shadowRoot?.textContent ?? '');
  return [element.shadowRoot!.textContent ?? '', ...prices].join(' ').replace(/\s+/g, ' ').trim();
}

function button(root: Element, text: string): HTMLButtonElement {
  const found = [...root.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim().startsWith(text));
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

describe('elements on Vendure', () => {
  it('a category listing shows Vendure’s products with list prices and stock', async () => {
    const commerce = await vendureCommerce({ loggedIn: false });
    const element = await mount<HTMLElement>(html`<kontor-product-listing category="computers" page-size="6"></kontor-product-listing>`, commerce);
    await until(() => deepText(element).includes('$1,299.00'), 'product cards with prices');
    await expect(element).to.be.accessible();
    const text = deepText(element);
    expect(text).to.contain('Laptop 13 inch 8GB');
    expect(text).to.match(/\d+ pcs in stock/);
  });

  it('a price is the list unit price with Vendure’s VAT rate, without a customer price badge', async () => {
    const commerce = await vendureCommerce();
    const element = await mount<HTMLElement>(html`<kontor-price sku="L2201308" quantity="3"></kontor-price>`, commerce);
    await until(() => deepText(element).includes('$1,299.00'), 'the unit price');
    await expect(element).to.be.accessible();
    expect(deepText(element)).to.contain('plus 20% VAT');
    expect(deepText(element)).not.to.match(/contract|group price/i);
  });

  it('a customer checks out through <kontor-cart> and Vendure returns the order', async () => {
    const tokens = memoryTokenStorage();
    const commerce = await vendureCommerce({ tokens });
    await commerce.addToCart([{ sku: 'L2201508', quantity: 2 }]);
    const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
    await until(() => element.shadowRoot!.querySelector('table'), 'the cart lines');
    await expect(element).to.be.accessible();
    expect(shadowText(element)).to.contain('Laptop 15 inch 8GB');
    button(element, 'Continue to order details').click();
    const po = await until(() => element.shadowRoot!.querySelector<HTMLInputElement>('input[name=poNumber]'), 'the details step');
    po.value = 'PO-VENDURE-1';
    po.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    button(element, 'Continue to review').click();
    await until(() => [...element.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent!.trim().startsWith('Place order')), 'the review step');
    await expect(element).to.be.accessible();
    button(element, 'Place order').click();
    const heading = await until(() => /Order (\S+) received/.exec(shadowText(element)), 'the confirmation');
    const code = heading[1]!.replace(/\.$/, '');
    const reply = await fetch(window.KONTOR_VENDURE_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get()}` },
      body: JSON.stringify({ query: 'query ($code: String!) { orderByCode(code: $code) { code state lines { quantity productVariant { sku } } customFields { poNumber } } }', variables: { code } }),
    });
    const { data } = (await reply.json()) as { data: { orderByCode: { code: string; state: string; lines: { quantity: number; productVariant: { sku: string } }[]; customFields: { poNumber: string } } } };
    expect(data.orderByCode.code).to.equal(code);
    expect(data.orderByCode.state).to.equal('PaymentAuthorized');
    expect(data.orderByCode.lines.map((l) => [l.productVariant.sku, l.quantity])).to.deep.equal([['L2201508', 2]]);
    expect(data.orderByCode.customFields.poNumber).to.equal('PO-VENDURE-1');
  });

  it('Vendure’s stock refusal reaches the buyer in the cart, and the line keeps its quantity', async () => {
    const commerce = await vendureCommerce();
    await commerce.addToCart([{ sku: 'L2201308', quantity: 1 }]);
    const product = await commerce.adapter.getProduct('L2201308');
    const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
    const input = await until(() => element.shadowRoot!.querySelector<HTMLInputElement>('input.qty'), 'the quantity field');
    input.value = String(product.stockTotal + 5);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await until(() => shadowText(element).includes(`Only ${product.stockTotal} of L2201308 in stock`), 'the stock message');
    const cart = await commerce.adapter.getCart();
    expect(cart.lines.map((l) => l.quantity)).to.deep.equal([1]);
  });
});
