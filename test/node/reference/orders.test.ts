/**
 * The order after placement: shipments split by warehouse stock, back-orders, status
 * progression on the backend's clock, invoices and payment, the order list's filters,
 * access control, and the demo clock over REST.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CommerceError, type Order } from '../../../src/commerce/index.js';
import { createRestApp } from '../../../src/reference/rest/app.js';
import { as, createTestBackend, findItem, loginAs, muellerCheckout } from './helpers.js';

const DAY = 86_400_000;
// Little stock in all three warehouses and a low price: a line larger than the stock splits
// over the warehouses and a back-order without reaching the account's credit limit.
const sum = (stock: readonly number[]) => stock.reduce((a, b) => a + b, 0);
const drill = findItem(
  (i) => i.stock.every((s) => s > 0) && sum(i.stock) < 400 && i.listPriceMinor < 3000 && i.listPriceMinor * sum(i.stock) > 150000 && i.quantity.packSize === 1 && i.quantity.minQuantity === 1 && !i.quantity.fractional && !i.configurable,
);
const kassel = drill.stock[0] ?? 0;
const total = sum(drill.stock);

type Backend = ReturnType<typeof createTestBackend>['backend'];

/** Places an order as the head of purchasing (no spending limit, so it is confirmed at once). */
async function place(backend: Backend, quantity: number, key: string, extra: Partial<ReturnType<typeof muellerCheckout>> & { poNumber?: string } = {}): Promise<{ token: string; order: Order }> {
  const token = await loginAs(backend, 'leitung@mueller.example');
  await backend.addToCart(as(token), [{ sku: drill.sku, quantity }]);
  const { order } = await backend.placeOrder(as(token), { ...muellerCheckout(key), partialDelivery: true, ...extra });
  return { token, order };
}

describe('fulfilment over time', () => {
  it('splits a line over two warehouses and moves from confirmed to paid on the clock', async () => {
    const { backend, clock } = createTestBackend('2026-06-15T10:00:00Z'); // a Monday
    const quantity = total + 10;
    const { token, order } = await place(backend, quantity, 'split');
    assert.equal(order.status, 'confirmed');
    const quantities = order.shipments.map((s) => s.lines[0]?.quantity ?? 0);
    assert.deepEqual(quantities.slice(0, 3).sort(), [...drill.stock].sort(), 'one shipment per warehouse');
    assert.equal(quantities[3], 10, 'then the back-order');
    assert.ok(order.shipments.every((s) => s.shippedAt === null && s.trackingReference === null), 'nothing has left yet');
    const read = () => backend.getOrder(as(token), order.id);

    const first = order.shipments[0];
    const second = order.shipments.at(-1);
    assert.ok(first && second);
    clock.now = new Date(Date.parse(first.expectedAt) - DAY / 2);
    let now = await read();
    assert.equal(now.status, 'partially-shipped');
    assert.equal(now.lines[0]?.shippedQuantity, total);
    assert.equal(now.lines[0]?.backorderedQuantity, 10);
    assert.ok(now.shipments[0]?.trackingReference, 'a shipped parcel has a tracking reference');
    assert.equal(now.shipments.at(-1)?.shippedAt, null);

    clock.now = new Date(Date.parse(second.expectedAt));
    now = await read();
    assert.equal(now.status, 'shipped');
    assert.equal(now.lines[0]?.shippedQuantity, quantity);

    clock.now = new Date(clock.now.getTime() + 2 * DAY);
    now = await read();
    assert.equal(now.status, 'invoiced');
    const [invoice] = now.invoices;
    assert.equal(invoice?.status, 'open');
    assert.equal(invoice?.total.amountMinor, order.totals.gross.amountMinor);
    assert.equal(Date.parse(invoice?.dueAt ?? '') - Date.parse(invoice?.issuedAt ?? ''), 30 * DAY, 'net 30');

    clock.now = new Date(Date.parse(invoice?.dueAt ?? '') + 8 * DAY);
    now = await read();
    assert.equal(now.status, 'paid');
    assert.equal(now.invoices[0]?.status, 'paid');
  });

  it('back-orders what no warehouse has, with an expected date, and ships it later', async () => {
    const { backend, clock } = createTestBackend('2026-06-15T10:00:00Z');
    const { token, order } = await place(backend, total + 5, 'back');
    assert.equal(order.lines[0]?.backorderedQuantity, 5);
    const last = order.shipments.at(-1);
    assert.ok(last && last.lines[0]?.quantity === 5, 'the back-order ships on its own');
    assert.ok(order.shipments.slice(0, -1).every((s) => s.expectedAt < last.expectedAt), 'after the goods on hand');
    clock.now = new Date(Date.parse(last.expectedAt));
    const later = await backend.getOrder(as(token), order.id);
    assert.equal(later.lines[0]?.backorderedQuantity, 0);
    assert.equal(later.lines[0]?.shippedQuantity, total + 5);
  });

  it('ships everything at once without partial delivery', async () => {
    const { backend } = createTestBackend();
    const { order } = await place(backend, kassel + 10, 'whole', { partialDelivery: false });
    assert.equal(order.shipments.length, 1);
    assert.equal(order.shipments[0]?.lines[0]?.quantity, kassel + 10);
  });

  it('an order waiting for approval does not move; approval starts fulfilment from its decision', async () => {
    const { backend, clock } = createTestBackend('2026-06-15T10:00:00Z');
    // Tobias Wendt may order up to 500 EUR.
    const buyer = await loginAs(backend, 'werk2@mueller.example');
    await backend.addToCart(as(buyer), [{ sku: drill.sku, quantity: total }]);
    const { order } = await backend.placeOrder(as(buyer), muellerCheckout('wait'));
    assert.equal(order.status, 'pending-approval');
    clock.now = new Date('2026-07-15T10:00:00Z');
    assert.equal((await backend.getOrder(as(buyer), order.id)).status, 'pending-approval');
    const lead = await loginAs(backend, 'freigabe@mueller.example');
    await backend.decideApproval(as(lead), order.approvalId ?? '', { decision: 'approve', comment: 'fine' });
    const approved = await backend.getOrder(as(buyer), order.id);
    assert.equal(approved.status, 'confirmed');
    assert.equal(approved.approvalDecisions?.[0]?.comment, 'fine');
    assert.ok((approved.shipments[0]?.expectedAt ?? '') > '2026-07-15', 'planned from the approval, not the placement');
  });
});

