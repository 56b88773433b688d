import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CommerceError } from '../../../src/commerce/index.js';
import { as, createTestBackend, findItem, loginAs, muellerCheckout } from './helpers.js';

/** Asserts that a promise rejects with a contract error of the given code. */
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

const drill = findItem((i) => i.family.categoryId === 'power-tools');
const bolt = findItem((i) => i.family.categoryId === 'bolts');

describe('sessions', () => {
  it('logs in, answers in the request’s language or else the session’s, switches context and logs out', async () => {
    const { backend } = createTestBackend();
    await rejectsWith(backend.login(as(null), { email: 'einkauf@mueller.example', password: 'wrong' }), 'unauthorized');
    const reply = await backend.login(as(null, 'en-GB,en;q=0.9'), { email: 'EINKAUF@mueller.example', password: 'demo' });
    assert.equal(reply.session.user?.email, 'einkauf@mueller.example');
    assert.equal(reply.session.context?.locale, 'en');
    assert.equal(reply.session.accounts.length, 3);
    assert.ok(!('password' in (reply.session.user ?? {})));
    const token = reply.token;
    assert.equal((await backend.getProduct(as(token), bolt.sku)).name, bolt.name.en, 'no Accept-Language: the session’s locale');
    assert.equal((await backend.getProduct(as(token, 'de'), bolt.sku)).name, bolt.name.de, 'the page’s language wins');
    const swiss = await backend.setContext(as(token), { accountId: 'acc-mueller-ch', locale: 'de' });
    assert.equal(swiss.context?.shipToId, 'ad-mueller-ch-basel');
    const [quote] = await backend.getPrices(as(token), [{ sku: bolt.sku, quantity: bolt.quantity.minQuantity }]);
    assert.equal(quote?.unitNet.currency, 'CHF');
    assert.equal(quote?.vatRate, 0.081);
    await rejectsWith(backend.setContext(as(token), { accountId: 'acc-hansen-de' }), 'validation');
    await rejectsWith(backend.setContext(as(token), { shipToId: 'ad-hansen-de-hh' }), 'validation');
    assert.equal((await backend.logout(as(token))).user, null);
    assert.equal((await backend.getSession(as(token))).user, null);
    await rejectsWith(backend.getCart(as(token)), 'unauthorized');
  });

  it('serves anonymous callers list prices and refuses them cart and orders', async () => {
    const { backend } = createTestBackend();
    const [quote] = await backend.getPrices(as(null), [{ sku: bolt.sku, quantity: bolt.quantity.minQuantity }]);
    assert.equal(quote?.unitNet.amountMinor, bolt.listPriceMinor);
    await rejectsWith(backend.getCart(as(null)), 'unauthorized');
    await rejectsWith(backend.addToCart(as(null), [{ sku: bolt.sku, quantity: bolt.quantity.minQuantity }]), 'unauthorized');
    await rejectsWith(backend.listOrders(as(null)), 'unauthorized');
    await rejectsWith(backend.listApprovals(as(null)), 'unauthorized');
  });
});

