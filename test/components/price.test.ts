import { expect, html } from '@open-wc/testing';
import { UnavailableError, withFaults } from '../../src/index.js';
import '../../components/price/price.js';
import type { KontorPrice } from '../../components/price/price.js';
import { mount, orderableProducts, shadowText, testAdapter, testCommerce, until } from './helpers/storefront.js';

describe('<kontor-price>', () => {
  it('passes an axe check once loaded', async () => {
    const commerce = await testCommerce();
    const [product] = await orderableProducts(commerce);
    const element = await mount<KontorPrice>(html`<kontor-price sku=${product!.sku} show-tiers></kontor-price>`, commerce);
    await until(() => element.shadowRoot?.querySelector('[part=net]'), 'the price');
    await expect(element).to.be.accessible();
  });

  it('shows the backend’s customer price for the quantity', async () => {
    const commerce = await testCommerce();
    const [product] = await orderableProducts(commerce);
    const quantity = Math.max(product!.quantity.minQuantity, product!.quantity.packSize) * 10;
    const [quote] = await commerce.adapter.getPrices([{ sku: product!.sku, quantity }]);
    const element = await mount<KontorPrice>(html`<kontor-price sku=${product!.sku} .quantity=${quantity}></kontor-price>`, commerce);
    const net = await until(() => element.shadowRoot?.querySelector('[part=net]'), 'the price');
    const expected = new Intl.NumberFormat('en', { style: 'currency', currency: quote!.unitNet.currency }).format(quote!.unitNet.amountMinor / 100);
    expect(net.textContent?.trim()).to.equal(expected);
    expect(shadowText(element)).to.contain('VAT');
  });

  it('reserves its space with a busy placeholder while loading', async () => {
    const commerce = await testCommerce({
      adapter: withFaults(testAdapter(), (method) => (method === 'getPrices' ? { delayMs: 300 } : undefined)),
      loggedIn: false,
    });
    const [product] = await orderableProducts(commerce);
    const element = await mount<KontorPrice>(html`<kontor-price sku=${product!.sku}></kontor-price>`, commerce);
    const busy = element.shadowRoot?.querySelector('[aria-busy=true]');
    expect(busy, 'a busy placeholder').to.be.instanceOf(Element);
    const placeholderHeight = element.getBoundingClientRect().height;
    await until(() => element.shadowRoot?.querySelector('[part=net]'), 'the price');
    expect(element.getBoundingClientRect().height).to.be.at.least(placeholderHeight);
  });

  it('says the price is unavailable and fires kontor-error when pricing fails', async () => {
    const commerce = await testCommerce({
      adapter: withFaults(testAdapter(), (method) => (method === 'getPrices' ? { failBefore: new UnavailableError('Pricing is down') } : undefined)),
      loggedIn: false,
    });
    const errors: string[] = [];
    document.addEventListener('kontor-error', (event) => errors.push(event.detail.action), { once: true });
    const element = await mount<KontorPrice>(html`<kontor-price sku="ANY-SKU"></kontor-price>`, commerce);
    await until(() => shadowText(element).includes('Price unavailable'), 'the unavailable message');
    expect(errors).to.deep.equal(['price']);
  });

  it('re-prices in place with one request when the buyer switches ship-to', async () => {
    let priceRequests = 0;
    const adapter = withFaults(testAdapter(), (method) => {
      if (method === 'getPrices') priceRequests++;
      return undefined;
    });
    const commerce = await testCommerce({ adapter });
    const products = await orderableProducts(commerce, 3);
    const storefront = await mount<HTMLElement>(html`<div>${products.map((p) => html`<kontor-price sku=${p.sku}></kontor-price>`)}</div>`, commerce);
    const prices = [...storefront.querySelectorAll('kontor-price')];
    await until(() => prices.every((p) => p.shadowRoot?.querySelector('[part=net]')), 'the prices');
    const session = commerce.$session.get().value!;
    const account = session.accounts.find((a) => a.id === session.context!.accountId)!;
    const other = account.shipTo.find((a) => a.id !== session.context!.shipToId);
    expect(other, 'the demo buyer’s account has a second ship-to').not.to.equal(undefined);
    priceRequests = 0;
    await commerce.setContext({ shipToId: other!.id });
    await until(() => priceRequests > 0, 'the re-pricing request');
    await until(() => prices.every((p) => p.shadowRoot?.querySelector('[part=net]')), 'the new prices');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(priceRequests).to.equal(1);
  });
});
