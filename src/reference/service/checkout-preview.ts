/**
 * What an order would look like if placed now: availability per line, shipments split by
 * warehouse, payment methods and the credit check. `placeOrder` enforces the same payment
 * rules through {@link paymentProblems}, so the preview and the order never disagree.
 */
import {
  money,
  type Cart,
  type CheckoutPreview,
  type CheckoutPreviewInput,
  type CreditCheck,
  type FieldError,
  type LineAvailability,
  type Money,
  type PaymentMethod,
  type PlannedShipment,
  type StockSource,
} from '../../commerce/index.js';
import { WAREHOUSES } from '../catalog/types.js';
import type { BackendState } from '../state/state.js';
import { today, type Actor } from './actor.js';
import { approvalReasons } from './budgets.js';
import { accountOrdersNow, creditUsedMinor } from './invoices.js';
import { pricedCart, storedCart } from './cart.js';
import { moneyText } from './money-text.js';
import type { World } from './world.js';

/** Working days from order to arrival for goods on hand. */
const ON_HAND_DAYS = 1;

/**
 * Order statuses that use up credit: accepted for delivery and not yet paid. An order
 * waiting for approval is not accepted yet; its credit is checked when it is placed.
 */

/** Warehouses nearest first: a Swiss ship-to is served from Basel, an Austrian one from Linz. */
function warehousesFor(country: string): number[] {
  const first = country === 'CH' ? 'wh-basel' : country === 'AT' ? 'wh-linz' : 'wh-kassel';
  const order = WAREHOUSES.map((_, i) => i);
  return [...order.filter((i) => WAREHOUSES[i]?.id === first), ...order.filter((i) => WAREHOUSES[i]?.id !== first)];
}

/** Adds working days (Monday to Friday) to an ISO date. */
export function addWorkingDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return date.toISOString().slice(0, 10);
}

/** Splits each line's quantity over the warehouses, nearest first; the rest is backordered. */
export function lineAvailability(world: World, cart: Cart, country: string): LineAvailability[] {
  const preference = warehousesFor(country);
  return cart.lines.map((line) => {
    const item = world.catalog.bySku.get(line.sku);
    const stock = item?.stock ?? [];
    const onHand = stock.reduce((sum, n) => sum + n, 0);
    const sources: StockSource[] = [];
    let missing = line.quantity;
    for (const index of preference) {
      const warehouse = WAREHOUSES[index];
      const available = stock[index] ?? 0;
      if (!warehouse || missing <= 0 || available <= 0) continue;
      const taken = Math.min(available, missing);
      sources.push({ warehouseId: warehouse.id, warehouseName: warehouse.name, quantity: taken, backorder: false, leadTimeDays: ON_HAND_DAYS });
      missing = Math.round((missing - taken) * 1000) / 1000;
    }
    const home = WAREHOUSES[preference[0] ?? 0];
    if (missing > 0 && home) {
      sources.push({ warehouseId: home.id, warehouseName: home.name, quantity: missing, backorder: true, leadTimeDays: home.leadTimeDays + ON_HAND_DAYS });
    }
    return { lineId: line.id, sku: line.sku, onHand, inStock: missing <= 0, sources };
  });
}

/**
 * Shipments as they would leave: one per warehouse and per on-hand/backorder when partial
 * delivery is allowed; otherwise one consolidated delivery when the last part is ready.
 */
