// Vendure specifics beyond the contract suite: its ErrorResults reach callers as the
// contract's typed errors with clear messages, a checkout places an order that Vendure's own
// API returns, a retry after a lost reply finds the placed order, and the capabilities say
// what Vendure lacks.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { memoryTokenStorage } from '../../src/adapters/rest/token-storage.js';
import {
  CommerceError,
  ForbiddenError,
  NotFoundError,
  UnavailableError,
  ValidationError,
  type CheckoutInput,
  type Session,
} from '../../src/commerce/index.js';
import { fixtures, shopQuery, vendureAdapter } from './helpers.js';

async function loggedIn(tokenStorage = memoryTokenStorage()) {
  const adapter = vendureAdapter({ tokenStorage });
  const session = await adapter.login(fixtures.buyer);
  for (const line of (await adapter.getCart()).lines) await adapter.removeCartLine(line.id);
  return { adapter, session, tokenStorage };
}

async function rejection(action: Promise<unknown>): Promise<CommerceError> {
  try {
    await action;
  } catch (error) {
    assert.ok(error instanceof CommerceError, `expected a CommerceError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

function checkout(session: Session, extra: Partial<CheckoutInput> = {}): CheckoutInput {
  assert.ok(session.context);
  return {
    idempotencyKey: crypto.randomUUID(),
    billToId: session.context.billToId,
    shipToId: session.context.shipToId,
    partialDelivery: true,
    paymentMethod: 'invoice',
    ...extra,
  };
}

describe('Vendure adapter: capabilities', () => {
  it('declares what Vendure lacks and what it has', async () => {
    const { capabilities } = await vendureAdapter().info();
    assert.deepEqual(
      { customerPrices: capabilities.customerPrices, approvals: capabilities.approvals, budgets: capabilities.budgets, accountSwitching: capabilities.accountSwitching, demoUsers: capabilities.demoUsers },
      { customerPrices: false, approvals: false, budgets: false, accountSwitching: false, demoUsers: false },
    );
    assert.equal(capabilities.facets, true);
    assert.equal(capabilities.promotions, true);
    assert.equal(capabilities.variantFamilies, true);
  });

  it('a Vendure product is a variant family: its option groups the axes, its variants the members', async () => {
    const adapter = vendureAdapter();
    const product = await adapter.getProduct('L2201308');
    assert.ok(product.family && adapter.getVariantFamily);
    assert.deepEqual(product.family.axisValues, { 'laptop-screen-size': '13 inch', 'laptop-ram': '8GB' });
    const family = await adapter.getVariantFamily(product.family.familyId);
    assert.deepEqual(family.axes.map((a) => a.key), ['laptop-screen-size', 'laptop-ram']);
    assert.deepEqual(family.members.map((m) => m.sku).sort(), ['L2201308', 'L2201316', 'L2201508', 'L2201516']);
    const single = (await adapter.search({ query: 'tent', limit: 5 })).hits.find((h) => !h.product.family);
    assert.ok(single, 'a product with one variant is no family');
  });

  it('has no approvals to list or decide, and says so', async () => {
    const { adapter } = await loggedIn();
    assert.deepEqual(await adapter.listApprovals(), []);
    const error = await rejection(adapter.decideApproval('1', { decision: 'approve' }));
    assert.ok(error instanceof NotFoundError);
    assert.match(error.message, /no approvals/);
  });

  it('has one account per customer: switching to another is forbidden with a reason', async () => {
    const { adapter } = await loggedIn();
    const error = await rejection(adapter.setContext({ accountId: 'another-account' }));
    assert.ok(error instanceof ForbiddenError);
    assert.match(error.message, /one account per customer/);
  });

  it('prices are list prices in integer minor units with VAT from Vendure', async () => {
    const adapter = vendureAdapter();
    const { hits } = await adapter.search({ query: 'L2201308', limit: 1 });
    const hit = hits[0];
    assert.ok(hit);
    assert.equal(hit.product.sku, 'L2201308');
    assert.equal(hit.product.listPrice.amountMinor, 129900, 'the sample data lists the laptop at 1299.00');
    const [quote] = await adapter.getPrices([{ sku: 'L2201308', quantity: 3 }]);
    assert.ok(quote);
    assert.equal(quote.source, 'list');
    assert.equal(quote.lineNet.amountMinor, 3 * 129900);
    assert.equal(quote.vatRate, 0.2, 'the sample data taxes at 20 %');
    assert.ok(Number.isInteger(quote.lineVat.amountMinor));
  });

  it('facets count and filter by name; categories are collection slugs', async () => {
    const adapter = vendureAdapter();
    const all = await adapter.search({ limit: 5 });
    const brand = all.facets.find((f) => f.key === 'brand');
    assert.ok(brand && brand.type === 'terms' && brand.values.length > 0, 'the brand facet is counted');
    const value = brand.values[0];
    assert.ok(value);
    const filtered = await adapter.search({ filters: [{ facet: 'brand', values: [value.value] }], limit: 100 });
    assert.equal(filtered.total, value.count, 'filtering by a facet value finds as many hits as it counted');
    const categories = await adapter.getCategories();
    const computers = categories.find((c) => c.id === 'computers');
    assert.ok(computers && computers.parentId === 'electronics');
    const inCategory = await adapter.search({ categoryId: 'computers', limit: 100 });
    assert.equal(inCategory.total, computers.productCount);
  });
});

describe('Vendure adapter: errors reach the caller typed', () => {
  it('more than in stock is refused with the quantity available, and the cart stays as it was', async () => {
    const { adapter } = await loggedIn();
    const product = await adapter.getProduct('L2201308');
    assert.ok(product.stockTotal > 0, 'the exact stock count comes from the server');
    await adapter.addToCart([{ sku: 'L2201508', quantity: 1 }]);
    const before = await adapter.getCart();
    const error = await rejection(adapter.addToCart([{ sku: 'L2201308', quantity: product.stockTotal + 1 }]));
    assert.ok(error instanceof ValidationError);
    assert.equal(error.message, `Only ${product.stockTotal} of L2201308 in stock: please order at most ${product.stockTotal}.`);
    assert.deepEqual(error.fields.map((f) => f.path), ['lines.0.quantity']);
    const after = await adapter.getCart();
    assert.deepEqual(after.lines.map((l) => [l.sku, l.quantity]), before.lines.map((l) => [l.sku, l.quantity]), 'Vendure added what it had; the adapter took it back');
  });

  it('an invalid promotion code is refused as a validation error on promotionCode', async () => {
    const { adapter } = await loggedIn();
    await adapter.addToCart([{ sku: 'L2201508', quantity: 1 }]);
    const error = await rejection(adapter.setContext({ promotionCode: 'NOT-A-CODE' }));
    assert.ok(error instanceof ValidationError);
    assert.equal(error.message, 'The promotion code "NOT-A-CODE" is not valid.');
    assert.deepEqual(error.fields.map((f) => f.path), ['promotionCode']);
  });

  it('a server that cannot be reached is unavailable and retryable', async () => {
    const closed = await new Promise<number>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const adapter = vendureAdapter({ shopApiUrl: `http://127.0.0.1:${closed}/shop-api` });
    const error = await rejection(adapter.search({ query: 'laptop' }));
    assert.ok(error instanceof UnavailableError);
    assert.equal(error.retryable, true);
    assert.equal(error.message, 'The shop cannot be reached. Check the connection and try again.');
  });

  describe('a server that never answers', () => {
    const sockets = new Set<import('node:net').Socket>();
    const silent = createServer((socket) => sockets.add(socket));
    let port = 0;
    before(async () => {
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      port = (silent.address() as { port: number }).port;
    });
    after(() => {
      for (const socket of sockets) socket.destroy();
      silent.close();
    });

    it('times out as unavailable with the waiting time in the message', async () => {
      const adapter = vendureAdapter({ shopApiUrl: `http://127.0.0.1:${port}/shop-api`, timeoutMs: 300 });
      const error = await rejection(adapter.getCategories());
      assert.ok(error instanceof UnavailableError);
      assert.equal(error.message, 'The shop did not answer within 0.3 seconds. Please try again.');
    });
  });

  it('a payment method the shop does not offer is refused on paymentMethod and nothing is ordered', async () => {
    const { adapter, session } = await loggedIn();
    await adapter.addToCart([{ sku: 'L2201508', quantity: 1 }]);
    const error = await rejection(adapter.placeOrder(checkout(session, { paymentMethod: 'card' })));
    assert.ok(error instanceof ValidationError);
    assert.deepEqual(error.fields.map((f) => f.path), ['paymentMethod']);
    assert.equal((await adapter.getCart()).lines.length, 1, 'the cart is kept');
  });

  it('line notes are refused clearly on a server without the B2B fields', async () => {
    const adapter = vendureAdapter({ b2bFields: false });
    await adapter.login(fixtures.buyer);
    const error = await rejection(adapter.addToCart([{ sku: 'L2201508', quantity: 1, note: 'for line 4' }]));
    assert.ok(error instanceof ValidationError);
    assert.equal(error.message, 'This shop does not keep notes on cart lines.');
  });
});

