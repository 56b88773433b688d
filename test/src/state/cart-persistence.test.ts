import { expect } from '@open-wc/testing';
import {
  UnavailableError,
  createCheckout,
  createCommerce,
  createDurableStore,
  indexedDbStore,
  memoryStore,
  withFaults,
  type Commerce,
  type CommerceAdapter,
  type KeyValueStore,
} from '../../../src/index.js';
import { demoUser, orderableProducts, testAdapter, testCommerce, until } from '../../components/helpers/storefront.js';

function failing(name: string): KeyValueStore {
  const fail = async (): Promise<never> => {
    throw new DOMException('refused', name);
  };
  return { get: fail, set: fail, delete: fail };
}

/** A storefront as a page would build it, logged in as the test buyer, on `storage`. */
async function page(adapter: CommerceAdapter, storage = createDurableStore(memoryStore())): Promise<Commerce> {
  const commerce = createCommerce(adapter, { storage });
  await commerce.ready();
  if (!commerce.$session.get().value?.user) {
    const buyer = await demoUser('buyer');
    await commerce.login({ email: buyer.email, password: buyer.password });
  }
  return commerce;
}

async function withLine(commerce: Commerce): Promise<void> {
  const [product] = await orderableProducts(commerce, 1);
  await commerce.addToCart([{ sku: product!.sku, quantity: Math.max(product!.quantity.minQuantity, product!.quantity.packSize) }]);
}

const placeInput = (commerce: Commerce) => {
  const context = commerce.$session.get().value!.context!;
  return { billToId: context.billToId, shipToId: context.shipToId, partialDelivery: true, paymentMethod: 'invoice' as const };
};

describe('device storage', () => {
  it('keeps values in IndexedDB across store instances (a reload)', async () => {
    const name = `kontor-test-${crypto.randomUUID()}`;
    await createDurableStore(indexedDbStore(name)).set('cart:u/a', { lines: [1, 2] });
    const again = createDurableStore(indexedDbStore(name));
    expect(await again.get('cart:u/a')).to.deep.equal({ lines: [1, 2] });
    expect(again.$problem.get()).to.equal(null);
  });

  it('falls back to memory and says so when storage is blocked', async () => {
    const store = createDurableStore(failing('SecurityError'));
    await store.set('k', { a: 1 });
    expect(store.$problem.get()).to.equal('blocked');
    expect(await store.get('k')).to.deep.equal({ a: 1 });
  });

  it('says so when storage is full, and clears the warning when a write succeeds again', async () => {
    let full = true;
    const backing = memoryStore();
    const primary: KeyValueStore = {
      get: (key) => backing.get(key),
      set: async (key, value) => {
        if (full) throw new DOMException('quota', 'QuotaExceededError');
        await backing.set(key, value);
      },
      delete: (key) => backing.delete(key),
    };
    const store = createDurableStore(primary);
    await store.set('k', 1);
    expect(store.$problem.get()).to.equal('full');
    expect(await store.get('k')).to.equal(1);
    full = false;
    await store.set('k', 2);
    expect(store.$problem.get()).to.equal(null);
    expect(await backing.get('k')).to.equal(2);
  });

  it('keeps the checkout form across a reload', async () => {
    const storage = createDurableStore(memoryStore());
    const adapter = testAdapter();
    const first = createCheckout(await page(adapter, storage));
    const stop = first.$draft.listen(() => undefined);
    first.updateDraft({ poNumber: 'PO-77', comment: 'Please call before delivery' });
    stop();
    const second = createCheckout(await page(adapter, storage));
    second.$draft.listen(() => undefined);
    await until(() => second.$draft.get().poNumber === 'PO-77', 'the restored draft');
    expect(second.$draft.get().comment).to.equal('Please call before delivery');
  });
});

describe('order attempts across a crash', () => {
  it('finds the order when the page died after the backend committed', async () => {
    const storage = createDurableStore(memoryStore());
    const base = testAdapter();
    // The first page dies while waiting for the reply: the request reached the backend.
    const dying = withFaults(base, (method) => (method === 'placeOrder' ? { transform: () => new Promise(() => undefined) } : undefined));
    const before = await page(dying, storage);
    await withLine(before);
    const count = (await base.listOrders({ limit: 200 })).length;
    void createCheckout(before).place(placeInput(before));
    while ((await base.listOrders({ limit: 200 })).length === count) await new Promise((resolve) => setTimeout(resolve, 10));

    const after = await page(base, storage);
    const checkout = createCheckout(after);
    checkout.$draft.listen(() => undefined);
    await until(() => checkout.$attempt.get().status === 'placed', 'the recovered order');
    expect(checkout.$attempt.get().interrupted).to.equal(true);
    expect((await base.listOrders({ limit: 200 })).length).to.equal(count + 1);
  });

  it('sends the order once when the page died before the request left (the device cannot tell it never left)', async () => {
    const storage = createDurableStore(memoryStore());
    const base = testAdapter();
    const neverSent = withFaults(base, (method) => (method === 'placeOrder' ? { delayMs: 60_000 } : undefined));
    const before = await page(neverSent, storage);
    for (const line of before.$cart.get().value?.lines ?? []) await before.removeCartLine(line.id);
    await withLine(before);
    const count = (await base.listOrders({ limit: 200 })).length;
    const dying = createCheckout(before);
    void dying.place(placeInput(before));
    await until(() => dying.$attempt.get().status === 'placing', 'the attempt under way');
    await new Promise((resolve) => setTimeout(resolve));

    const after = await page(base, storage);
    const checkout = createCheckout(after);
    checkout.$draft.listen(() => undefined);
    // The kept key goes out again: the buyer asked for this order, and it is made once.
    await until(() => checkout.$attempt.get().status === 'placed', 'the settled attempt');
    expect(checkout.$attempt.get().interrupted).to.equal(true);
    expect((await base.listOrders({ limit: 200 })).length).to.equal(count + 1);
  });

  it('a second click while the outcome is unknown never makes a second order', async () => {
    let down = false;
    const adapter = withFaults(testAdapter(), () => (down ? { failBefore: new UnavailableError('offline') } : undefined));
    const commerce = await testCommerce({ adapter });
    await withLine(commerce);
    const count = (await commerce.adapter.listOrders({ limit: 200 })).length;
    const checkout = createCheckout(commerce);
    down = true;
    const first = checkout.place(placeInput(commerce));
    await until(() => checkout.$attempt.get().status === 'checking', 'the open outcome');
    expect(checkout.$attempt.get().outcome).to.equal(null);
    const second = checkout.place(placeInput(commerce));
    down = false;
    checkout.check();
    const [a, b] = await Promise.all([first, second]);
    expect(b.id).to.equal(a.id);
    expect((await commerce.adapter.listOrders({ limit: 200 })).length).to.equal(count + 1);
  });
});
