import { expect, html } from '@open-wc/testing';
import '../../components/cart/cart.js';
import '../../components/order-history/order-history.js';
import type { KontorCart } from '../../components/cart/cart.js';
import type { KontorOrderHistory } from '../../components/order-history/order-history.js';
import { mount, testCommerce, until } from './helpers/storefront.js';

/** The cable assembly of the test catalog (2,000 SKUs). */
const CABLE = 'KT-101998';
const CHOICES = { cores: '5g', section: '4', length: 25.5, plug: 'cee32', coupler: 'none' };

describe('configured lines in the cart and the order history', () => {
  it('the cart shows the configuration and links to edit it', async function () {
    this.timeout(60_000);
    const commerce = await testCommerce();
    const cart = await commerce.addToCart([{ sku: CABLE, quantity: 2, configuration: CHOICES }]);
    const line = cart.lines[0]!;
    const element = await mount<KontorCart>(html`<kontor-cart configurator-url="configurator.html?sku={sku}&line={line}"></kontor-cart>`, commerce);
    await expect(element).to.be.accessible();
    const summary = await until(() => element.shadowRoot?.querySelector<HTMLElement>('.configuration'), 'the configuration');
    expect(summary.textContent).to.contain(line.configurationSummary!.code);
    expect(summary.textContent).to.contain('CEE');
    const edit = summary.querySelector<HTMLAnchorElement>('a.edit')!;
    expect(edit.getAttribute('href')).to.equal(`configurator.html?sku=${CABLE}&line=${encodeURIComponent(line.id)}`);
    expect(edit.getAttribute('aria-label')).to.contain(line.name);
  });

  it('the order history shows the configuration as ordered', async function () {
    this.timeout(60_000);
    const commerce = await testCommerce();
    await commerce.addToCart([{ sku: CABLE, quantity: 1, configuration: CHOICES }]);
    const context = commerce.$session.get().value?.context;
    const order = await commerce.placeOrder({ idempotencyKey: crypto.randomUUID(), billToId: context?.billToId ?? '', shipToId: context?.shipToId ?? '', partialDelivery: true, paymentMethod: 'invoice' });
    const element = await mount<KontorOrderHistory>(html`<kontor-order-history></kontor-order-history>`, commerce);
    const row = await until(() => element.shadowRoot?.querySelector<HTMLTableRowElement>(`tr.order[data-order="${order.number}"]`), 'the order row');
    row.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
    const detail = await until(() => element.shadowRoot?.querySelector<HTMLElement>('tr.detail .configuration'), 'the configuration in the detail');
    expect(detail.textContent).to.contain(order.lines[0]!.configurationSummary!.code);
    await expect(element).to.be.accessible();
  });
});