describe('the order list', () => {
  it('filters by status, dates, PO number, who ordered and words', async () => {
    const { backend, clock } = createTestBackend('2026-06-01T10:00:00Z');
    const a = await place(backend, 1, 'a', { poNumber: 'PO-4711-A' });
    clock.now = new Date('2026-06-20T10:00:00Z');
    const buyer = await loginAs(backend, 'einkauf@mueller.example');
    await backend.addToCart(as(buyer), [{ sku: drill.sku, quantity: 2 }]);
    const { order: b } = await backend.placeOrder(as(buyer), { ...muellerCheckout('b'), poNumber: 'PO-0815' });
    const ids = async (query: object) => (await backend.listOrders(as(a.token), query)).map((o) => o.number);
    assert.deepEqual(await ids({}), [b.number, a.order.number]);
    assert.deepEqual(await ids({ from: '2026-06-10' }), [b.number]);
    assert.deepEqual(await ids({ to: '2026-06-10' }), [a.order.number]);
    assert.deepEqual(await ids({ poNumber: '4711' }), [a.order.number]);
    assert.deepEqual(await ids({ placedBy: 'u-mueller-buyer' }), [b.number]);
    assert.deepEqual(await ids({ search: b.number.toLowerCase() }), [b.number]);
    assert.deepEqual(await ids({ search: drill.sku }), [b.number, a.order.number]);
    assert.deepEqual(await ids({ status: 'paid' }), [a.order.number], 'by the status as of now');
    assert.deepEqual(await ids({ status: 'confirmed' }), [b.number]);
  });

  it('shows only the account’s own orders, also when the backend is called directly', async () => {
    const { backend } = createTestBackend();
    const app = createRestApp(backend);
    const { order } = await place(backend, 1, 'own');
    const hansen = await loginAs(backend, 'buyer@hansen.example');
    const get = (path: string, token: string) => app.request(path, { headers: { authorization: `Bearer ${token}` } });
    assert.equal((await get(`/v1/orders/${order.id}`, hansen)).status, 404);
    assert.deepEqual(await (await get('/v1/orders', hansen)).json(), []);
    assert.equal((await get('/v1/orders?accountId=acc-mueller-de', hansen)).status, 403);
    const werk2 = await loginAs(backend, 'werk2@mueller.example');
    assert.equal((await get('/v1/orders?accountId=acc-mueller-ch', werk2)).status, 403, 'a user without that account');
    assert.equal((await get('/v1/orders?from=yesterday', werk2)).status, 400);
    await assert.rejects(backend.listOrders(as(hansen), { accountId: 'acc-mueller-de' }), (e) => e instanceof CommerceError && e.code === 'forbidden');
  });
});

describe('invoices and credit', () => {
  it('lists the account’s invoices with due dates and the credit in use', async () => {
    const { backend, clock } = createTestBackend('2026-06-15T10:00:00Z');
    const { token, order } = await place(backend, 3, 'inv');
    let account = await backend.listInvoices(as(token));
    assert.deepEqual(account.invoices, []);
    assert.equal(account.creditUsed.amountMinor, order.totals.gross.amountMinor);
    assert.equal(account.creditAvailable.amountMinor, account.creditLimit.amountMinor - order.totals.gross.amountMinor);
    clock.now = new Date('2026-06-25T10:00:00Z');
    account = await backend.listInvoices(as(token));
    assert.equal(account.invoices.length, 1);
    assert.equal(account.invoices[0]?.orderNumber, order.number);
    assert.equal(account.openTotal.amountMinor, order.totals.gross.amountMinor);
    clock.now = new Date('2026-09-30T10:00:00Z');
    account = await backend.listInvoices(as(token));
    assert.equal(account.invoices[0]?.status, 'paid');
    assert.equal(account.creditUsed.amountMinor, 0, 'a paid order frees its credit');
  });
});

describe('the demo clock', () => {
  it('moves the backend’s time forward over REST, for every later request', async () => {
    const { backend } = createTestBackend('2026-06-15T10:00:00Z');
    const app = createRestApp(backend, { demo: true });
    const { token, order } = await place(backend, 1, 'clock');
    const move = (body: unknown) =>
      app.request('/v1/demo/clock', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    assert.equal((await move({ advanceHours: -1 })).status, 400);
    assert.equal((await move({ advanceHours: 1e9 })).status, 400);
    const reply = (await (await move({ advanceHours: 24 * 60 })).json()) as { now: string; offsetHours: number };
    assert.equal(reply.now, '2026-08-14T10:00:00.000Z');
    assert.equal(reply.offsetHours, 24 * 60);
    assert.equal((await backend.getOrder(as(token), order.id)).status, 'paid');
  });
});
