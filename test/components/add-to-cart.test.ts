import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/add-to-cart/add-to-cart.js';
import type { KontorAddToCart } from '../../components/add-to-cart/add-to-cart.js';
import { mount, orderableProducts, shadowText, testCommerce, until } from './helpers/storefront.js';

describe('<kontor-add-to-cart>', () => {
  it('passes an axe check', async () => {
    const commerce = await testCommerce();
    const [product] = await orderableProducts(commerce);
    const element = await mount<KontorAddToCart>(html`<kontor-add-to-cart sku=${product!.sku} name=${product!.name} .rules=${product!.quantity}></kontor-add-to-cart>`, commerce);
    await expect(element).to.be.accessible();
  });

  it('adds with the keyboard: type a quantity, press Enter', async () => {
    const commerce = await testCommerce();
    const [product] = await orderableProducts(commerce);
    const rules = product!.quantity;
    const quantity = Math.max(rules.minQuantity, rules.packSize) * 2;
    const element = await mount<KontorAddToCart>(html`<kontor-add-to-cart sku=${product!.sku} .rules=${rules}></kontor-add-to-cart>`, commerce);
    const changes: number[] = [];
    element.addEventListener('kontor-cart-change', (event) => changes.push(event.detail.cart.lines.length));
    const input = element.shadowRoot!.querySelector('input')!;
    input.focus();
    input.select();
    await sendKeys({ type: String(quantity) });
    await sendKeys({ press: 'Enter' });
    const line = await until(() => commerce.$cart.get().value?.lines.find((l) => l.sku === product!.sku), 'the cart line');
    expect(line.quantity).to.equal(quantity);
    expect(changes).to.deep.equal([1]);
    await until(() => shadowText(element).includes('added to the cart'), 'the confirmation');
  });

  it('explains a quantity below the pack or minimum and offers the fix', async () => {
    const commerce = await testCommerce();
    const [product] = await orderableProducts(commerce);
    const rules = { ...product!.quantity, minQuantity: 10, packSize: 5 };
    const element = await mount<KontorAddToCart>(html`<kontor-add-to-cart sku=${product!.sku} .rules=${rules}></kontor-add-to-cart>`, commerce);
    const input = element.shadowRoot!.querySelector('input')!;
    input.value = '12';
    input.dispatchEvent(new Event('input'));
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role=alert]')?.textContent).to.contain('15');
    element.shadowRoot!.querySelector<HTMLButtonElement>('.fix')!.click();
    await element.updateComplete;
    expect(input.value).to.equal('15');
    expect(commerce.$cart.get().value?.lines ?? []).to.have.length(0);
  });

  it('does nothing when the kontor-add-to-cart intent is cancelled', async () => {
    const commerce = await testCommerce();
    const [product] = await orderableProducts(commerce);
    const element = await mount<KontorAddToCart>(html`<kontor-add-to-cart sku=${product!.sku} .rules=${product!.quantity}></kontor-add-to-cart>`, commerce);
    element.addEventListener('kontor-add-to-cart', (event) => event.preventDefault());
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await commerce.adapter.getCart()).lines).to.have.length(0);
  });

  it('tells a logged-out visitor to log in and keeps the quantity typed', async () => {
    const commerce = await testCommerce({ loggedIn: false });
    const [product] = await orderableProducts(commerce);
    const element = await mount<KontorAddToCart>(html`<kontor-add-to-cart sku=${product!.sku} .rules=${product!.quantity}></kontor-add-to-cart>`, commerce);
    const input = element.shadowRoot!.querySelector('input')!;
    const typed = String(Math.max(product!.quantity.minQuantity, product!.quantity.packSize) * 3);
    input.value = typed;
    input.dispatchEvent(new Event('input'));
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const alert = await until(() => element.shadowRoot!.querySelector('[role=alert]')?.textContent?.trim(), 'the message');
    expect(alert.toLowerCase()).to.contain('log in');
    expect(input.value).to.equal(typed);
  });

  it('forgets the typed quantity and the message when it is given another product', async () => {
    const commerce = await testCommerce();
    const [first, second] = await orderableProducts(commerce);
    const rules = { ...first!.quantity, minQuantity: 10, packSize: 5 };
    const element = await mount<KontorAddToCart>(html`<kontor-add-to-cart sku=${first!.sku} .rules=${rules}></kontor-add-to-cart>`, commerce);
    const input = element.shadowRoot!.querySelector('input')!;
    input.value = '12';
    input.dispatchEvent(new Event('input'));
    element.shadowRoot!.querySelector('form')!.requestSubmit();
    await until(() => element.shadowRoot!.querySelector('[role=alert]'), 'the quantity message');
    // A listing shows new results in the same element.
    element.rules = second!.quantity;
    element.sku = second!.sku;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('[role=alert]').length).to.equal(0);
    expect(element.shadowRoot!.querySelector('input')!.value).to.equal(String(Math.max(second!.quantity.minQuantity, second!.quantity.packSize)));
  });
});