export function plannedShipments(world: World, cart: Cart, availability: readonly LineAvailability[], partialDelivery: boolean, requestedDate?: string): PlannedShipment[] {
  const start = today(world);
  const notBefore = (date: string): string => (requestedDate && requestedDate > date ? requestedDate : date);
  const names = new Map(cart.lines.map((line) => [line.id, line.name] as const));
  const groups = new Map<string, { source: StockSource; lines: { sku: string; name: string; quantity: number }[] }>();
  for (const line of availability) {
    for (const source of line.sources) {
      const key = partialDelivery ? `${source.warehouseId}/${source.backorder}` : 'all';
      const group = groups.get(key) ?? { source, lines: [] };
      if (source.leadTimeDays > group.source.leadTimeDays) group.source = { ...group.source, leadTimeDays: source.leadTimeDays, backorder: true };
      group.lines.push({ sku: line.sku, name: names.get(line.lineId) ?? line.sku, quantity: source.quantity });
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .map(({ source, lines }) => ({
      warehouseId: source.warehouseId,
      warehouseName: source.warehouseName,
      expectedAt: notBefore(addWorkingDays(start, source.leadTimeDays)),
      backorder: source.backorder,
      lines,
    }))
    .sort((a, b) => (a.expectedAt < b.expectedAt ? -1 : a.expectedAt > b.expectedAt ? 1 : a.warehouseId.localeCompare(b.warehouseId)));
}

/** Payment methods of the caller's account, the default (invoice) first. SEPA direct debit is for euro accounts only. */
export function paymentMethodsOf(actor: Actor): PaymentMethod[] {
  return actor.account.currency === 'EUR' ? ['invoice', 'card', 'direct-debit'] : ['invoice', 'card'];
}

/**
 * The account's credit against an order total. Credit in use is counted as the invoice view
 * counts it (orders on invoice not yet paid, rejected or cancelled, as they stand now on the
 * backend's clock), so the checkout and the account's invoices never disagree.
 */
export function creditCheck(world: World, state: BackendState, actor: Actor, gross: Money, method: PaymentMethod): CreditCheck {
  const { creditLimit } = actor.account;
  const used = creditUsedMinor(accountOrdersNow(world, state, actor.account.id), creditLimit.currency);
  const available = creditLimit.amountMinor - used;
  return {
    limit: creditLimit,
    used: money(used, creditLimit.currency),
    available: money(available, creditLimit.currency),
    exceeded: method === 'invoice' && gross.amountMinor > available,
  };
}

/** Why an order cannot be paid as asked: a method the account lacks, or credit exceeded. */
export function paymentProblems(world: World, state: BackendState, actor: Actor, gross: Money, method: PaymentMethod): FieldError[] {
  const t = (de: string, en: string): string => (actor.locale === 'de' ? de : en);
  if (!paymentMethodsOf(actor).includes(method)) {
    return [{ path: 'paymentMethod', message: t('Diese Zahlungsart ist für Ihr Konto nicht verfügbar.', 'This payment method is not available for your account.') }];
  }
  const credit = creditCheck(world, state, actor, gross, method);
  if (!credit.exceeded) return [];
  const text = (value: Money): string => moneyText(value, actor.locale);
  const available = money(Math.max(0, credit.available.amountMinor), credit.available.currency);
  return [
    {
      path: 'paymentMethod',
      message: t(
        `Der Bestellwert von ${text(gross)} (brutto) übersteigt Ihren verfügbaren Kreditrahmen von ${text(available)} (Limit ${text(credit.limit)}, offene Rechnungsbestellungen ${text(credit.used)}). Bitte zahlen Sie per Karte oder wenden Sie sich an Ihren Vertriebsansprechpartner.`,
        `The order total of ${text(gross)} (gross) exceeds your available credit of ${text(available)} (limit ${text(credit.limit)}, open orders on invoice ${text(credit.used)}). Please pay by card or contact your sales representative.`,
      ),
    },
  ];
}

/** The preview of the caller's cart for a checkout; `addressProblems` are the checkout's own field checks. */
export function previewCheckout(world: World, state: BackendState, actor: Actor, input: CheckoutPreviewInput, addressProblems: readonly FieldError[]): CheckoutPreview {
  const shipToKnown = actor.account.shipTo.some((a) => a.id === input.shipToId);
  const cart = pricedCart(world, actor, storedCart(state, actor), shipToKnown ? input.shipToId : undefined);
  const country = actor.account.shipTo.find((a) => a.id === input.shipToId)?.country ?? 'DE';
  const availability = lineAvailability(world, cart, country);
  const problems = [...addressProblems, ...paymentProblems(world, state, actor, cart.totals.gross, input.paymentMethod)];
  if (cart.lines.length === 0) problems.push({ path: 'cart', message: actor.locale === 'de' ? 'Der Warenkorb ist leer.' : 'The cart is empty.' });
  return {
    cart,
    availability,
    shipments: plannedShipments(world, cart, availability, input.partialDelivery, input.requestedDeliveryDate),
    paymentMethods: paymentMethodsOf(actor),
    credit: creditCheck(world, state, actor, cart.totals.gross, input.paymentMethod),
    approvalReasons: cart.lines.length > 0 ? approvalReasons(world, state, actor, cart.totals.net, input.costCenterId ?? null) : [],
    problems,
  };
}
