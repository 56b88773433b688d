// The elements on a live Vendure: listing, product with its variants, price, quick order,
// account and order history, and a customer checkout through <kontor-cart> whose order
// Vendure's own API then returns; Vendure's stock refusal, an invalid promotion code and a
// dropped network shown to the buyer; what Vendure lacks (approvals, customer prices,
// ratings, questions, several accounts, SKU lookup) explained, hidden or replaced as
// docs/vendure.md says.
//
// Assertions compare text and booleans, never elements: when an assertion about an element
// fails, the test runner serializes the element with everything it references (the whole
// storefront) for the report, and that never finishes.
import { expect, html } from '@open-wc/testing';
import { createCommerce, memoryTokenStorage, type Commerce, type TokenStorage } from '../../src/index.js';
import { createVendureAdapter } from '../../src/adapters/vendure/vendure-adapter.js';
import '../../components/product-listing/product-listing.js';
import '../../components/price/price.js';
import '../../components/cart/cart.js';
import '../../components/product/product.js';
import '../../components/approval-inbox/approval-inbox.js';
import '../../components/approval-inbox/approval-badge.js';
import '../../components/quick-order/quick-order.js';
import '../../components/account-switcher/account-switcher.js';
import '../../components/order-history/order-history.js';
import type { KontorCart } from '../../components/cart/cart.js';
import type { KontorProduct } from '../../components/product/product.js';
import type { KontorQuickOrder } from '../../components/quick-order/quick-order.js';
import { mount, shadowText, until } from '../components/helpers/storefront.js';

declare global {
  interface Window {
    KONTOR_VENDURE_URL: string;
  }
}

const BUYER = { email: 'buyer@kontor.test', password: 'kontor-buyer' };

