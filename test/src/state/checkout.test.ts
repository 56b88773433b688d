import { expect } from '@open-wc/testing';
import { ConflictError, UnavailableError, ValidationError, createCheckout, withFaults, type Order } from '../../../src/index.js';
import { orderableProducts, testAdapter, testCommerce, until } from '../../components/helpers/storefront.js';
import { counting } from '../helpers/counting-adapter.js';

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
    const seen: string[] = [];
    // The failure lasts until the store's first back-off pause.
    const checkout = createCheckout(commerce, { pause: async () => void (fail = false) });
    checkout.$attempt.listen((attempt) => seen.push(attempt.status));
    const input = { billToId: context.billToId, shipToId: context.shipToId, partialDelivery: true, paymentMethod: 'invoice' as const };
    const order = await checkout.place(input);
    expect(seen.filter((status, i) => status !== seen[i - 1]), 'the open outcome is checked, never reported as a failure').to.deep.equal(['placing', 'checking', 'placed']);
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

/** A connection the test switches by hand, as the browser's online and offline events would. */
function fakeConnection(initiallyOnline: boolean) {
  let online = initiallyOnline;
  let waiters: (() => void)[] = [];
  return {
    online: () => online,
    whenOnline: () => (online ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    set(value: boolean) {
      online = value;
      if (!value) return;
      const ready = waiters;
      waiters = [];
      for (const resolve of ready) resolve();
    },
  };
}

describe('checkout store: orders placed offline', () => {
  async function setUp(rule: Parameters<typeof withFaults>[1], online = false) {
    const keys: string[] = [];
    const connection = fakeConnection(online);
    // The network as the backend sees it; follows the connection unless a test sets it.
    const network = { up: false };
    // Offline, an order request fails as fetch does. The rule's third argument counts the
    // placeOrder calls made online (1, 2, …).
    let onlineCalls = 0;
    const adapter = withFaults(testAdapter(), (method, args) => {
      if (method !== 'placeOrder') return rule(method, args, 0);
      keys.push((args[0] as { idempotencyKey: string }).idempotencyKey);
      if (!network.up && !connection.online()) return { failBefore: new UnavailableError('The shop service cannot be reached right now.') };
      return rule(method, args, ++onlineCalls);
    });
    const commerce = await testCommerce({ adapter });
    const [product] = await orderableProducts(commerce, 1);
    await commerce.addToCart([{ sku: product!.sku, quantity: Math.max(product!.quantity.minQuantity, product!.quantity.packSize) }]);
    const context = commerce.$session.get().value!.context!;
    const pauses: number[] = [];
    const checkout = createCheckout(commerce, { connectivity: connection, pause: async (ms) => void pauses.push(ms) });
    const input = { billToId: context.billToId, shipToId: context.shipToId, partialDelivery: true, paymentMethod: 'invoice' as const };
    return { commerce, checkout, connection, network, keys, pauses, input };
  }

  const ordersOf = async (commerce: Awaited<ReturnType<typeof testCommerce>>) => (await commerce.adapter.listOrders({})).length;

  it('keeps the order while offline and sends it once when the connection is back', async () => {
    const { commerce, checkout, connection, keys, input } = await setUp(() => undefined);
    const before = await ordersOf(commerce);
    const placing = checkout.place(input);
    await until(() => checkout.$attempt.get().status === 'queued', 'the queued order');
    expect(keys).to.have.length(1);
    expect(checkout.$attempt.get().error).to.equal(null);
    connection.set(true);
    const order = await placing;
    expect(keys).to.have.length(2);
    expect(checkout.$attempt.get()).to.include({ status: 'placed', interrupted: false });
    expect(await ordersOf(commerce)).to.equal(before + 1);
    expect((await commerce.adapter.getOrder(order.id)).id).to.equal(order.id);
  });

  it('replays with the same key after a lost reply, and the backend holds one order', async () => {
    const { commerce, checkout, connection, keys, pauses, input } = await setUp((method, _args, call) =>
      method === 'placeOrder' && call === 1 ? { failAfter: new UnavailableError('The shop service cannot be reached right now.') } : undefined,
    );
    const before = await ordersOf(commerce);
    const placing = checkout.place(input);
    await until(() => checkout.$attempt.get().status === 'queued', 'the queued order');
    connection.set(true);
    await placing;
    expect(keys).to.have.length(3);
    expect(new Set(keys).size).to.equal(1);
    expect(pauses).to.deep.equal([1000]);
    expect(checkout.$attempt.get()).to.include({ status: 'placed', interrupted: true });
    expect(await ordersOf(commerce)).to.equal(before + 1);
  });

  it('backs off on 5xx and 429, honouring Retry-After', async () => {
    const { checkout, connection, keys, pauses, input } = await setUp((method, _args, call) => {
      if (method !== 'placeOrder') return undefined;
      if (call === 1) return { failBefore: new UnavailableError('The shop service answered with status 502.') };
      if (call === 2) return { failBefore: new UnavailableError('The shop service answered with status 503.') };
      if (call === 3) return { failBefore: new UnavailableError('Too many requests.', 7) };
      return undefined;
    });
    const placing = checkout.place(input);
    await until(() => checkout.$attempt.get().status === 'queued', 'the queued order');
    const seen = new Set<string>();
    checkout.$attempt.subscribe((attempt) => seen.add(`${attempt.status}:${attempt.error?.message ?? ''}`));
    connection.set(true);
    await placing;
    expect(keys).to.have.length(5);
    expect(new Set(keys).size).to.equal(1);
    expect(pauses).to.deep.equal([1000, 2000, 7000]);
    expect(seen.has('checking:The shop service answered with status 503.'), 'a 5xx leaves the outcome open').to.equal(true);
  });

  it('shows a refusal (4xx) and does not retry it', async () => {
    const { commerce, checkout, connection, keys, input } = await setUp((method) =>
      method === 'placeOrder' ? { failBefore: new ValidationError('PO number is required', [{ path: 'poNumber', message: 'required' }]) } : undefined,
    );
    const placing = checkout.place(input);
    await until(() => checkout.$attempt.get().status === 'queued', 'the queued order');
    connection.set(true);
    const error = await placing.then(() => null, (e: unknown) => e);
    expect(error).to.be.instanceOf(ValidationError);
    expect(keys).to.have.length(2);
    expect(checkout.$attempt.get()).to.include({ status: 'failed', outcome: 'none' });
    expect((await commerce.refreshCart())?.lines.length).to.equal(1);
  });

  it('picks a queued order up again after a reload', async () => {
    const { commerce, checkout, network, keys, input } = await setUp(() => undefined);
    void checkout.place(input).catch(() => undefined);
    await until(() => checkout.$attempt.get().status === 'queued', 'the queued order');
    // A new page: a fresh store on the same device storage, now online (the old store
    // never hears of it, as a page gone with the reload would not).
    network.up = true;
    const connection = fakeConnection(true);
    const reloaded = createCheckout(commerce, { connectivity: connection, pause: async () => undefined });
    await reloaded.recover();
    expect(reloaded.$attempt.get().status).to.equal('placed');
    expect(keys).to.have.length(2);
  });
});



describe('checkout store: a timed-out order request', () => {
  // The first order request times out before it even reaches the backend, which commits it
  // later: the buyer must never hear "no order" and the backend must end with one order.
  for (const lands of ['before the re-send', 'after the re-send'] as const) {
    it(`checks with the same key until it knows, when the late request lands ${lands}`, async () => {
      const base = counting(testAdapter());
      const keys: string[] = [];
      const adapter = withFaults(base.adapter, (method, args) => {
        if (method !== 'placeOrder') return undefined;
        keys.push((args[0] as { idempotencyKey: string }).idempotencyKey);
        return keys.length === 1 ? { timeoutMs: 1, lateByMs: 400 } : undefined;
      });
      const commerce = await testCommerce({ adapter });
      const [product] = await orderableProducts(commerce, 1);
      await commerce.addToCart([{ sku: product!.sku, quantity: Math.max(product!.quantity.minQuantity, product!.quantity.packSize) }]);
      const context = commerce.$session.get().value!.context!;
      const before = (await commerce.adapter.listOrders({ limit: 200 })).length;
      const pause = lands === 'before the re-send' ? () => until(() => base.running() === 0, 'the late request to land').then(() => undefined) : async () => undefined;
      const checkout = createCheckout(commerce, { pause });
      const seen: string[] = [];
      const input = { billToId: context.billToId, shipToId: context.shipToId, partialDelivery: true, paymentMethod: 'invoice' as const };
      let again: Promise<Order> | null = null;
      checkout.$attempt.listen((attempt) => {
        seen.push(`${attempt.status}:${attempt.outcome ?? ''}`);
        // The buyer clicks again while the store checks: the same attempt, no second order.
        if (attempt.status === 'checking') again ??= checkout.place(input);
      });
      const order = await checkout.place(input);
      expect(again, `the outcome was checked: ${seen.join(', ')}`).not.to.equal(null);
      const second = await again!;
      await until(() => base.running() === 0, 'every request to land');
      expect(second.id).to.equal(order.id);
      expect(seen.some((s) => s.startsWith('failed')), `never reported as failed: ${seen.join(', ')}`).to.equal(false);
      expect(checkout.$attempt.get()).to.include({ status: 'placed', interrupted: true });
      expect(new Set(keys).size, 'one key for every request').to.equal(1);
      const orders = await commerce.adapter.listOrders({ limit: 200 });
      expect(orders.length, 'the backend holds exactly one new order').to.equal(before + 1);
      expect(orders.some((o) => o.id === order.id)).to.equal(true);
    });
  }
});
