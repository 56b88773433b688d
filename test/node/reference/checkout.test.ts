import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CommerceError, ValidationError, nextAccepted } from '../../../src/commerce/index.js';
import { addWorkingDays } from '../../../src/reference/service/checkout-preview.js';
import type { CatalogItem } from '../../../src/reference/catalog/types.js';
import { as, createTestBackend, findItem, loginAs, muellerCheckout } from './helpers.js';

async function rejectsWith(promise: Promise<unknown>, code: string, pattern?: RegExp): Promise<CommerceError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof CommerceError, `expected a CommerceError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    if (pattern) assert.match(error.message, pattern);
    return error;
  }
  assert.fail(`expected a ${code} error`);
}

const valid = (item: CatalogItem, wanted: number): number => nextAccepted(item.quantity, wanted);
const previewInput = { billToId: 'ad-mueller-de-bill', shipToId: 'ad-mueller-de-plant1', partialDelivery: true, paymentMethod: 'invoice' as const };

// In stock in Kassel and in Linz, so a quantity above Kassel's stock splits over two warehouses.
const split = findItem((i) => !i.configurable && (i.stock[0] ?? 0) >= 20 && (i.stock[1] ?? 0) >= 20 && i.quantity.packSize === 1 && i.quantity.minQuantity <= (i.stock[0] ?? 0));
const expensive = findItem((i) => !i.configurable && i.listPriceMinor > 50_000 && i.quantity.packSize === 1);

async function buyer() {
  const setup = createTestBackend('2026-06-15T10:00:00Z');
  const token = await loginAs(setup.backend, 'einkauf@mueller.example');
  return { ...setup, token };
}

describe('checkout preview', () => {
  it('splits a line over warehouses nearest first and backorders the rest from the nearest', async () => {
    const { backend, token } = await buyer();
    const kassel = split.stock[0] ?? 0;
    await backend.addToCart(as(token), [{ sku: split.sku, quantity: kassel + 5 }]);
    const preview = await backend.previewCheckout(as(token), previewInput);
    const [line] = preview.availability;
    assert.ok(line);
    assert.equal(line.inStock, true);
    assert.deepEqual(line.sources.map((s) => [s.warehouseId, s.quantity, s.backorder]), [['wh-kassel', kassel, false], ['wh-linz', 5, false]]);
    assert.deepEqual(preview.shipments.map((s) => s.warehouseId).sort(), ['wh-kassel', 'wh-linz']);

    const total = split.stock.reduce((a, b) => a + b, 0);
    const cart = await backend.getCart(as(token));
    await backend.updateCartLine(as(token), cart.lines[0]!.id, { quantity: total + 7 });
    const short = await backend.previewCheckout(as(token), previewInput);
    const backorder = short.availability[0]!.sources.find((s) => s.backorder);
    assert.equal(short.availability[0]!.inStock, false);
    assert.equal(backorder?.quantity, 7);
    assert.equal(backorder?.warehouseId, 'wh-kassel');
    assert.equal(backorder?.leadTimeDays, 3, 'Kassel restocks in 2 working days, then one day to deliver');
    const late = short.shipments.find((s) => s.backorder);
    assert.equal(late?.expectedAt, addWorkingDays('2026-06-15', 3));

    const together = await backend.previewCheckout(as(token), { ...previewInput, partialDelivery: false });
    assert.equal(together.shipments.length, 1, 'no partial delivery: one consolidated shipment');
    assert.equal(together.shipments[0]?.expectedAt, late?.expectedAt, 'it leaves when the last part is ready');
  });

  it('serves an Austrian ship-to from Linz first and prices it with Austrian VAT', async () => {
    const { backend, token } = await buyer();
    await backend.addToCart(as(token), [{ sku: split.sku, quantity: valid(split, 2) }]);
    const preview = await backend.previewCheckout(as(token), { ...previewInput, shipToId: 'ad-mueller-de-linz' });
    assert.equal(preview.availability[0]?.sources[0]?.warehouseId, 'wh-linz');
    assert.deepEqual(preview.cart.totals.vat.map((v) => v.rate), [0.2]);
  });

  it('never ships before the requested date and reports a past date as a problem', async () => {
    const { backend, token } = await buyer();
    await backend.addToCart(as(token), [{ sku: split.sku, quantity: valid(split, 2) }]);
    const later = await backend.previewCheckout(as(token), { ...previewInput, requestedDeliveryDate: '2026-07-20' });
    assert.ok(later.shipments.every((s) => s.expectedAt === '2026-07-20'));
    const past = await backend.previewCheckout(as(token), { ...previewInput, requestedDeliveryDate: '2026-06-01' });
    assert.ok(past.problems.some((p) => p.path === 'requestedDeliveryDate'));
  });

  it('has the same totals as the order placed from it', async () => {
    const { backend, token } = await buyer();
    await backend.addToCart(as(token), [{ sku: split.sku, quantity: valid(split, 3) }]);
    const preview = await backend.previewCheckout(as(token), { ...previewInput, shipToId: 'ad-mueller-de-linz' });
    const { order } = await backend.placeOrder(as(token), { ...muellerCheckout('k-preview'), shipToId: 'ad-mueller-de-linz' });
    assert.deepEqual(order.totals, preview.cart.totals);
  });
});

describe('payment and credit', () => {
  it('refuses an order on invoice over the available credit, with the figures, and accepts it by card', async () => {
    const { backend, token } = await buyer();
    const perUnit = expensive.listPriceMinor;
    // Gross above the account's credit limit of EUR 100,000.00.
    await backend.addToCart(as(token), [{ sku: expensive.sku, quantity: valid(expensive, Math.ceil(10_000_000 / perUnit) + 1) }]);
    const preview = await backend.previewCheckout(as(token), previewInput);
    assert.equal(preview.credit.exceeded, true);
    assert.equal(preview.credit.limit.amountMinor, 10_000_000);
    assert.ok(preview.problems.some((p) => p.path === 'paymentMethod'));
    assert.deepEqual(preview.approvalReasons.map((r) => r.code), ['spending-limit'], 'the buyer’s limit of EUR 2,500 is exceeded too');
    const refusal = await rejectsWith(backend.placeOrder(as(token, 'en'), muellerCheckout('k-credit')), 'validation', /exceeds your available credit of EUR 100,000\.00/);
    assert.ok(refusal instanceof ValidationError && refusal.fields[0]?.path === 'paymentMethod');
    assert.equal((await backend.getCart(as(token))).lines.length, 1, 'a refused order leaves the cart');
    const byCard = await backend.placeOrder(as(token), { ...muellerCheckout('k-credit-card'), paymentMethod: 'card' });
    assert.equal(byCard.order.paymentMethod, 'card');
  });

  it('counts open orders on invoice against the credit', async () => {
    const { backend, token } = await buyer();
    await backend.addToCart(as(token), [{ sku: split.sku, quantity: valid(split, 2) }]);
    const { order } = await backend.placeOrder(as(token), muellerCheckout('k-open'));
    await backend.addToCart(as(token), [{ sku: split.sku, quantity: valid(split, 2) }]);
    const preview = await backend.previewCheckout(as(token), previewInput);
    assert.equal(preview.credit.used.amountMinor, order.totals.gross.amountMinor);
    assert.equal(preview.credit.available.amountMinor, 10_000_000 - order.totals.gross.amountMinor);
  });

  it('gives credit back once an order on invoice is paid', async () => {
    const { backend, token } = await buyer();
    await backend.addToCart(as(token), [{ sku: split.sku, quantity: valid(split, 2) }]);
    const { order } = await backend.placeOrder(as(token), muellerCheckout('k-paid'));
    await backend.addToCart(as(token), [{ sku: split.sku, quantity: valid(split, 2) }]);
    assert.equal((await backend.previewCheckout(as(token), previewInput)).credit.used.amountMinor, order.totals.gross.amountMinor);
    // Shipped, invoiced and paid: a quarter of a year later every order has settled.
    await backend.advanceDemoClock(24 * 120);
    assert.equal((await backend.getOrder(as(token), order.id)).status, 'paid');
    assert.equal((await backend.previewCheckout(as(token), previewInput)).credit.used.amountMinor, 0);
  });

  it('offers direct debit to euro accounts only', async () => {
    const { backend, token } = await buyer();
    await backend.setContext(as(token), { accountId: 'acc-mueller-ch' });
    await backend.addToCart(as(token), [{ sku: split.sku, quantity: valid(split, 2) }]);
    const swiss = { billToId: 'ad-mueller-ch-bill', shipToId: 'ad-mueller-ch-basel', partialDelivery: true, paymentMethod: 'invoice' as const };
    assert.deepEqual((await backend.previewCheckout(as(token), swiss)).paymentMethods, ['invoice', 'card']);
    await rejectsWith(backend.placeOrder(as(token, 'en'), { ...swiss, idempotencyKey: 'k-dd', paymentMethod: 'direct-debit' }), 'validation', /not available/);
  });
});

describe('placing exactly the reviewed cart', () => {
  it('refuses a cart that changed since it was reviewed, but replays a placed key whatever the version', async () => {
    const { backend, token } = await buyer();
    const cart = await backend.addToCart(as(token), [{ sku: split.sku, quantity: valid(split, 2) }]);
    await backend.addToCart(as(token), [{ sku: split.sku, quantity: valid(split, 1) }]);
    await rejectsWith(backend.placeOrder(as(token, 'en'), { ...muellerCheckout('k-stale'), expectedCartVersion: cart.version }), 'conflict', /changed/);
    const current = await backend.getCart(as(token));
    const first = await backend.placeOrder(as(token), { ...muellerCheckout('k-fresh'), expectedCartVersion: current.version });
    const again = await backend.placeOrder(as(token), { ...muellerCheckout('k-fresh'), expectedCartVersion: current.version });
    assert.equal(again.replayed, true);
    assert.equal(again.order.id, first.order.id);
  });
});

describe('saved carts', () => {
  it('saves, lists, shares within the company only, and only the owner changes or deletes', async () => {
    const { backend, token } = await buyer();
    await rejectsWith(backend.saveCart(as(token), { name: 'empty' }), 'validation');
    await backend.addToCart(as(token), [{ sku: split.sku, quantity: valid(split, 4), note: 'Halle 3' }]);
    await rejectsWith(backend.saveCart(as(token), { name: '   ' }), 'validation');
    const saved = await backend.saveCart(as(token), { name: ' Wartung Linie 4 ' });
    assert.equal(saved.name, 'Wartung Linie 4');
    assert.equal(saved.shared, false);
    assert.deepEqual(saved.lines.map((l) => [l.sku, l.quantity, l.note]), [[split.sku, valid(split, 4), 'Halle 3']]);
    assert.equal((await backend.getCart(as(token))).lines.length, 1, 'saving keeps the cart');

    const colleague = await loginAs(backend, 'werk2@mueller.example');
    const stranger = await loginAs(backend, 'buyer@hansen.example');
    assert.equal((await backend.listSavedCarts(as(colleague))).length, 0, 'private until shared');
    await backend.updateSavedCart(as(token), saved.id, { shared: true });
    assert.deepEqual((await backend.listSavedCarts(as(colleague))).map((s) => s.id), [saved.id]);
    assert.equal((await backend.listSavedCarts(as(stranger))).length, 0, 'never outside the company');
    await rejectsWith(backend.restoreSavedCart(as(stranger), saved.id), 'not-found');
    await rejectsWith(backend.updateSavedCart(as(colleague), saved.id, { name: 'mine now' }), 'forbidden');
    await rejectsWith(backend.deleteSavedCart(as(colleague), saved.id), 'forbidden');

    const restored = await backend.restoreSavedCart(as(colleague), saved.id);
    assert.deepEqual(restored.skipped, []);
    assert.deepEqual(restored.cart.lines.map((l) => [l.sku, l.quantity, l.note]), [[split.sku, valid(split, 4), 'Halle 3']]);
    await backend.deleteSavedCart(as(token), saved.id);
    assert.equal((await backend.listSavedCarts(as(token))).length, 0);
  });

  it('restores what can still be ordered and names what cannot', async () => {
    const { backend, store, token } = await buyer();
    await backend.addToCart(as(token), [{ sku: split.sku, quantity: valid(split, 2) }]);
    const saved = await backend.saveCart(as(token), { name: 'with a gone product' });
    // A product that left the catalog since the list was saved.
    const state = (await store.load())!;
    state.savedCarts!.byId[saved.id] = { ...state.savedCarts!.byId[saved.id]!, lines: [...state.savedCarts!.byId[saved.id]!.lines, { sku: 'KT-GONE-1', quantity: 1, note: '' }] };
    await store.save(state);
    const restored = await backend.restoreSavedCart(as(token, 'en'), saved.id);
    assert.deepEqual(restored.skipped.map((s) => s.sku), ['KT-GONE-1']);
    assert.match(restored.skipped[0]!.message, /Unknown SKU/);
    assert.equal(restored.cart.lines[0]?.quantity, valid(split, 2) * 2, 'merged into the existing line');
  });
});

describe('REST routes of the checkout preview and saved carts', () => {
  it('validate strictly and answer with the contract’s statuses', async () => {
    const { createRestApp } = await import('../../../src/reference/rest/app.js');
    const { backend, token } = await buyer();
    const app = createRestApp(backend);
    const call = (method: string, path: string, body?: unknown) =>
      app.request(path, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    await backend.addToCart(as(token), [{ sku: split.sku, quantity: valid(split, 2) }]);
    assert.equal((await call('POST', '/v1/checkout/preview', { ...previewInput, surprise: 1 })).status, 400, 'unknown fields are refused');
    assert.equal((await call('POST', '/v1/checkout/preview', { ...previewInput, paymentMethod: 'cash' })).status, 400);
    const preview = await call('POST', '/v1/checkout/preview', previewInput);
    assert.equal(preview.status, 200);
    assert.equal(((await preview.json()) as { cart: { lines: unknown[] } }).cart.lines.length, 1);
    assert.equal((await call('POST', '/v1/saved-carts', { name: 'x', owner: 'someone else' })).status, 400);
    const created = await call('POST', '/v1/saved-carts', { name: 'Monthly' });
    assert.equal(created.status, 201);
    const { id } = (await created.json()) as { id: string };
    assert.equal((await call('PATCH', `/v1/saved-carts/${id}`, {})).status, 400, 'a patch needs a field');
    assert.equal((await call('POST', `/v1/saved-carts/${id}/restore`)).status, 200);
    assert.equal((await call('DELETE', `/v1/saved-carts/${id}`)).status, 204);
    assert.equal((await call('DELETE', `/v1/saved-carts/${id}`)).status, 404);
    assert.equal((await call('POST', '/v1/orders', { ...previewInput, expectedCartVersion: -1 })).status, 400);
  });
});

describe('large carts', () => {
  it('takes thousands of lines in one call, as a quick order from a spreadsheet sends them', async () => {
    const { backend, token } = await buyer();
    const { testCatalog } = await import('./helpers.js');
    const lines = testCatalog()
      .items.filter((i) => !i.configurable && !i.discontinued)
      .map((i) => ({ sku: i.sku, quantity: nextAccepted(i.quantity, 1) }));
    assert.ok(lines.length > 1500, `the test catalog offers ${lines.length} orderable products`);
    const cart = await backend.addToCart(as(token), lines);
    assert.equal(cart.lines.length, lines.length);
    assert.equal(cart.totals.net.amountMinor, cart.lines.reduce((sum, line) => sum + line.price.lineNet.amountMinor, 0));
  });
});