describe('Vendure adapter: orders', () => {
  it('a placed order is in Vendure with its lines, total and B2B fields', async () => {
    const { adapter, session, tokenStorage } = await loggedIn();
    const cart = await adapter.addToCart([{ sku: 'L2201508', quantity: 2 }]);
    const order = await adapter.placeOrder(checkout(session, { poNumber: 'PO-4711', comment: 'Gate 3' }));
    assert.equal(order.status, 'confirmed');
    assert.equal(order.totals.net.amountMinor, cart.totals.net.amountMinor);
    const own = await shopQuery<{ orderByCode: { code: string; state: string; totalWithTax: number; lines: { quantity: number; productVariant: { sku: string } }[]; customFields: { poNumber: string; orderComment: string } } }>(
      'query ($code: String!) { orderByCode(code: $code) { code state totalWithTax lines { quantity productVariant { sku } } customFields { poNumber orderComment } } }',
      { code: order.number },
      tokenStorage.get(),
    );
    assert.equal(own.orderByCode.code, order.number);
    assert.equal(own.orderByCode.state, 'PaymentAuthorized');
    assert.equal(own.orderByCode.totalWithTax, order.totals.gross.amountMinor);
    assert.deepEqual(own.orderByCode.lines.map((l) => [l.productVariant.sku, l.quantity]), [['L2201508', 2]]);
    assert.deepEqual(own.orderByCode.customFields, { poNumber: 'PO-4711', orderComment: 'Gate 3' });
    assert.equal((await adapter.getCart()).lines.length, 0, 'the cart is empty afterwards');
  });

  it('a retry after a lost reply, even from a new page, answers with the order already placed', async () => {
    const { adapter, session, tokenStorage } = await loggedIn();
    await adapter.addToCart([{ sku: 'L2201308', quantity: 1 }]);
    const input = checkout(session);
    const first = await adapter.placeOrder(input);
    // A new adapter on the same session knows nothing of the first attempt: only Vendure does.
    const reloaded = vendureAdapter({ tokenStorage });
    await reloaded.addToCart([{ sku: 'L2201508', quantity: 1 }]);
    const second = await reloaded.placeOrder(input);
    assert.equal(second.id, first.id);
    assert.equal((await reloaded.getCart()).lines.length, 1, 'the new cart was not ordered a second time');
  });

  it('a customer registers, logs in and sees an empty order history', async () => {
    const adapter = vendureAdapter();
    const email = `new-${crypto.randomUUID().slice(0, 8)}@kontor.test`;
    const session = await adapter.register({ email, password: 'a-long-password', firstName: 'Nina', lastName: 'Neu' });
    assert.equal(session.user?.email, email);
    assert.equal(session.user?.name, 'Nina Neu');
    assert.deepEqual(await adapter.listOrders(), []);
  });
});