describe('cart', () => {
  it('merges lines of the same SKU and validates quantities per field', async () => {
    const { backend } = createTestBackend();
    const token = await loginAs(backend, 'einkauf@mueller.example');
    const pack = bolt.quantity.packSize;
    await backend.addToCart(as(token), [{ sku: bolt.sku, quantity: pack }]);
    const cart = await backend.addToCart(as(token), [{ sku: bolt.sku, quantity: pack, note: 'Halle 3' }]);
    assert.equal(cart.lines.length, 1);
    assert.equal(cart.lines[0]?.quantity, 2 * pack);
    assert.equal(cart.lines[0]?.note, 'Halle 3');
    assert.equal(cart.version, 2);
    const error = await rejectsWith(
      backend.addToCart(as(token), [
        { sku: 'KT-999999', quantity: 1 },
        { sku: bolt.sku, quantity: pack + 1 },
      ]),
      'validation',
    );
    const fields = (error as CommerceError & { fields: { path: string; message: string }[] }).fields;
    assert.deepEqual(fields.map((f) => f.path), ['lines.0.sku', 'lines.1.quantity']);
    assert.match(fields[0]?.message ?? '', /KT-999999/);
    assert.equal((await backend.getCart(as(token))).lines[0]?.quantity, 2 * pack, 'a failed add changes nothing');
    const line = cart.lines[0];
    assert.ok(line);
    assert.equal((await backend.updateCartLine(as(token), line.id, { quantity: 3 * pack })).lines[0]?.quantity, 3 * pack);
    await rejectsWith(backend.updateCartLine(as(token), 'line-404', { quantity: 1 }), 'not-found');
    assert.equal((await backend.removeCartLine(as(token), line.id)).lines.length, 0);
  });

  it('accepts fractional metres of cable only in whole packs', async () => {
    const { backend } = createTestBackend();
    const token = await loginAs(backend, 'buyer@hansen.example');
    const cable = findItem((i) => i.quantity.fractional);
    await backend.addToCart(as(token), [{ sku: cable.sku, quantity: 12.5 }]);
    const error = await rejectsWith(backend.addToCart(as(token), [{ sku: cable.sku, quantity: 0.3 }]), 'validation');
    const fields = (error as CommerceError & { fields: { path: string; message: string }[] }).fields;
    assert.match(fields[0]?.message ?? '', /Verpackungseinheiten/);
  });
});

describe('orders', () => {
  it('places an order once per idempotency key and clears the cart', async () => {
    const { backend, store } = createTestBackend();
    const token = await loginAs(backend, 'einkauf@mueller.example');
    await rejectsWith(backend.placeOrder(as(token), muellerCheckout('empty')), 'validation');
    await backend.addToCart(as(token), [{ sku: bolt.sku, quantity: bolt.quantity.packSize }]);
    const first = await backend.placeOrder(as(token), muellerCheckout('key-1'));
    assert.equal(first.replayed, false);
    assert.equal(first.order.status, 'confirmed');
    assert.equal((await backend.getCart(as(token))).lines.length, 0);
    const again = await backend.placeOrder(as(token), muellerCheckout('key-1'));
    assert.equal(again.replayed, true);
    assert.deepEqual(again.order, first.order);
    assert.equal(Object.keys((await store.load())?.orders ?? {}).length, 1);
    const list = await backend.listOrders(as(token));
    assert.deepEqual(list.map((o) => o.id), [first.order.id]);
    assert.equal(first.order.totals.net.amountMinor, first.order.lines[0]?.price.lineNet.amountMinor);
  });

  it('rejects addresses and cost centers of other accounts', async () => {
    const { backend } = createTestBackend();
    const token = await loginAs(backend, 'einkauf@mueller.example');
    await backend.addToCart(as(token), [{ sku: bolt.sku, quantity: bolt.quantity.packSize }]);
    const error = await rejectsWith(
      backend.placeOrder(as(token), { ...muellerCheckout('k'), shipToId: 'ad-hansen-de-hh', costCenterId: 'cc-hansen-projects' }),
      'validation',
    );
    assert.deepEqual((error as CommerceError & { fields: { path: string }[] }).fields.map((f) => f.path), ['shipToId', 'costCenterId']);
  });
});

describe('authorization between companies', () => {
  it('never shows one company the orders, carts or approvals of another', async () => {
    const { backend } = createTestBackend();
    const mueller = await loginAs(backend, 'einkauf@mueller.example');
    const hansen = await loginAs(backend, 'approver@hansen.example');
    await backend.addToCart(as(mueller), [{ sku: drill.sku, quantity: 40 }]);
    const { order } = await backend.placeOrder(as(mueller), muellerCheckout('big'));
    assert.equal(order.status, 'pending-approval');
    await rejectsWith(backend.getOrder(as(hansen), order.id), 'not-found');
    assert.deepEqual(await backend.listOrders(as(hansen)), []);
    assert.deepEqual(await backend.listApprovals(as(hansen)), []);
    await rejectsWith(backend.decideApproval(as(hansen), order.approvalId ?? '', { decision: 'approve' }), 'not-found');
    assert.equal((await backend.getCart(as(hansen))).lines.length, 0);
    // A buyer of the same company without that account cannot read it either.
    await backend.setContext(as(mueller), { accountId: 'acc-mueller-at' });
    assert.deepEqual(await backend.listOrders(as(mueller)), []);
    const werk2 = await loginAs(backend, 'werk2@mueller.example');
    assert.equal((await backend.getOrder(as(werk2), order.id)).id, order.id);
  });
});

