/** Invoices of an account and how much of its credit limit is in use. */
import { money, type AccountInvoice, type AccountInvoices, type Account, type Order } from '../../commerce/index.js';
import type { BackendState } from '../state/state.js';
import type { Actor } from './actor.js';
import { orderAt } from './fulfilment.js';
import type { World } from './world.js';

/** Orders of an account as they stand now. */
export function accountOrdersNow(world: World, state: BackendState, accountId: string): Order[] {
  return Object.values(state.orders)
    .filter((o) => o.accountId === accountId)
    .map((o) => orderAt(world, state, o));
}

/**
 * Gross value of the account's orders on invoice that still draw on its credit: placed or
 * waiting for approval and not yet paid. Card and direct debit draw none, nor do rejected
 * and cancelled orders (the checkout's credit check uses this rule too).
 */
export function creditUsedMinor(orders: readonly Order[], currency: string): number {
  return orders
    .filter((o) => o.paymentMethod === 'invoice' && o.totals.gross.currency === currency)
    .filter((o) => o.status !== 'rejected' && o.status !== 'cancelled' && o.status !== 'paid')
    .reduce((sum, o) => sum + o.totals.gross.amountMinor, 0);
}

/** The caller's current account: its invoices, newest first, and its credit use. */
export function listInvoices(world: World, state: BackendState, actor: Actor): AccountInvoices {
  const account: Account = actor.account;
  const orders = accountOrdersNow(world, state, account.id);
  const invoices: AccountInvoice[] = orders
    .flatMap((order) => order.invoices.map((invoice) => ({ ...invoice, orderId: order.id, orderNumber: order.number, paidAt: invoice.paidAt ?? null })))
    .sort((a, b) => (a.issuedAt < b.issuedAt ? 1 : a.issuedAt > b.issuedAt ? -1 : a.number < b.number ? 1 : -1));
  const currency = account.creditLimit.currency;
  const used = creditUsedMinor(orders, currency);
  const sum = (status: AccountInvoice['status'][]) => invoices.filter((i) => status.includes(i.status)).reduce((s, i) => s + i.total.amountMinor, 0);
  return {
    accountId: account.id,
    creditLimit: account.creditLimit,
    creditUsed: money(used, currency),
    creditAvailable: money(account.creditLimit.amountMinor - used, currency),
    openTotal: money(sum(['open', 'overdue']), currency),
    overdueTotal: money(sum(['overdue']), currency),
    invoices,
  };
}
