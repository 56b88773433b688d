import { expect, html } from '@open-wc/testing';
import { UnavailableError, withFaults } from '../../src/index.js';
import '../../components/cart/cart.js';
import type { KontorCart } from '../../components/cart/cart.js';
import { mount, orderableProducts, shadowText, testAdapter, testCommerce, until } from './helpers/storefront.js';

async function filledCart(options: Parameters<typeof testCommerce>[0] = {}) {
  const commerce = await testCommerce(options);
  const products = await orderableProducts(commerce, 2);
  await commerce.addToCart(products.map((p) => ({ sku: p.sku, quantity: Math.max(p.quantity.minQuantity, p.quantity.packSize) })));
  return { commerce, products };
}

function submit(element: KontorCart): void {
  element.shadowRoot!.querySelector<HTMLButtonElement>('form.checkout button[type=submit]')!.click();
}

describe('<kontor-cart>', () => {
  it('passes an axe check with lines and the checkout form', async () => {
    const { commerce } = await filledCart();
    const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
    await until(() => element.shadowRoot?.querySelector('form.checkout'), 'the checkout form');
    await expect(element).to.be.accessible();
  });

  it('shows the backend’s totals exactly', async () => {
    const { commerce } = await filledCart();
    const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
    await until(() => element.shadowRoot?.querySelector('.totals'), 'the totals');
    const cart = commerce.$cart.get().value!;
    const format = (minor: number) => new Intl.NumberFormat('en', { style: 'currency', currency: cart.totals.net.currency }).format(minor / 100);
    const totals = element.shadowRoot!.querySelector('.totals')!.textContent!;
    expect(totals).to.contain(format(cart.totals.net.amountMinor)).and.contain(format(cart.totals.gross.amountMinor));
    for (const vat of cart.totals.vat) expect(totals).to.contain(format(vat.amount.amountMinor));
  });

  it('changes a quantity and removes a line', async () => {
    const { commerce, products } = await filledCart();
    const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
    const input = await until(() => element.shadowRoot?.querySelector<HTMLInputElement>('input.qty'), 'a quantity field');
    const first = commerce.$cart.get().value!.lines[0]!;
    input.value = String(first.quantity * 2);
    input.dispatchEvent(new Event('change'));
    await until(() => commerce.$cart.get().value?.lines[0]?.quantity === first.quantity * 2, 'the new quantity');
    element.shadowRoot!.querySelector<HTMLButtonElement>('tbody button')!.click();
    await until(() => commerce.$cart.get().value?.lines.length === products.length - 1, 'one line less');
  });

  it('places exactly one order on a double click and confirms it', async () => {
    const { commerce } = await filledCart();
    const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
    await until(() => element.shadowRoot?.querySelector('form.checkout'), 'the checkout form');
    const before = (await commerce.adapter.listOrders({ limit: 200 })).length;
    submit(element);
    submit(element);
    await until(() => shadowText(element).includes('received'), 'the confirmation');
    const after = await commerce.adapter.listOrders({ limit: 200 });
    expect(after.length).to.equal(before + 1);
    expect(shadowText(element)).to.contain(after[0]!.number);
  });

  it('keeps the cart when the reply is lost after the order was made, and the retry returns that order', async () => {
    let loseReply = true;
    const adapter = withFaults(testAdapter(), (method) =>
      method === 'placeOrder' && loseReply ? { failAfter: new UnavailableError('Connection lost') } : undefined,
    );
    const { commerce } = await filledCart({ adapter });
    const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
    await until(() => element.shadowRoot?.querySelector('form.checkout'), 'the checkout form');
    const before = (await commerce.adapter.listOrders({ limit: 200 })).length;
    submit(element);
    await until(() => shadowText(element).includes('safely try again'), 'the retry message');
    loseReply = false;
    submit(element);
    await until(() => shadowText(element).includes('received'), 'the confirmation');
    expect((await commerce.adapter.listOrders({ limit: 200 })).length).to.equal(before + 1);
  });

  it('asks a logged-out visitor to log in', async () => {
    const commerce = await testCommerce({ loggedIn: false });
    const element = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, commerce);
    await until(() => shadowText(element).includes('Log in'), 'the login hint');
    await expect(element).to.be.accessible();
  });
});
