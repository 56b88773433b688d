/**
 * The Node server as a hostile caller meets it: every route of the contract without a token,
 * with another company's token, with unknown fields, with oversized bodies, and with an
 * internal failure that must not leak a stack trace. The route table comes from ROUTES, so a
 * route added later without a row here fails the first test.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Cart, LoginReply, Order } from '../../../src/commerce/index.js';
import { DEMO_ROUTES, MAX_BODY_BYTES, ROUTES, ROUTE_ACCESS, fillPath, routeParts, type RouteName } from '../../../src/commerce/rest-routes.js';
import { startApiServer, type ApiServer } from '../../../src/reference/node/server.js';
import { findItem, muellerCheckout } from '../reference/helpers.js';

interface Reply {
  readonly status: number;
  readonly text: string;
}

/** How a route treats a caller without a session. */
type Access =
  /** Answers anonymous callers (catalog, list prices, logging in, the demo users of a demo backend). */
  | 'public'
  /** Refuses anonymous callers with 401. */
  | 'session';

interface RouteCase {
  readonly access: Access;
  /** Served in demo mode only (see docs/rest-api.md); this server runs in demo mode. */
  readonly demo?: true;
  /** A request the route accepts when the caller may make it. */
  readonly body?: unknown;
  readonly query?: string;
}

const bolt = findItem((i) => i.family.categoryId === 'bolts' && i.sku > 'KT-100100');

/** One valid request per route. `satisfies Record<RouteName, …>` makes a new route a type error here. */
const CASES = {
  info: { access: 'public' },
  session: { access: 'public' },
  login: { access: 'public', body: { email: 'nobody@example.com', password: 'wrong' } },
  logout: { access: 'public', body: {} },
  setContext: { access: 'session', body: { locale: 'de' } },
  demoUsers: { access: 'public', demo: true },
  search: { access: 'public', query: '?q=m8' },
  suggest: { access: 'public', query: '?q=schr' },
  categories: { access: 'public' },
  product: { access: 'public' },
  lookupSkus: { access: 'public', body: { codes: [bolt.sku] } },
  prices: { access: 'public', body: { items: [{ sku: bolt.sku, quantity: bolt.quantity.minQuantity }] } },
  cart: { access: 'session' },
  addCartLines: { access: 'session', body: { lines: [{ sku: bolt.sku, quantity: bolt.quantity.minQuantity }] } },
  updateCartLine: { access: 'session', body: { quantity: bolt.quantity.minQuantity } },
  removeCartLine: { access: 'session' },
  previewCheckout: { access: 'session', body: { billToId: 'ad-mueller-de-bill', shipToId: 'ad-mueller-de-plant1', partialDelivery: false, paymentMethod: 'invoice' } },
  placeOrder: { access: 'session', body: muellerCheckout('hardening-1') },
  orders: { access: 'session' },
  order: { access: 'session' },
  approvals: { access: 'session' },
  decideApproval: { access: 'session', body: { decision: 'approve' } },
  variantFamily: { access: 'public' },
  askQuestion: { access: 'session', body: { sku: bolt.sku, text: 'Is this zinc plated?' } },
  questions: { access: 'session' },
  ratings: { access: 'public' },
  rateProduct: { access: 'session', body: { stars: 4 } },
  decideApprovals: { access: 'session', body: { ids: ['ap-1'], decision: 'approve' } },
  invoices: { access: 'session' },
  demoClock: { access: 'session', demo: true, body: { advanceHours: 0 } },
  savedCarts: { access: 'session' },
  saveCart: { access: 'session', body: { name: 'Weekly' } },
  updateSavedCart: { access: 'session', body: { name: 'Monthly' } },
  deleteSavedCart: { access: 'session' },
  restoreSavedCart: { access: 'session', body: {} },
  configurationModel: { access: 'public' },
  priceConfiguration: { access: 'public', body: { sku: bolt.sku, configuration: {}, quantity: 1 } },
} satisfies Record<RouteName, RouteCase>;

/** Strings that only a stack trace or an internal message would put into a reply. */
const LEAKS = /\n\s+at |\.ts:\d+|\.js:\d+|node_modules|\/work\/|file:\/\/|TypeError|ReferenceError/;

