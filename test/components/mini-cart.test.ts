import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/mini-cart/mini-cart.js';
import type { KontorMiniCart } from '../../components/mini-cart/mini-cart.js';
import { createCommerce } from '../../src/index.js';
import { demoUser, mount, orderableProducts, testAdapter, testCommerce, until } from './helpers/storefront.js';

describe('<kontor-mini-cart>', () => {
  it('passes an axe check, closed and open', async () => {
    const commerce = await testCommerce();
    const element = await mount<KontorMiniCart>(html`<kontor-mini-cart></kontor-mini-cart>`, commerce);
    await expect(element).to.be.accessible();
    element.shadowRoot!.querySelector<HTMLButtonElement>('.trigger')!.click();
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });

  it('counts lines as the cart changes, without changing its size', async () => {
    const commerce = await testCommerce();
    const element = await mount<KontorMiniCart>(html`<kontor-mini-cart></kontor-mini-cart>`, commerce);
    const count = () => element.shadowRoot!.querySelector('.count')!.textContent!.trim();
    expect(count()).to.equal('0');
    const width = element.getBoundingClientRect().width;
    const [a, b] = await orderableProducts(commerce, 2);
    await commerce.addToCart([
      { sku: a!.sku, quantity: Math.max(a!.quantity.minQuantity, a!.quantity.packSize) },
      { sku: b!.sku, quantity: Math.max(b!.quantity.minQuantity, b!.quantity.packSize) },
    ]);
    await until(() => count() === '2', 'two lines');
    expect(element.getBoundingClientRect().width).to.be.closeTo(width, 40);
    const net = commerce.$cart.get().value!.totals.net;
    const money = new Intl.NumberFormat('en', { style: 'currency', currency: net.currency }).format(net.amountMinor / 100);
    expect(element.shadowRoot!.querySelector('.trigger .money')!.textContent).to.equal(money, 'the badge shows the backend’s net total');
  });

  it('keeps its box from before the cart arrives to a four-figure total (no layout shift)', async () => {
    // Logged out and not yet ready: the button shows no total, as on a page's first paint.
    const commerce = createCommerce(testAdapter());
    const element = await mount<KontorMiniCart>(html`<kontor-mini-cart></kontor-mini-cart>`, commerce);
    const trigger = element.shadowRoot!.querySelector<HTMLElement>('.trigger')!;
    const before = element.getBoundingClientRect();
    expect(trigger.querySelector('.money')!.textContent).to.equal('');
    await commerce.ready();
    const user = await demoUser('buyer');
    await commerce.login({ email: user.email, password: user.password });
    const [product] = await orderableProducts(commerce, 1);
    const step = Math.max(product!.quantity.minQuantity, product!.quantity.packSize);
    const cart = await commerce.refreshCart();
    for (const line of cart?.lines ?? []) await commerce.removeCartLine(line.id);
    // Enough packs for a total of at least 1,000.00 (thousands separator and all).
    const quote = await commerce.prices.get(product!.sku, step);
    const packs = Math.ceil(100_000 / Math.max(1, quote.unitNet.amountMinor * step));
    await commerce.addToCart([{ sku: product!.sku, quantity: step * packs }]);
    await until(() => commerce.$cart.get().value?.lines.length === 1 && trigger.querySelector('.money')!.textContent !== '', 'the total');
    await element.updateComplete;
    expect(commerce.$cart.get().value!.totals.net.amountMinor).to.be.at.least(100_000);
    const after = element.getBoundingClientRect();
    expect(after.width, 'width').to.be.closeTo(before.width, 0.5);
    expect(after.height, 'height').to.be.closeTo(before.height, 0.5);
  });

  it('opens with the keyboard and closes with Escape, returning focus', async () => {
    const commerce = await testCommerce();
    const element = await mount<KontorMiniCart>(html`<kontor-mini-cart></kontor-mini-cart>`, commerce);
    const trigger = element.shadowRoot!.querySelector<HTMLButtonElement>('.trigger')!;
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(trigger.getAttribute('aria-expanded')).to.equal('true');
    expect(element.shadowRoot!.querySelector<HTMLElement>('#panel')!.hidden).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(element.shadowRoot!.activeElement).to.equal(trigger);
  });
});
