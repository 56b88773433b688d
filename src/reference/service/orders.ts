/** Checkout and order history. */
import {
  NotFoundError,
  ValidationError,
  money,
  type ApprovalReason,
  type CheckoutInput,
  type FieldError,
  type Money,
  type Order,
  type OrderQuery,
} from '../../commerce/index.js';
import type { BackendState } from '../state/state.js';
import { today, type Actor } from './actor.js';
import { createApproval } from './approvals.js';
import { clearCart, pricedCart, storedCart } from './cart.js';
import { limitIn, moneyText } from './money-text.js';
import type { World } from './world.js';

/** Default and largest page of the order list. */
export const ORDER_PAGE = { default: 50, max: 200 } as const;

function periodKey(iso: string, period: 'monthly' | 'quarterly'): string {
  const year = iso.slice(0, 4);
  const month = Number(iso.slice(5, 7));
  return period === 'monthly' ? `${year}-${month}` : `${year}-Q${Math.ceil(month / 3)}`;
}

function approvalReasons(world: World, state: BackendState, actor: Actor, net: Money, costCenterId: string | null): ApprovalReason[] {
  const reasons: ApprovalReason[] = [];
  const t = (de: string, en: string): string => (actor.locale === 'de' ? de : en);
  const limit = actor.user.spendingLimit;
  if (limit) {
    const limitMinor = limitIn(limit, net.currency);
    if (net.amountMinor > limitMinor) {
      const excess = money(net.amountMinor - limitMinor, net.currency);
      const limitText = moneyText(money(limitMinor, net.currency), actor.locale);
      const excessText = moneyText(excess, actor.locale);
      reasons.push({
        code: 'spending-limit',
        message: t(`Überschreitet Ihr Bestelllimit von ${limitText} um ${excessText}.`, `Exceeds your order limit of ${limitText} by ${excessText}.`),
        excess,
      });
    }
  }
  const center = actor.account.costCenters.find((c) => c.id === costCenterId);
  if (center?.budget && center.period) {
    const period = center.period;
    const now = periodKey(world.now().toISOString(), period);
    let spent = 0;
    for (const order of Object.values(state.orders)) {
      if (order.accountId !== actor.account.id || order.costCenterId !== center.id) continue;
      if (order.status === 'rejected' || order.status === 'cancelled') continue;
      if (periodKey(order.placedAt, period) === now) spent += order.totals.net.amountMinor;
    }
    const over = spent + net.amountMinor - center.budget.amountMinor;
    if (over > 0) {
      const excess = money(over, net.currency);
      const budgetText = moneyText(center.budget, actor.locale);
      const periodText = period === 'monthly' ? t('Monatsbudget', 'monthly budget') : t('Quartalsbudget', 'quarterly budget');
      reasons.push({
        code: 'budget',
        message: t(
          `Überschreitet das ${periodText} der Kostenstelle ${center.name} (${budgetText}) um ${moneyText(excess, actor.locale)}.`,
          `Exceeds the ${periodText} of cost center ${center.name} (${budgetText}) by ${moneyText(excess, actor.locale)}.`,
        ),
        excess,
      });
    }
  }
  return reasons;
}

function checkoutErrors(world: World, actor: Actor, input: CheckoutInput): FieldError[] {
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
  if (replay) return { order: replay, replayed: true };

  const fields = checkoutErrors(world, actor, input);
  if (fields.length > 0) throw new ValidationError('The order cannot be placed.', fields);
  const cart = pricedCart(world, actor, storedCart(state, actor), input.shipToId);
  if (cart.lines.length === 0) {
    throw new ValidationError(actor.locale === 'de' ? 'Der Warenkorb ist leer.' : 'The cart is empty.', [{ path: 'cart', message: 'The cart has no lines.' }]);
  }
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
    lines: cart.lines.map((l) => ({ sku: l.sku, name: l.name, quantity: l.quantity, shippedQuantity: 0, price: l.price })),
    totals: cart.totals,
    shipments: [],
    invoices: [],
    approvalId: reasons.length > 0 ? createApproval(state, actor, { id, number, placedAt, total: cart.totals.net }, reasons) : null,
  };
  state.orders[id] = order;
  state.idempotency[idempotencyKey] = id;
  clearCart(world, state, actor);
  return { order, replayed: false };
}

/** Orders of the caller's current account, newest first. */
export function listOrders(state: BackendState, actor: Actor, query: OrderQuery): Order[] {
  const limit = Math.min(query.limit ?? ORDER_PAGE.default, ORDER_PAGE.max);
  const offset = query.offset ?? 0;
  return Object.values(state.orders)
    .filter((o) => o.accountId === actor.account.id && (query.status === undefined || o.status === query.status))
    .sort((a, b) => (a.placedAt < b.placedAt ? 1 : a.placedAt > b.placedAt ? -1 : Number(b.id.slice(4)) - Number(a.id.slice(4))))
    .slice(offset, offset + limit);
}

/** One order of an account the caller may act for; others do not exist for the caller. */
export function getOrder(state: BackendState, actor: Actor, id: string): Order {
  const order = state.orders[id];
  if (!order || !actor.user.accountIds.includes(order.accountId)) throw new NotFoundError(`No order ${id}.`);
  return order;
}
