/**
 * Backend preparations with orders (`parameters.kontor.setup`), through the real contract:
 * order history, approval requests and ratings need orders placed before the story renders.
 *
 * The story backend keeps its data in IndexedDB across reloads, so each setup tops the data
 * up to what its story needs instead of adding more on every visit.
 */
import type { CommerceAdapter, Order, ProductSummary } from '../../src/index.js';

/** Net total (EUR cents) above the story buyer's 2,500 EUR spending limit. */
const OVER_BUYER_LIMIT_MINOR = 300_000;

/** The smallest quantity of `product` that the backend accepts. */
function smallest(product: ProductSummary): number {
  return Math.max(product.quantity.minQuantity, product.quantity.packSize);
}

/** Orderable products of the catalog (not discontinued, not configurable), from `offset`. */
async function orderable(adapter: CommerceAdapter, count: number, offset = 0): Promise<ProductSummary[]> {
  const result = await adapter.search({ limit: Math.max(60, (offset + count) * 3) });
  return result.hits
    .map((hit) => hit.product)
    .filter((product) => !product.discontinued && !product.configurable)
    .slice(offset, offset + count);
}

/** Places the user's cart as an order (the cart must hold the lines). */
async function placeCart(adapter: CommerceAdapter, poNumber: string, paymentMethod: 'invoice' | 'card' = 'invoice'): Promise<Order> {
  const session = await adapter.getSession();
  const context = session.context;
  if (!context) throw new Error('The story user has no account to order for.');
  return adapter.placeOrder({
    idempotencyKey: crypto.randomUUID(),
    billToId: context.billToId,
    shipToId: context.shipToId,
    partialDelivery: true,
    paymentMethod,
    poNumber,
  });
}

/**
 * A setup that makes sure the logged-in buyer's account has at least `count` orders, each of
 * one to three products at their smallest quantities (small enough to need no approval).
 */
export function ordersPlaced(count: number): (adapter: CommerceAdapter) => Promise<void> {
  return async (adapter) => {
    const existing = await adapter.listOrders({ limit: count });
    const products = await orderable(adapter, 12);
    for (let n = existing.length; n < count; n++) {
      const lines = products.slice(n % 10, (n % 10) + 1 + (n % 3));
      await adapter.addToCart(lines.map((product) => ({ sku: product.sku, quantity: smallest(product) })));
      await placeCart(adapter, `PO-STORY-${n + 1}`);
    }
  };
}

/** A setup that makes sure the account ordered `sku` once (so its buyers may rate it). */
export function productOrdered(sku: string): (adapter: CommerceAdapter) => Promise<void> {
  return async (adapter) => {
    const orders = await adapter.listOrders({ limit: 200 });
    if (orders.some((order) => order.lines.some((line) => line.sku === sku))) return;
    const product = await adapter.getProduct(sku);
    await adapter.addToCart([{ sku, quantity: Math.max(product.quantity.minQuantity, product.quantity.packSize) }]);
    await placeCart(adapter, 'PO-STORY-RATING');
  };
}

/** Orders so much of `product` that the story buyer's order waits for approval. */
async function orderOverLimit(adapter: CommerceAdapter, product: ProductSummary): Promise<void> {
  const [quote] = await adapter.getPrices([{ sku: product.sku, quantity: smallest(product) }]);
  const perPack = Math.max(1, quote?.lineNet.amountMinor ?? 1);
  const packs = Math.ceil(OVER_BUYER_LIMIT_MINOR / perPack) + 1;
  await adapter.addToCart([{ sku: product.sku, quantity: packs * smallest(product) }]);
  // By card: large orders on invoice could also meet the account's credit limit.
  await placeCart(adapter, `PO-STORY-APPROVAL-${product.sku}`, 'card');
}

/** A setup for a buyer's stories: makes sure one of the buyer's own orders waits for approval. */
export function ownRequestWaiting(): (adapter: CommerceAdapter) => Promise<void> {
  return async (adapter) => {
    const me = (await adapter.getSession()).user;
    const mine = (await adapter.listApprovals()).filter((request) => request.status === 'pending' && request.requestedBy.userId === me?.id);
    if (mine.length > 0) return;
    const [product] = await orderable(adapter, 1, 3);
    if (product) await orderOverLimit(adapter, product);
  };
}

/**
 * A setup for an approver's stories: makes sure at least `count` requests wait for the
 * approver's decision. The missing ones are orders over the spending limit of a buyer of the
 * approver's company, placed as that buyer; then the approver is logged in again.
 */
export function approvalsWaiting(count: number): (adapter: CommerceAdapter) => Promise<void> {
  return async (adapter) => {
    const approver = (await adapter.getSession()).user;
    if (!approver) throw new Error('approvalsWaiting needs a logged-in approver.');
    const waiting = (await adapter.listApprovals()).filter((request) => request.status === 'pending' && request.canDecide === true);
    if (waiting.length >= count) return;
    const users = await adapter.listDemoUsers();
    const own = users.find((user) => user.email === approver.email);
    const buyer = users.find((user) => user.companyName === own?.companyName && user.roles.length === 1 && user.roles[0] === 'buyer');
    if (!own || !buyer) throw new Error('The story backend has no buyer in the company of the approver.');
    await adapter.login({ email: buyer.email, password: buyer.password });
    try {
      const cart = await adapter.getCart();
      for (const line of cart.lines) await adapter.removeCartLine(line.id);
      const products = await orderable(adapter, count - waiting.length, 3);
      for (const product of products) await orderOverLimit(adapter, product);
    } finally {
      await adapter.login({ email: own.email, password: own.password });
    }
  };
}
