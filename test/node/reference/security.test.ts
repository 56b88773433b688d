/**
 * Tenant isolation, proven over HTTP against the Node server: a user of one company never
 * reads another company's prices, carts, orders, approvals or addresses, however the API is
 * called; a user restricted to some accounts of a company never reaches the others.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ApprovalRequest, Cart, LoginReply, Order, PriceQuote, Session } from '../../../src/commerce/index.js';
import { startApiServer, type ApiServer } from '../../../src/reference/node/server.js';
import { findItem, muellerCheckout, testCatalog } from './helpers.js';

interface Reply {
  readonly status: number;
  readonly text: string;
  readonly json: unknown;
}

/** A caller holding one token (or none). */
function client(server: ApiServer, token: string | null) {
  return async (method: string, path: string, body?: unknown): Promise<Reply> => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-language': 'en' };
    if (token !== null) headers.authorization = `Bearer ${token}`;
    const response = await fetch(server.url + path, { method, headers, ...(body !== undefined && { body: JSON.stringify(body) }) });
    const text = await response.text();
    return { status: response.status, text, json: text ? (JSON.parse(text) as unknown) : null };
  };
}

async function login(server: ApiServer, email: string) {
  const reply = await client(server, null)('POST', '/v1/session/login', { email, password: 'demo' });
  assert.equal(reply.status, 200, reply.text);
  return client(server, (reply.json as LoginReply).token);
}

// Müller Stuttgart has contract prices ("Rahmenvertrag 2024-2030") for these first SKUs;
// take the dearest, so its contract price differs from any other company's price.
const contractItem = [0, 1, 2, 3, 4, 5, 10, 20, 30]
  .map((n) => testCatalog().items[n]!)
  .filter((i) => !i.discontinued && !i.configurable)
  .sort((a, b) => b.listPriceMinor - a.listPriceMinor)[0]!;
const bolt = findItem((i) => i.family.categoryId === 'bolts' && i.sku > 'KT-100100');

/** Strings of company A that must never reach another company's user. */
const SECRETS_OF_A = ['Rahmenvertrag', 'Industriestraße 12', 'Hafenstraße 4', 'Donaulände 8', 'Jana Becker', 'acc-mueller', 'ad-mueller'];

function assertNoSecrets(reply: Reply, what: string): void {
  for (const secret of SECRETS_OF_A) assert.ok(!reply.text.includes(secret), `${what} leaks "${secret}": ${reply.text.slice(0, 300)}`);
}

