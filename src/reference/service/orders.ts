/** Checkout and order history. */
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  type CheckoutInput,
  type FieldError,
  type Order,
  type OrderQuery,
} from '../../commerce/index.js';
import type { BackendState } from '../state/state.js';
import { today, type Actor } from './actor.js';
import { createApproval } from './approvals.js';
import { approvalReasons } from './budgets.js';
import { clearCart, pricedCart, storedCart } from './cart.js';
import { paymentProblems } from './checkout-preview.js';
import { orderAt } from './fulfilment.js';
import type { World } from './world.js';

/** Default and largest page of the order list. */
export const ORDER_PAGE = { default: 50, max: 200 } as const;

/** Problems with the checkout's addresses, cost center and date (shared with the preview). */
export function checkoutErrors(world: World, actor: Actor, input: Pick<CheckoutInput, 'billToId' | 'shipToId' | 'costCenterId' | 'requestedDeliveryDate'>): FieldError[] {
  const fields: FieldError[] = [];
  const account = actor.account;
  if (!account.billTo.some((a) => a.id === input.billToId)) fields.push({ path: 'billToId', message: `Unknown bill-to address ${input.billToId} for this account.` });
  if (!account.shipTo.some((a) => a.id === input.shipToId)) fields.push({ path: 'shipToId', message: `Unknown ship-to address ${input.shipToId} for this account.` });
  if (input.costCenterId !== undefined && !account.costCenters.some((c) => c.id === input.costCenterId)) {
    fields.push({ path: 'costCenterId', message: `Unknown cost center ${input.costCenterId} for this account.` });
  }
  if (input.requestedDeliveryDate !== undefined && input.requestedDeliveryDate < today(world)) {
    fields.push({ path: 'requestedDeliveryDate', message: 'The requested delivery date lies in the past.' });
  }
  return fields;
}

/**
 * Places the caller's cart as an order. A key seen before returns the first order
 * (`replayed`), whatever the cart holds now.
 */
export function placeOrder(world: World, state: BackendState, actor: Actor, input: CheckoutInput): { order: Order; replayed: boolean } {
  const idempotencyKey = `${actor.user.id}/${input.idempotencyKey}`;
  const previous = state.idempotency[idempotencyKey];
  const replay = previous === undefined ? undefined : state.orders[previous];
  if (replay) return { order: orderAt(world, state, replay), replayed: true };

  const stored = storedCart(state, actor);
  if (input.expectedCartVersion !== undefined && input.expectedCartVersion !== stored.version) {
    throw new ConflictError(
      actor.locale === 'de'
        ? 'Ihr Warenkorb wurde inzwischen geändert (vielleicht in einem anderen Fenster). Bitte prüfen Sie ihn und bestellen Sie erneut.'
        : 'Your cart changed in the meantime (perhaps in another window). Please review it and place the order again.',
    );
  }
  const fields = checkoutErrors(world, actor, input);
  if (fields.length > 0) throw new ValidationError('The order cannot be placed.', fields);
  const cart = pricedCart(world, actor, stored, input.shipToId);
  if (cart.lines.length === 0) {
    throw new ValidationError(actor.locale === 'de' ? 'Der Warenkorb ist leer.' : 'The cart is empty.', [{ path: 'cart', message: 'The cart has no lines.' }]);
  }
  const payment = paymentProblems(world, state, actor, cart.totals.gross, input.paymentMethod);
  if (payment.length > 0) throw new ValidationError(payment[0]?.message ?? 'The order cannot be paid this way.', payment);
  const n = ++state.counters.order;
  const placedAt = world.now().toISOString();
  const id = `ord-${n}`;
  const number = `K-${placedAt.slice(0, 4)}-${String(n).padStart(6, '0')}`;
  const reasons = approvalReasons(world, state, actor, cart.totals.net, input.costCenterId ?? null);
  const order: Order = {
    id,
    number,
    status: reasons.length > 0 ? 'pending-approval' : 'confirmed',
    placedAt,
    placedBy: { userId: actor.user.id, name: actor.user.name },
    accountId: actor.account.id,
    poNumber: input.poNumber ?? null,
    costCenterId: input.costCenterId ?? null,
    requestedDeliveryDate: input.requestedDeliveryDate ?? null,
    billToId: input.billToId,
    shipToId: input.shipToId,
    partialDelivery: input.partialDelivery,
    comment: input.comment ?? null,
    paymentMethod: input.paymentMethod,
    lines: cart.lines.map((l) => ({
      sku: l.sku,
      name: l.name,
      quantity: l.quantity,
      shippedQuantity: 0,
      price: l.price,
      ...(l.configuration ? { configuration: l.configuration } : {}),
      ...(l.configurationSummary ? { configurationSummary: l.configurationSummary } : {}),
    })),
    totals: cart.totals,
    shipments: [],
    invoices: [],
    approvalId: reasons.length > 0 ? createApproval(state, actor, { id, number, placedAt, total: cart.totals.net }, reasons) : null,
  };
  state.orders[id] = order;
  state.idempotency[idempotencyKey] = id;
  clearCart(world, state, actor);
  return { order: orderAt(world, state, order), replayed: false };
}

/** Orders of one of the caller's accounts as they stand now, filtered, newest first. */
export function listOrders(world: World, state: BackendState, actor: Actor, query: OrderQuery): Order[] {
  const limit = Math.min(query.limit ?? ORDER_PAGE.default, ORDER_PAGE.max);
  const offset = query.offset ?? 0;
  const accountId = query.accountId ?? actor.account.id;
  if (!actor.user.accountIds.includes(accountId)) {
    throw new ForbiddenError(actor.locale === 'de' ? 'Sie dürfen die Bestellungen dieses Kontos nicht sehen.' : 'You may not see the orders of this account.');
  }
  const words = (query.search ?? '').toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  const po = query.poNumber?.toLowerCase();
  return Object.values(state.orders)
    .filter((o) => o.accountId === accountId)
    .filter((o) => (query.from === undefined || o.placedAt.slice(0, 10) >= query.from) && (query.to === undefined || o.placedAt.slice(0, 10) <= query.to))
    .filter((o) => query.placedBy === undefined || o.placedBy.userId === query.placedBy)
    .filter((o) => po === undefined || (o.poNumber ?? '').toLowerCase().includes(po))
    .filter((o) => {
      if (words.length === 0) return true;
      const text = [o.number, o.poNumber ?? '', o.placedBy.name, ...o.lines.flatMap((l) => [l.sku, l.name])].join(' ').toLowerCase();
      return words.every((w) => text.includes(w));
    })
    .map((o) => orderAt(world, state, o))
    .filter((o) => query.status === undefined || o.status === query.status)
    .sort((a, b) => (a.placedAt < b.placedAt ? 1 : a.placedAt > b.placedAt ? -1 : Number(b.id.slice(4)) - Number(a.id.slice(4))))
    .slice(offset, offset + limit);
}

/** One order of an account the caller may act for, as it stands now; others do not exist for the caller. */
export function getOrder(world: World, state: BackendState, actor: Actor, id: string): Order {
  const order = state.orders[id];
  if (!order || !actor.user.accountIds.includes(order.accountId)) throw new NotFoundError(`No order ${id}.`);
  return orderAt(world, state, order);
}