describe('approvals', () => {
  it('routes orders over the spending limit to approvers, with the reason in words', async () => {
    const { backend } = createTestBackend();
    const buyer = await loginAs(backend, 'einkauf@mueller.example');
    await backend.setContext(as(buyer), { locale: 'en' });
    await backend.addToCart(as(buyer), [{ sku: drill.sku, quantity: 40 }]);
    const { order } = await backend.placeOrder(as(buyer), muellerCheckout('over'));
    assert.equal(order.status, 'pending-approval');
    const [request] = await backend.listApprovals(as(buyer));
    assert.ok(request);
    const excess = order.totals.net.amountMinor - 250000;
    assert.equal(request.reasons[0]?.code, 'spending-limit');
    assert.equal(request.reasons[0]?.excess.amountMinor, excess);
    assert.match(request.reasons[0]?.message ?? '', /^Exceeds your order limit of EUR 2,500\.00 by EUR [\d,]+\.\d\d\.$/);

    await rejectsWith(backend.decideApproval(as(buyer), request.id, { decision: 'approve' }), 'forbidden');
    const approver = await loginAs(backend, 'freigabe@mueller.example');
    assert.deepEqual((await backend.listApprovals(as(approver))).map((r) => r.id), [request.id]);
    const decided = await backend.decideApproval(as(approver), request.id, { decision: 'approve', comment: 'ok' });
    assert.equal(decided.status, 'approved');
    assert.equal(decided.decisions[0]?.userId, 'u-mueller-approver');
    assert.equal((await backend.getOrder(as(buyer), order.id)).status, 'confirmed');
    const boss = await loginAs(backend, 'leitung@mueller.example');
    await rejectsWith(backend.decideApproval(as(boss), request.id, { decision: 'reject' }), 'conflict');
  });

  it('forbids self-approval and rejects orders on request', async () => {
    const { backend } = createTestBackend();
    const approver = await loginAs(backend, 'freigabe@mueller.example');
    await backend.addToCart(as(approver), [{ sku: drill.sku, quantity: 200 }]);
    const { order } = await backend.placeOrder(as(approver), muellerCheckout('own'));
    assert.equal(order.status, 'pending-approval');
    await rejectsWith(backend.decideApproval(as(approver), order.approvalId ?? '', { decision: 'approve' }), 'forbidden');
    const boss = await loginAs(backend, 'leitung@mueller.example');
    const decided = await backend.decideApproval(as(boss), order.approvalId ?? '', { decision: 'reject' });
    assert.equal(decided.status, 'rejected');
    assert.equal((await backend.getOrder(as(approver), order.id)).status, 'rejected');
  });

  it('asks for approval when a cost center budget is exceeded', async () => {
    const { backend } = createTestBackend();
    const admin = await loginAs(backend, 'admin@mueller.example');
    // Over the 5,000 EUR monthly budget of the cost center, even after the group discount.
    await backend.addToCart(as(admin), [{ sku: drill.sku, quantity: Math.ceil(600000 / drill.listPriceMinor) }]);
    const { order } = await backend.placeOrder(as(admin), { ...muellerCheckout('budget'), costCenterId: 'cc-mueller-maint' });
    const approver = await loginAs(backend, 'freigabe@mueller.example');
    const request = (await backend.listApprovals(as(approver))).find((r) => r.orderId === order.id);
    assert.ok(request?.reasons.some((r) => r.code === 'budget'));
  });
});
