import { expect } from '@open-wc/testing';
import { ConflictError, UnavailableError, ValidationError, createCheckout, withFaults } from '../../../src/index.js';
import { orderableProducts, testAdapter, testCommerce } from '../../components/helpers/storefront.js';

describe('checkout store', () => {
  it('re-sends the same idempotency key after a retryable failure, and a new one after success', async () => {
    const keys: string[] = [];
    let fail = true;
    const adapter = withFaults(testAdapter(), (method, args) => {
      if (method !== 'placeOrder') return undefined;
      keys.push((args[0] as { idempotencyKey: string }).idempotencyKey);
      return fail ? { failBefore: new UnavailableError('offline') } : undefined;
    });
    const commerce = await testCommerce({ adapter });
    const [product] = await orderableProducts(commerce, 1);
    const quantity = Math.max(product!.quantity.minQuantity, product!.quantity.packSize);
    await commerce.addToCart([{ sku: product!.sku, quantity }]);
    const context = commerce.$session.get().value!.context!;
    const checkout = createCheckout(commerce);
    const input = { billToId: context.billToId, shipToId: context.shipToId, partialDelivery: true, paymentMethod: 'invoice' as const };
    await checkout.place(input).catch(() => undefined);
    expect(checkout.$attempt.get().status).to.equal('failed');
    fail = false;
    const order = await checkout.place(input);
    expect(keys[0]).to.equal(keys[1]);
    await commerce.addToCart([{ sku: product!.sku, quantity }]);
    const second = await checkout.place(input);
    expect(keys[2]).not.to.equal(keys[1]);
    expect(second.id).not.to.equal(order.id);
  });

  it('uses a new key after a refusal that made nothing', async () => {
    const keys: string[] = [];
    let refusal: Error | null = new ValidationError('PO number is required', [{ path: 'poNumber', message: 'required' }]);
    const adapter = withFaults(testAdapter(), (method, args) => {
      if (method !== 'placeOrder') return undefined;
      keys.push((args[0] as { idempotencyKey: string }).idempotencyKey);
      return refusal ? { failBefore: refusal } : undefined;
    });
    const commerce = await testCommerce({ adapter });
    const context = commerce.$session.get().value!.context!;
    const checkout = createCheckout(commerce);
    const input = { billToId: context.billToId, shipToId: context.shipToId, partialDelivery: true, paymentMethod: 'invoice' as const };
    await checkout.place(input).catch(() => undefined);
    refusal = new ConflictError('changed');
    await checkout.place(input).catch(() => undefined);
    expect(keys).to.have.length(2);
    expect(keys[0]).not.to.equal(keys[1]);
  });
});