describe('tenant isolation over HTTP', () => {
  let server: ApiServer;
  let dir: string;
  let muller: Awaited<ReturnType<typeof login>>;
  let hansen: Awaited<ReturnType<typeof login>>;
  let hansenApprover: Awaited<ReturnType<typeof login>>;
  let contractQuote: PriceQuote;
  let lineId: string;
  let order: Order;
  let pendingOrder: Order;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kontor-security-'));
    server = await startApiServer({ port: 0, dataDir: dir, catalogSize: 2000 });
    muller = await login(server, 'einkauf@mueller.example');
    hansen = await login(server, 'buyer@hansen.example');
    hansenApprover = await login(server, 'approver@hansen.example');
    contractQuote = ((await muller('POST', '/v1/prices', { items: [{ sku: contractItem.sku, quantity: contractItem.quantity.minQuantity }] })).json as PriceQuote[])[0]!;
    assert.equal(contractQuote.source, 'contract', 'company A has a contract price to protect');
    // An order over the buyer's spending limit, so company A also has an approval request.
    await muller('POST', '/v1/cart/lines', { lines: [{ sku: bolt.sku, quantity: bolt.quantity.minQuantity * 1000 }] });
    pendingOrder = (await muller('POST', '/v1/orders', muellerCheckout('big-1'))).json as Order;
    assert.equal(pendingOrder.status, 'pending-approval');
    await muller('POST', '/v1/cart/lines', { lines: [{ sku: bolt.sku, quantity: bolt.quantity.minQuantity }] });
    order = (await muller('POST', '/v1/orders', muellerCheckout('small-1'))).json as Order;
    const cart = (await muller('POST', '/v1/cart/lines', { lines: [{ sku: contractItem.sku, quantity: contractItem.quantity.minQuantity }] })).json as Cart;
    lineId = cart.lines[0]!.id;
  });
  after(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('prices: another company gets its own price for a SKU under contract, never the contract', async () => {
    const reply = await hansen('POST', '/v1/prices', { items: [{ sku: contractItem.sku, quantity: contractItem.quantity.minQuantity }] });
    assert.equal(reply.status, 200);
    const [quote] = reply.json as PriceQuote[];
    assert.notEqual(quote?.source, 'contract');
    assert.notEqual(quote?.unitNet.amountMinor, contractQuote.unitNet.amountMinor);
    assertNoSecrets(reply, 'prices');
    for (const search of [`/v1/search?q=${contractItem.sku}`, `/v1/suggest?q=${contractItem.sku}`]) {
      const found = await hansen('GET', search);
      assert.equal(found.status, 200);
      assertNoSecrets(found, search);
    }
  });

  it('prices: no request can name another account; the schema refuses the attempt', async () => {
    const smuggled = await hansen('POST', '/v1/prices', { items: [{ sku: contractItem.sku, quantity: 1 }], accountId: 'acc-mueller-de' });
    assert.equal(smuggled.status, 400);
    const perItem = await hansen('POST', '/v1/prices', { items: [{ sku: contractItem.sku, quantity: 1, accountId: 'acc-mueller-de' }] });
    assert.equal(perItem.status, 400);
    const query = await hansen('GET', `/v1/search?q=${contractItem.sku}&account=acc-mueller-de`);
    assert.equal(query.status, 400);
  });

  it('carts: another company sees its own cart and cannot change a foreign line', async () => {
    const own = await hansen('GET', '/v1/cart');
    assert.equal(own.status, 200);
    assert.ok(!(own.json as Cart).lines.some((l) => l.id === lineId));
    assertNoSecrets(own, 'cart');
    const patch = await hansen('PATCH', `/v1/cart/lines/${lineId}`, { quantity: 5000 });
    assert.equal(patch.status, 404);
    const remove = await hansen('DELETE', `/v1/cart/lines/${lineId}`);
    assert.equal(remove.status, 404);
    const untouched = (await muller('GET', '/v1/cart')).json as Cart;
    assert.equal(untouched.lines[0]?.quantity, contractItem.quantity.minQuantity, 'company A’s cart is unchanged');
  });

  it('orders: another company neither lists nor reads them, and cannot tell them from missing ones', async () => {
    const list = await hansen('GET', '/v1/orders');
    assert.equal(list.status, 200);
    assert.deepEqual(list.json, []);
    const one = await hansen('GET', `/v1/orders/${order.id}`);
    const missing = await hansen('GET', '/v1/orders/ord-999999');
    assert.equal(one.status, 404);
    assert.equal(missing.status, 404);
    assertNoSecrets(one, 'order');
    assert.equal((one.json as { error: { code: string } }).error.code, (missing.json as { error: { code: string } }).error.code);
  });

  it('approvals: another company’s approver neither sees nor decides them', async () => {
    const list = await hansenApprover('GET', '/v1/approvals');
    assert.equal(list.status, 200);
    assert.ok(!(list.json as ApprovalRequest[]).some((r) => r.orderId === pendingOrder.id));
    assertNoSecrets(list, 'approvals');
    const decide = await hansenApprover('POST', `/v1/approvals/${pendingOrder.approvalId}/decision`, { decision: 'approve' });
    assert.equal(decide.status, 404);
    const still = (await muller('GET', `/v1/orders/${pendingOrder.id}`)).json as Order;
    assert.equal(still.status, 'pending-approval');
  });

  it('addresses: another company cannot switch to, ship to or bill to them, nor learn them', async () => {
    const session = await hansen('GET', '/v1/session');
    assertNoSecrets(session, 'session');
    for (const patch of [{ accountId: 'acc-mueller-de' }, { shipToId: 'ad-mueller-de-plant1' }, { billToId: 'ad-mueller-de-bill' }]) {
      const reply = await hansen('PATCH', '/v1/session/context', patch);
      assert.equal(reply.status, 400, JSON.stringify(patch));
      assert.ok(!reply.text.includes('Industriestraße'), 'the refusal names no foreign address');
    }
    await hansen('POST', '/v1/cart/lines', { lines: [{ sku: bolt.sku, quantity: bolt.quantity.minQuantity }] });
    const checkout = await hansen('POST', '/v1/orders', { ...muellerCheckout('steal-1'), costCenterId: 'cc-mueller-maint' });
    assert.equal(checkout.status, 400);
    const paths = (checkout.json as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path).sort();
    assert.deepEqual(paths, ['billToId', 'costCenterId', 'shipToId']);
    assert.equal(((await hansen('GET', '/v1/session')).json as Session).context?.accountId, 'acc-hansen-de');
  });

  it('accounts: a user limited to one account of a company cannot reach the others', async () => {
    const plant2 = await login(server, 'werk2@mueller.example');
    const switchCh = await plant2('PATCH', '/v1/session/context', { accountId: 'acc-mueller-ch' });
    assert.equal(switchCh.status, 400);
    const muellerCh = await muller('PATCH', '/v1/session/context', { accountId: 'acc-mueller-ch' });
    assert.equal(muellerCh.status, 200);
    await muller('POST', '/v1/cart/lines', { lines: [{ sku: bolt.sku, quantity: bolt.quantity.minQuantity }] });
    const swissOrder = (await muller('POST', '/v1/orders', { ...muellerCheckout('ch-1'), billToId: 'ad-mueller-ch-bill', shipToId: 'ad-mueller-ch-basel' })).json as Order;
    assert.equal(swissOrder.accountId, 'acc-mueller-ch');
    assert.equal((await plant2('GET', `/v1/orders/${swissOrder.id}`)).status, 404);
    assert.ok(!((await plant2('GET', '/v1/orders')).json as Order[]).some((o) => o.id === swissOrder.id));
  });

  it('tokens: a made-up or logged-out token is anonymous and gets list prices only', async () => {
    const forged = client(server, 'f'.repeat(64));
    assert.equal((await forged('GET', '/v1/cart')).status, 401);
    assert.equal((await forged('GET', `/v1/orders/${order.id}`)).status, 401);
    const [anonymous] = (await forged('POST', '/v1/prices', { items: [{ sku: contractItem.sku, quantity: contractItem.quantity.minQuantity }] })).json as PriceQuote[];
    assert.equal(anonymous?.source === 'list' || anonymous?.source === 'tier', true);
    const leaving = await login(server, 'labor@labnord.example');
    assert.equal((await leaving('POST', '/v1/session/logout')).status, 200);
    assert.equal((await leaving('GET', '/v1/cart')).status, 401);
    assert.equal(((await leaving('GET', '/v1/session')).json as Session).user, null);
  });
});
