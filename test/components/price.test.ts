import { expect, html } from '@open-wc/testing';
import { UnavailableError, withFaults } from '../../src/index.js';
import '../../components/price/price.js';
import type { KontorPrice } from '../../components/price/price.js';
import type { CommerceAdapter } from '../../src/index.js';
import { demoUser, mount, orderableProducts, shadowText, testAdapter, testCommerce, until } from './helpers/storefront.js';

/** An adapter on the test backend that counts its price requests. */
function countingAdapter(): { adapter: CommerceAdapter; requests: () => number } {
  let count = 0;
  const adapter = withFaults(testAdapter(), (method) => {
    if (method === 'getPrices') count++;
    return undefined;
  });
  return { adapter, requests: () => count };
}

const message = (element: KontorPrice): string => element.shadowRoot?.querySelector('[part=message]')?.textContent?.trim() ?? '';

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
    expect(element.getBoundingClientRect().height, 'no layout shift').to.be.closeTo(placeholderHeight, 0.5);
  });

  it('keeps its box when a customer price with its source replaces the list price after login', async () => {
    // A product the buyer pays less for than the list price: the line gains the struck list
    // price and the source badge, which in a narrow card wrap below the net price.
    const buyer = await testCommerce();
    const products = await orderableProducts(buyer, 20);
    const quotes = await buyer.adapter.getPrices(products.map((p) => ({ sku: p.sku, quantity: 1 })));
    const quote = quotes.find((q) => q.source !== 'list' && q.unitNet.amountMinor < q.listUnitNet.amountMinor);
    expect(quote, 'a product with a customer price below the list price').to.not.equal(undefined);
    const user = await demoUser('buyer');
    for (const width of ['11em', '15em', '24em']) {
      const commerce = await testCommerce({ loggedIn: false });
      const card = await mount<HTMLElement>(html`<div style=${`width: ${width}`}><kontor-price sku=${quote!.sku}></kontor-price></div>`, commerce);
      const element = card.querySelector('kontor-price')!;
      const placeholder = element.getBoundingClientRect();
      await until(() => element.shadowRoot?.querySelector('[part=net]'), 'the list price');
      expect(element.shadowRoot?.querySelector('[part=badge]'), 'a guest sees the list price').to.equal(null);
      const note = () => element.shadowRoot!.querySelector('[part=note]')!.getBoundingClientRect().top;
      const listBox = element.getBoundingClientRect();
      const listNote = note();
      await commerce.login({ email: user.email, password: user.password });
      await until(() => element.shadowRoot?.querySelector('[part=badge]') && element.shadowRoot.querySelector('[part=list]'), 'the customer price');
      const customerBox = element.getBoundingClientRect();
      expect(listBox.height, `${width}: list price as tall as the placeholder`).to.be.closeTo(placeholder.height, 0.5);
      expect(customerBox.height, `${width}: customer price as tall as the list price`).to.be.closeTo(listBox.height, 0.5);
      expect(note(), `${width}: the note stays put`).to.be.closeTo(listNote, 0.5);
      await commerce.logout();
    }
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

  it('explains bad attributes without sending anything', async () => {
    const { adapter, requests } = countingAdapter();
    const commerce = await testCommerce({ adapter });
    const [product] = await orderableProducts(commerce);
    const errors: string[] = [];
    const onError = (event: GlobalEventHandlersEventMap['kontor-error']) => errors.push(event.detail.error.code);
    document.addEventListener('kontor-error', onError);
    const cases: [string, number, RegExp][] = [
      ['', 1, /No product number/],
      [product!.sku, 0, /greater than 0/],
      [product!.sku, -4, /greater than 0/],
      [product!.sku, Number.NaN, /greater than 0/],
      [product!.sku, 5_000_000, /at most 1,000,000/],
    ];
    try {
      for (const [sku, quantity, expected] of cases) {
        const element = await mount<KontorPrice>(html`<kontor-price sku=${sku} .quantity=${quantity}></kontor-price>`, commerce);
        await element.updateComplete;
        expect(message(element), `${sku} × ${quantity}`).to.match(expected);
        expect(element.shadowRoot?.querySelector('[part=net]')).to.equal(null);
      }
    } finally {
      document.removeEventListener('kontor-error', onError);
    }
    expect(requests(), 'no price request').to.equal(0);
    expect(errors).to.deep.equal(['validation', 'validation', 'validation', 'validation', 'validation']);
  });

  it('shows the backend’s reason for an unknown SKU or a fractional quantity, and the other prices still load', async () => {
    const { adapter, requests } = countingAdapter();
    const commerce = await testCommerce({ adapter });
    const products = await orderableProducts(commerce, 40);
    const whole = products.find((p) => !p.quantity.fractional)!;
    const good = products.slice(0, 2);
    const page = await mount<HTMLElement>(
      html`<div>
        <kontor-price sku="KT-999999"></kontor-price>
        <kontor-price sku=${whole.sku} .quantity=${whole.quantity.minQuantity + 0.5}></kontor-price>
        ${good.map((p) => html`<kontor-price sku=${p.sku} .quantity=${p.quantity.minQuantity}></kontor-price>`)}
      </div>`,
      commerce,
    );
    const [unknown, fractional, ...rest] = [...page.querySelectorAll('kontor-price')];
    await until(() => message(unknown!) && message(fractional!), 'both messages');
    expect(message(unknown!)).to.contain('Unknown SKU KT-999999');
    expect(message(fractional!)).to.contain('whole units');
    await until(() => rest.every((p) => p.shadowRoot?.querySelector('[part=net]')), 'the good prices');
    expect(requests(), 'the batch, then the good items again').to.equal(2);
  });

  it('names a ship-to surcharge in its note', async () => {
    const commerce = await testCommerce();
    const result = await commerce.adapter.search({ limit: 200 });
    // Past the SKUs with contract prices: a fixed contract price ignores the ship-to.
    const product = result.hits.map((h) => h.product).find((p) => p.sku > 'KT-100100' && !p.discontinued && !p.configurable)!;
    const element = await mount<KontorPrice>(html`<kontor-price sku=${product.sku} .quantity=${product.quantity.minQuantity}></kontor-price>`, commerce);
    const net = () => element.shadowRoot?.querySelector('[part=net]')?.textContent?.trim();
    const before = await until(net, 'the price');
    const session = commerce.$session.get().value!;
    const linz = session.accounts.flatMap((a) => a.shipTo).find((a) => a.country === 'AT' && session.accounts.find((x) => x.id === session.context!.accountId)!.shipTo.includes(a));
    expect(linz, 'the buyer’s account ships to Austria too').not.to.equal(undefined);
    await commerce.setContext({ shipToId: linz!.id });
    await until(() => net() !== before, 'the new price');
    expect(element.shadowRoot?.querySelector('[part=note]')?.textContent).to.match(/surcharge \(Region Austria\)/);
    expect(element.shadowRoot?.querySelector('[part=note]')?.textContent).to.contain('20%');
  });
});