describe('Node server hardening over HTTP', () => {
  let server: ApiServer;
  let dir: string;
  let failClock = false;
  const ids: Record<string, string> = { sku: bolt.sku, lineId: 'line-x', orderId: 'ord-x', approvalId: 'ap-x', familyId: bolt.family.id, savedCartId: 'sc-x' };

  const call = async (name: RouteName, token: string | null, init: { body?: string; query?: string; params?: Record<string, string> } = {}): Promise<Reply> => {
    const { method, path } = routeParts(name);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    // Orders carry their key twice (header and body); they must agree.
    const key = init.body?.match(/"idempotencyKey":"([^"]+)"/)?.[1];
    if (key) headers['idempotency-key'] = key;
    if (token !== null) headers.authorization = `Bearer ${token}`;
    const url = server.url + fillPath(path, { ...ids, ...init.params }) + (init.query ?? '');
    const response = await fetch(url, { method, headers, ...(init.body !== undefined && { body: init.body }) });
    return { status: response.status, text: await response.text() };
  };
  const bodyOf = (c: RouteCase): string | undefined => (c.body === undefined ? undefined : JSON.stringify(c.body));
  const login = async (email: string): Promise<string> => {
    const reply = await call('login', null, { body: JSON.stringify({ email, password: 'demo' }) });
    assert.equal(reply.status, 200, reply.text);
    return (JSON.parse(reply.text) as LoginReply).token;
  };
  const assertNoLeak = (reply: Reply, what: string): void => assert.doesNotMatch(reply.text, LEAKS, `${what} leaks internals: ${reply.text.slice(0, 300)}`);

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kontor-hardening-'));
    server = await startApiServer({
      port: 0,
      dataDir: dir,
      catalogSize: 2000,
      demo: true,
      // A clock that can be made to throw: the one way to force an internal error over HTTP
      // without touching the server's code.
      now: () => {
        if (failClock) throw new TypeError(`clock broke at ${import.meta.url}:1`);
        return new Date('2026-06-15T10:00:00Z');
      },
    });
  });
  after(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('has a case for every route of the contract, and the server enforces the access each case expects', () => {
    assert.deepEqual(Object.keys(CASES).sort(), Object.keys(ROUTES).sort());
    for (const [name, c] of Object.entries(CASES) as [RouteName, RouteCase][]) {
      assert.equal(ROUTE_ACCESS[name], c.access, `access of ${ROUTES[name]}`);
      assert.equal(DEMO_ROUTES.includes(name), c.demo === true, `demo mode of ${ROUTES[name]}`);
    }
  });

  it('refuses every session route without a token (401), before reading the body', async () => {
    for (const [name, c] of Object.entries(CASES) as [RouteName, RouteCase][]) {
      const reply = await call(name, null, { ...(bodyOf(c) !== undefined && { body: bodyOf(c) }), ...(c.query !== undefined && { query: c.query }) });
      assertNoLeak(reply, name);
      if (c.access === 'session') {
        assert.equal(reply.status, 401, `${ROUTES[name]} without a token: ${reply.text}`);
        assert.equal((JSON.parse(reply.text) as { error: { code: string } }).error.code, 'unauthorized');
      } else {
        assert.ok(reply.status < 500, `${ROUTES[name]} anonymous: ${reply.status}`);
      }
    }
  });

  it('treats a forged, a malformed and a logged-out token as no session', async () => {
    const token = await login('einkauf@mueller.example');
    assert.equal((await call('logout', token, { body: '{}' })).status, 200);
    for (const bad of [token, 'forged-token', 'x'.repeat(5000), '../../etc/passwd', '']) {
      const reply = await call('cart', bad);
      assert.equal(reply.status, 401, `token ${bad.slice(0, 20)}: ${reply.text}`);
      assertNoLeak(reply, 'cart');
    }
  });

  it("never lets one company read or change another company's cart lines, orders, approvals or saved carts", async () => {
    const muller = await login('einkauf@mueller.example');
    const hansen = await login('buyer@hansen.example');
    const cart = JSON.parse((await call('addCartLines', muller, { body: bodyOf(CASES.addCartLines) })).text) as Cart;
    const line = cart.lines[0]!;
    const saved = JSON.parse((await call('saveCart', muller, { body: JSON.stringify({ name: 'Müller only' }) })).text) as { id: string };
    const placed = await call('placeOrder', muller, { body: JSON.stringify(muellerCheckout('hardening-a')), params: {} });
    assert.ok(placed.status === 201 || placed.status === 200, placed.text);
    const order = JSON.parse(placed.text) as Order;
    // The order emptied the cart; put the line back for the line routes.
    const again = JSON.parse((await call('addCartLines', muller, { body: bodyOf(CASES.addCartLines) })).text) as Cart;
    const foreign = { lineId: again.lines[0]?.id ?? line.id, orderId: order.id, savedCartId: saved.id };

    const attempts: [RouteName, string | undefined][] = [
      ['updateCartLine', JSON.stringify({ quantity: bolt.quantity.minQuantity * 2 })],
      ['removeCartLine', undefined],
      ['order', undefined],
      ['updateSavedCart', JSON.stringify({ name: 'stolen' })],
      ['restoreSavedCart', '{}'],
      ['deleteSavedCart', undefined],
    ];
    for (const [name, body] of attempts) {
      const reply = await call(name, hansen, { params: foreign, ...(body !== undefined && { body }) });
      assert.ok(reply.status === 404 || reply.status === 403, `${ROUTES[name]} with another company's token: ${reply.status} ${reply.text}`);
      assert.ok(!reply.text.includes('Müller only') && !reply.text.includes(order.number), `${name} leaks: ${reply.text}`);
      assertNoLeak(reply, name);
    }
    // Nothing changed for the owner.
    const mine = JSON.parse((await call('cart', muller)).text) as Cart;
    assert.deepEqual(mine.lines.map((l) => [l.id, l.quantity]), again.lines.map((l) => [l.id, l.quantity]));
    const savedList = (await call('savedCarts', muller)).text;
    assert.match(savedList, /Müller only/);
    assert.equal((await call('order', muller, { params: foreign })).status, 200);
    // And the other company's lists do not show them.
    for (const name of ['orders', 'savedCarts', 'approvals', 'invoices', 'questions'] as const) {
      const reply = await call(name, hansen);
      assert.equal(reply.status, 200, `${name}: ${reply.text}`);
      assert.ok(!reply.text.includes(order.number) && !reply.text.includes('Müller only') && !reply.text.includes('acc-mueller'), `${name} leaks: ${reply.text.slice(0, 200)}`);
    }
  });

  it('refuses unknown fields on every route that takes a body, naming the field', async () => {
    const token = await login('einkauf@mueller.example');
    for (const [name, c] of Object.entries(CASES) as [RouteName, RouteCase][]) {
      if (c.body === undefined || name === 'logout' || name === 'restoreSavedCart') continue;
      const reply = await call(name, token, { body: JSON.stringify({ ...(c.body as object), __proto__x: 1, isAdmin: true }) });
      assert.equal(reply.status, 400, `${ROUTES[name]} with unknown fields: ${reply.status} ${reply.text}`);
      assert.match(reply.text, /isAdmin/, `${name} names the unknown field`);
      assertNoLeak(reply, name);
    }
  });

  it('refuses oversized bodies with 413 on every route that takes a body, declared or streamed', async () => {
    const token = await login('einkauf@mueller.example');
    const huge = JSON.stringify({ padding: 'x'.repeat(MAX_BODY_BYTES + 1) });
    for (const [name, c] of Object.entries(CASES) as [RouteName, RouteCase][]) {
      if (c.body === undefined) continue;
      const reply = await call(name, token, { body: huge });
      assert.equal(reply.status, 413, `${ROUTES[name]} with ${huge.length} bytes: ${reply.status}`);
      assertNoLeak(reply, name);
    }
    // Without a content-length (chunked), the limit still holds.
    const { method, path } = routeParts('addCartLines');
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        const piece = new TextEncoder().encode('x'.repeat(64 * 1024));
        // Enough pieces to pass the limit, whatever it is set to.
        for (let i = 0; i <= MAX_BODY_BYTES / piece.byteLength; i++) controller.enqueue(piece);
        controller.close();
      },
    });
    const response = await fetch(server.url + path, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: chunks, duplex: 'half' } as RequestInit);
    assert.equal(response.status, 413);
  });

  it('answers an internal failure with a plain 500 and no stack trace, then recovers', async () => {
    const token = await login('einkauf@mueller.example');
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    failClock = true;
    try {
      for (const name of ['cart', 'invoices'] as const) {
        const reply = await call(name, token);
        assert.equal(reply.status, 500, `${name}: ${reply.text}`);
        const body = JSON.parse(reply.text) as { error: { code: string; message: string } };
        assert.equal(body.error.code, 'unavailable');
        assert.doesNotMatch(reply.text, /clock broke/, 'the internal message stays on the server');
        assertNoLeak(reply, name);
      }
    } finally {
      failClock = false;
      console.error = original;
    }
    assert.ok(errors.length > 0, 'the server logs what it does not tell the caller');
    assert.equal((await call('cart', token)).status, 200);
  });
});
