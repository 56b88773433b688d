import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { UnavailableError, withFaults } from '../../src/index.js';
import '../../components/quick-order/quick-order.js';
import type { KontorQuickOrder } from '../../components/quick-order/quick-order.js';
import { mount, orderableProducts, shadowText, testAdapter, testCommerce, until } from './helpers/storefront.js';

const accepted = (rules: { minQuantity: number; packSize: number }) => Math.max(rules.minQuantity, rules.packSize);

describe('<kontor-quick-order>', () => {
  it('passes an axe check', async () => {
    const commerce = await testCommerce();
    const element = await mount<KontorQuickOrder>(html`<kontor-quick-order></kontor-quick-order>`, commerce);
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });

  it('takes keyboard-only entry: item number, Enter, quantity, Enter moves to the next row; adds in one call', async () => {
    const commerce = await testCommerce();
    const [a, b] = await orderableProducts(commerce, 2);
    const element = await mount<KontorQuickOrder>(html`<kontor-quick-order initial-rows="1"></kontor-quick-order>`, commerce);
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLInputElement>('[data-field=code]')!.focus();
    for (const product of [a!, b!]) {
      await sendKeys({ type: product.sku });
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: String(accepted(product.quantity)) });
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
    }
    await until(() => element.store?.$summary.get().valid === 2, 'two valid lines');
    expect(element.shadowRoot!.activeElement?.getAttribute('data-field')).to.equal('code');
    expect(shadowText(element)).to.contain('2 valid, 1 to fix');
    const calls: string[] = [];
    element.addEventListener('kontor-quick-order-add', (e) => calls.push(String(e.detail.lines.length)));
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part=add]')!.click();
    const cart = await until(() => (commerce.$cart.get().value?.lines.length === 2 ? commerce.$cart.get().value : null), 'the cart');
    expect(cart!.lines.map((l) => l.sku).sort()).to.deep.equal([a!.sku, b!.sku].sort());
    expect(calls).to.deep.equal(['2']);
    expect(element.store!.$rows.get()).to.have.length(1);
  });

  it('imports a pasted list with header, explains every problem and fixes in place', async () => {
    const commerce = await testCommerce();
    const [a] = await orderableProducts(commerce, 1);
    const rules = a!.quantity;
    const bad = rules.packSize > 1 ? accepted(rules) + 1 : null;
    const element = await mount<KontorQuickOrder>(html`<kontor-quick-order initial-rows="0"></kontor-quick-order>`, commerce);
    await element.updateComplete;
    const text = ['Artikelnummer;Menge', `${a!.sku};${accepted(rules)}`, `${a!.sku};${accepted(rules)}`, 'NO-SUCH-1;5', `${a!.sku.slice(0, -1)};zehn`, ''].join('\n');
    await element.store!.importText(text);
    await until(() => element.store!.$summary.get().checking === 0 && element.store!.$summary.get().total === 4, 'checked lines');
    await element.updateComplete;
    const summary = element.store!.$summary.get();
    expect(summary).to.deep.include({ valid: 1, toFix: 3 });
    const body = shadowText(element);
    expect(body).to.contain('Also in line 1');
    expect(body).to.contain('Unknown item number');
    expect(body).to.contain('"zehn" is not a quantity');
    // Merge the duplicate in place.
    const merge = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.fix')].find((b) => b.textContent?.includes('Merge'));
    merge!.click();
    await element.updateComplete;
    expect(element.store!.$rows.get()).to.have.length(3);
    if (bad !== null) {
      element.store!.setQuantity(element.store!.$rows.get()[0]!.id, String(bad));
      await element.updateComplete;
      expect(shadowText(element)).to.contain('Sold in packs');
    }
  });

  it('shows hostile cells as text and neutralises formulas in the CSV', async () => {
    const commerce = await testCommerce();
    const element = await mount<KontorQuickOrder>(html`<kontor-quick-order initial-rows="0"></kontor-quick-order>`, commerce);
    await element.updateComplete;
    await element.store!.importText(`<img src=x onerror="window.__hacked=1">;5\n${'A'.repeat(10_000)};1\n=HYPERLINK("http://evil.example","x");2\n`);
    await until(() => element.store!.$summary.get().checking === 0, 'checked');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __hacked?: number }).__hacked).to.equal(undefined);
    expect(shadowText(element)).to.contain('Not an item number (10000 characters)');
    const csv = element.store!.toCsv(['SKU', 'Quantity']);
    expect(csv).to.contain(`'=HYPERLINK`);
  });

  it('checks 10,000 lines in one backend call', async () => {
    let lookups = 0;
    const adapter = withFaults(testAdapter(), (method) => {
      if (method === 'lookupSkus') lookups++;
      return undefined;
    });
    const commerce = await testCommerce({ adapter });
    const products = await orderableProducts(commerce, 20);
    const element = await mount<KontorQuickOrder>(html`<kontor-quick-order initial-rows="0"></kontor-quick-order>`, commerce);
    await element.updateComplete;
    const lines = Array.from({ length: 10_000 }, (_, i) => {
      const p = products[i % products.length]!;
      return i % 10 === 0 ? `MISSING-${i}\t1` : `${p.sku}\t${accepted(p.quantity) * (1 + (i % 3))}`;
    });
    await element.store!.importText(lines.join('\n'));
    await until(() => element.store!.$summary.get().checking === 0, 'all lines checked', 3000);
    const summary = element.store!.$summary.get();
    expect(summary.total).to.equal(10_000);
    expect(summary.valid + summary.toFix).to.equal(10_000);
    expect(lookups).to.equal(1);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(100);
  });

  it('reports an unreachable backend while checking and checks again on retry, keeping the lines', async () => {
    let fail = true;
    const adapter = withFaults(testAdapter(), (method) => (method === 'lookupSkus' && fail ? { failBefore: new UnavailableError('Shop offline') } : undefined));
    const commerce = await testCommerce({ adapter });
    const [a] = await orderableProducts(commerce, 1);
    const element = await mount<KontorQuickOrder>(html`<kontor-quick-order initial-rows="0"></kontor-quick-order>`, commerce);
    await element.updateComplete;
    await element.store!.importText(`${a!.sku};${accepted(a!.quantity)}`);
    const alert = await until(() => element.shadowRoot!.querySelector('[role=alert]')?.textContent, 'the alert');
    expect(alert).to.contain('could not be checked');
    fail = false;
    element.store!.retry();
    await until(() => element.store!.$summary.get().valid === 1, 'valid after retry');
  });

  it('reorders the lines of a past order', async () => {
    const commerce = await testCommerce();
    const [a] = await orderableProducts(commerce, 1);
    await commerce.addToCart([{ sku: a!.sku, quantity: accepted(a!.quantity) }]);
    const session = commerce.$session.get().value!;
    await commerce.placeOrder({ idempotencyKey: crypto.randomUUID(), billToId: session.context!.billToId, shipToId: session.context!.shipToId, partialDelivery: true, paymentMethod: 'invoice' });
    const element = await mount<KontorQuickOrder>(html`<kontor-quick-order initial-rows="0"></kontor-quick-order>`, commerce);
    await element.updateComplete;
    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('order history'))!.click();
    const load = await until(() => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('Load its lines')), 'the order picker');
    load.click();
    await until(() => element.store!.$summary.get().valid === 1, 'the reordered line');
    expect(element.store!.$rows.get()[0]!.code).to.equal(a!.sku);
  });
});
