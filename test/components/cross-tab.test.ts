import { expect, html } from '@open-wc/testing';
import { createCommerce, createLocalAdapter, memoryTokenStorage, startReferenceWorker, type Commerce } from '../../src/index.js';
import '../../components/cart/cart.js';
import type { KontorCart } from '../../components/cart/cart.js';
import type { KontorMiniCart } from '../../components/mini-cart/mini-cart.js';
import { demoUser, mount, orderableProducts, until } from './helpers/storefront.js';

const database = `kontor-cross-tab-${crypto.randomUUID().slice(0, 8)}`;
const channel = `kontor-test-${crypto.randomUUID()}`;

async function thisTab(): Promise<Commerce> {
  const worker = startReferenceWorker({ catalogSize: 2000, database });
  const commerce = createCommerce(createLocalAdapter({ worker, tokenStorage: memoryTokenStorage() }), { crossTab: channel });
  await commerce.ready();
  const buyer = await demoUser('buyer');
  await commerce.login({ email: buyer.email, password: buyer.password });
  for (const line of commerce.$cart.get().value?.lines ?? []) await commerce.removeCartLine(line.id);
  return commerce;
}

/** A second document of the same origin with its own storefront, as another tab would be. */
async function otherTab(): Promise<{ commerce: Commerce; frame: HTMLIFrameElement }> {
  const buyer = await demoUser('buyer');
  const frame = document.createElement('iframe');
  frame.title = 'second tab';
  frame.src = `/test/components/fixtures/cross-tab-frame.html?${new URLSearchParams({ channel, database, email: buyer.email, password: buyer.password })}`;
  document.body.append(frame);
  const pending = await until(() => frame.contentWindow?.frameCommerce, 'the second tab', 3000);
  return { commerce: await pending, frame };
}

describe('cart across tabs', () => {
  it('a change in one tab appears in the other, both ways', async () => {
    const here = await thisTab();
    const cart = await mount<KontorCart>(html`<kontor-cart></kontor-cart>`, here);
    await expect(cart).to.be.accessible();
    const { commerce: there, frame } = await otherTab();
    const [a, b] = await orderableProducts(here, 2);

    await there.addToCart([{ sku: a!.sku, quantity: Math.max(a!.quantity.minQuantity, a!.quantity.packSize) }]);
    await until(() => here.$cart.get().value?.lines.some((l) => l.sku === a!.sku), 'the other tab’s line here');
    await until(() => cart.shadowRoot!.querySelectorAll('tbody tr').length === 1, 'the line in this tab’s cart element');

    await here.addToCart([{ sku: b!.sku, quantity: Math.max(b!.quantity.minQuantity, b!.quantity.packSize) }]);
    const miniCart = await until(() => frame.contentDocument?.querySelector<KontorMiniCart>('kontor-mini-cart'), 'the other tab’s mini cart');
    await until(() => miniCart.shadowRoot?.querySelector('.count')?.textContent?.trim() === '2', 'this tab’s line counted there');
    expect(there.$cart.get().value?.version).to.equal(here.$cart.get().value?.version);
    frame.remove();
    here.dispose();
  });
});