async function vendureCommerce(options: { loggedIn?: boolean; tokens?: TokenStorage; fetch?: typeof fetch } = {}): Promise<Commerce> {
  const commerce = createCommerce(
    createVendureAdapter({
      shopApiUrl: window.KONTOR_VENDURE_URL,
      tokenStorage: options.tokens ?? memoryTokenStorage(),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    }),
  );
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
  it('a product page shows Vendure’s product with its variants and price, without ratings or questions', async () => {
    const commerce = await vendureCommerce();
    const element = await mount<KontorProduct>(html`<kontor-product sku="L2201308"></kontor-product>`, commerce);
    await until(() => deepText(element).includes('$1,299.00') && element.shadowRoot!.querySelector('kontor-variant-picker'), 'the product with its variants');
    await expect(element).to.be.accessible();
    const family = await commerce.adapter.getVariantFamily!('laptop');
    expect(family.members.length).to.be.greaterThan(1);
    const text = deepText(element);
    expect(text).to.contain('Laptop 13 inch 8GB');
    expect(text).to.contain('seventh-generation Intel Core');
    expect(text).to.contain(`${family.members.length} variants`);
    // Vendure has no ratings and no questions: the page leaves both sections out.
    expect(Boolean(element.shadowRoot!.querySelector('kontor-product-ratings, kontor-product-questions'))).to.equal(false);
    expect(text).not.to.match(/Ask a question|Ratings from business customers/);
    // The table lists every variant; a choice (the picker's event) shows that variant's product.
    const tableButton = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toggle button')].find((b) => b.textContent!.trim() === 'Table')!;
    tableButton.click();
    const table = await until(() => element.shadowRoot!.querySelector('kontor-variant-table')?.shadowRoot, 'the variant table');
    await until(() => family.members.every((m) => (table.textContent ?? '').includes(m.sku)), 'every variant in the table');
    const other = family.members.find((m) => m.sku !== 'L2201308')!;
    element.shadowRoot!.querySelector('section.variants')!.dispatchEvent(new CustomEvent('kontor-variant-change', { detail: { sku: other.sku, previousSku: 'L2201308' }, bubbles: true, composed: true }));
    await until(() => element.sku === other.sku && deepText(element).includes(other.name), 'the chosen variant');
  });

  it('the approval inbox explains that Vendure has no approvals, and the approval badge hides', async () => {
    const commerce = await vendureCommerce();
    const storefront = await mount<HTMLElement>(html`<div><kontor-approval-inbox></kontor-approval-inbox><kontor-approval-badge href="approvals.html"></kontor-approval-badge></div>`, commerce);
    const inbox = storefront.querySelector('kontor-approval-inbox')!;
    const badge = storefront.querySelector('kontor-approval-badge')!;
    await until(() => shadowText(inbox).includes('This shop does not use approvals: orders are placed directly.'), 'the explanation');
    await expect(inbox).to.be.accessible();
    expect(inbox.matches(':state(unsupported)')).to.equal(true);
    await until(() => commerce.$info.get()?.capabilities, 'the capabilities');
    await (badge as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(badge.shadowRoot!.querySelectorAll('a').length).to.equal(0);
    expect(badge.getBoundingClientRect().width).to.equal(0);
  });

  it('quick order checks codes product by product (Vendure has no SKU lookup) and adds the valid lines', async () => {
    const commerce = await vendureCommerce();
    const element = await mount<KontorQuickOrder>(html`<kontor-quick-order initial-rows="0"></kontor-quick-order>`, commerce);
    await element.updateComplete;
    await expect(element).to.be.accessible();
    await element.store!.importText(['L2201308;2', 'NO-SUCH-1;5', ''].join('\n'));
    await until(() => element.store!.$summary.get().checking === 0 && element.store!.$summary.get().total === 2, 'checked lines');
    await element.updateComplete;
    expect(element.store!.$summary.get()).to.deep.include({ valid: 1, toFix: 1 });
    expect(shadowText(element)).to.contain('Unknown item number');
    element.store!.removeRow(element.store!.$rows.get()[1]!.id);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part=add]')!.click();
    const cart = await until(() => (commerce.$cart.get().value?.lines.length === 1 ? commerce.$cart.get().value : null), 'the cart');
    expect(cart!.lines.map((l) => [l.sku, l.quantity])).to.deep.equal([['L2201308', 2]]);
  });

  it('the account switcher shows the one Vendure customer with its address book, and an invalid promotion code is explained', async () => {
    const commerce = await vendureCommerce();
    await commerce.addToCart([{ sku: 'L2201508', quantity: 1 }]);
    const element = await mount<HTMLElement>(html`<kontor-account-switcher></kontor-account-switcher>`, commerce);
    const selects = await until(() => (element.shadowRoot!.querySelectorAll('select').length === 3 ? element.shadowRoot!.querySelectorAll('select') : null), 'account, ship-to and bill-to');
    await expect(element).to.be.accessible();
    expect(selects[0]!.options.length).to.equal(1);
    expect(selects[1]!.options.length).to.be.greaterThan(0);
    const code = element.shadowRoot!.querySelector<HTMLInputElement>('form[part=promotion] input')!;
    code.value = 'NOT-A-CODE';
    code.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    element.shadowRoot!.querySelector<HTMLFormElement>('form[part=promotion]')!.requestSubmit();
    await until(() => shadowText(element).includes('The promotion code "NOT-A-CODE" is not valid.'), 'the refusal');
    expect(commerce.$session.get().value?.context?.promotionCode ?? null).to.equal(null);
  });

  it('the order history lists the customer’s Vendure orders', async () => {
    const commerce = await vendureCommerce();
    await commerce.addToCart([{ sku: 'L2201316', quantity: 1 }]);
    const context = commerce.$session.get().value!.context!;
    const order = await commerce.adapter.placeOrder({
      idempotencyKey: crypto.randomUUID(),
      billToId: context.billToId,
      shipToId: context.shipToId,
      partialDelivery: true,
      paymentMethod: 'invoice',
      poNumber: 'PO-HISTORY-1',
    });
    const element = await mount<HTMLElement>(html`<kontor-order-history></kontor-order-history>`, commerce);
    await until(() => shadowText(element).includes(order.number), 'the new order');
    await expect(element).to.be.accessible();
    expect(shadowText(element)).to.contain('PO-HISTORY-1');
  });

  it('a dropped network reaches the buyer as "cannot be reached", and retrying after it returns loads the list', async () => {
    let online = true;
    // Requests go to a port nothing listens on while offline: a real network failure in the browser.
    const switchable: typeof fetch = (input, init) => (online ? fetch(input, init) : fetch('http://127.0.0.1:1/shop-api', init));
    const commerce = await vendureCommerce({ loggedIn: false, fetch: switchable });
    online = false;
    const element = await mount<HTMLElement>(html`<kontor-product-listing category="computers" page-size="6"></kontor-product-listing>`, commerce);
    await until(() => deepText(element).includes('The shop cannot be reached. Check the connection and try again.'), 'the network message');
    await expect(element).to.be.accessible();
    online = true;
    const retry = await until(() => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => /try again/i.test(b.textContent ?? '')), 'a retry button');
    retry.click();
    await until(() => deepText(element).includes('Laptop 13 inch 8GB'), 'the products after retrying');
  });
});
