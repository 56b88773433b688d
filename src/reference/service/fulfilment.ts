/**
 * Fulfilment over time. A confirmed order gets a plan that follows from its lines, the
 * warehouses' stock and the moment it was confirmed: the shipments the checkout preview
 * showed (one per warehouse that has the goods, a later one for what is back-ordered), one invoice after the last shipment, payment
 * within the terms. The stored order never changes; reading it at a point in time shows the
 * status, shipments, shipped quantities and invoices of that moment. So the progression is
 * deterministic, needs no background job, and follows whatever clock the backend runs on.
 */
import type { Cart, Invoice, Order, OrderStatus, Shipment } from '../../commerce/index.js';
import type { BackendState } from '../state/state.js';
import { lineAvailability, plannedShipments } from './checkout-preview.js';
import type { World } from './world.js';

const DAY_MS = 86_400_000;

/** Payment terms: net 30. */
export const PAYMENT_TERM_DAYS = 30;
/** The invoice follows the last shipment after this many days. */
const INVOICE_DAYS = 1;
/** Days after the invoice a punctual customer pays. */
const PAYS_AFTER_DAYS = 14;
/** Days after the due date a late payer pays (one order in four, chosen by number). */
const LATE_BY_DAYS = 7;
/** Goods leave the warehouse the working day before they are expected, at this UTC hour. */
const DISPATCH_HOUR = 15;

const CARRIERS: readonly { readonly name: string; readonly prefix: string }[] = [
  { name: 'DHL Freight', prefix: 'JJD' },
  { name: 'DB Schenker', prefix: 'SCH' },
  { name: 'UPS', prefix: '1Z' },
];

/** A shipment as planned, with the moment it leaves. */
interface PlannedShipment {
  readonly id: string;
  readonly warehouseId: string;
  readonly warehouseName: string;
  readonly carrier: string;
  readonly trackingReference: string;
  readonly shipAt: number;
  readonly expectedAt: number;
  readonly lines: { sku: string; quantity: number }[];
}

/** Everything that will happen to an order after confirmation. */
export interface FulfilmentPlan {
  readonly shipments: readonly PlannedShipment[];
  /** Back-ordered quantity by SKU. */
  readonly backordered: ReadonlyMap<string, number>;
  readonly invoice: { readonly issueAt: number; readonly dueAt: number; readonly payAt: number };
}

const sequence = (order: Order): number => Number(order.id.replace(/\D/g, '')) || 0;

/** When the order was confirmed: at placement, or at the approval that released it. */
export function confirmedAt(state: BackendState, order: Order): number | null {
  if (order.status !== 'confirmed') return null;
  const request = order.approvalId ? state.approvals[order.approvalId] : undefined;
  const release = request?.status === 'approved' ? request.decisions.at(-1)?.at : undefined;
  return Date.parse(release ?? order.placedAt);
}

function tracking(prefix: string, order: Order, index: number): string {
  const digits = String((sequence(order) * 7919 + index * 104_729) % 1_000_000_000).padStart(9, '0');
  return `${prefix}${order.number.slice(2, 6)}${digits}`;
}

/** The order's lines as a cart, so the checkout preview's shipment planning applies as is. */
function asCart(order: Order): Cart {
  return {
    id: order.id,
    lines: order.lines.map((line, i) => ({ id: String(i), sku: line.sku, name: line.name, quantity: line.quantity, note: '', price: line.price })),
    totals: order.totals,
    version: 0,
    updatedAt: order.placedAt,
  };
}

/**
 * The plan of a confirmed order (confirmed at `confirmed`, epoch milliseconds): the same
 * split by warehouse and the same dates the checkout preview promised, counted from the
 * moment of confirmation.
 */
export function planOf(world: World, order: Order, confirmed: number): FulfilmentPlan {
  const country = world.accounts.get(order.accountId)?.shipTo.find((a) => a.id === order.shipToId)?.country ?? 'DE';
  const atConfirmation: World = { ...world, now: () => new Date(confirmed) };
  const cart = asCart(order);
  const availability = lineAvailability(atConfirmation, cart, country);
  const planned = plannedShipments(atConfirmation, cart, availability, order.partialDelivery, order.requestedDeliveryDate ?? undefined);
  const backordered = new Map<string, number>();
  for (const line of availability) {
    for (const source of line.sources) if (source.backorder) backordered.set(line.sku, (backordered.get(line.sku) ?? 0) + source.quantity);
  }
  const shipments = planned.map((leg, i): PlannedShipment => {
    const carrier = CARRIERS[(sequence(order) + i) % CARRIERS.length] ?? CARRIERS[0]!;
    const expectedAt = Date.parse(`${leg.expectedAt}T10:00:00Z`);
    // Dispatched the afternoon before arrival, but never before the order was confirmed.
    const shipAt = Math.max(confirmed + 3_600_000, Date.parse(`${previousDay(leg.expectedAt)}T${DISPATCH_HOUR}:00:00Z`));
    return {
      id: `${order.id}-s${i + 1}`,
      warehouseId: leg.warehouseId,
      warehouseName: leg.warehouseName,
      carrier: carrier.name,
      trackingReference: tracking(carrier.prefix, order, i + 1),
      shipAt,
      expectedAt,
      lines: mergeBySku(leg.lines),
    };
  });
  const lastShip = Math.max(confirmed, ...shipments.map((s) => s.shipAt));
  const issueAt = lastShip + INVOICE_DAYS * DAY_MS;
  const dueAt = issueAt + PAYMENT_TERM_DAYS * DAY_MS;
  const payAt = order.paymentMethod !== 'invoice' ? issueAt : sequence(order) % 4 === 0 ? dueAt + LATE_BY_DAYS * DAY_MS : issueAt + PAYS_AFTER_DAYS * DAY_MS;
  return { shipments, backordered, invoice: { issueAt, dueAt, payAt } };
}

/** One entry per SKU: a consolidated delivery lists a line once, however many sources fed it. */
function mergeBySku(lines: readonly { sku: string; quantity: number }[]): { sku: string; quantity: number }[] {
  const bySku = new Map<string, number>();
  for (const line of lines) bySku.set(line.sku, (bySku.get(line.sku) ?? 0) + line.quantity);
  return [...bySku].map(([sku, quantity]) => ({ sku, quantity }));
}

function previousDay(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T12:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
}

const iso = (ms: number): string => new Date(ms).toISOString();

function invoiceAt(order: Order, plan: FulfilmentPlan, now: number): Invoice | null {
  const { issueAt, dueAt, payAt } = plan.invoice;
  if (now < issueAt) return null;
  const paid = now >= payAt;
  return {
    id: `${order.id}-i1`,
    number: `R-${iso(issueAt).slice(0, 4)}-${String(sequence(order)).padStart(6, '0')}`,
    issuedAt: iso(issueAt),
    dueAt: iso(dueAt),
    total: order.totals.gross,
    status: paid ? 'paid' : now > dueAt ? 'overdue' : 'open',
    paidAt: paid ? iso(payAt) : null,
  };
}

/** The order as it stands at the world's current time, with the approval trail attached. */
export function orderAt(world: World, state: BackendState, order: Order): Order {
  const request = order.approvalId ? state.approvals[order.approvalId] : undefined;
  const withTrail: Order = request ? { ...order, approvalDecisions: request.decisions } : order;
  const confirmed = confirmedAt(state, order);
  if (confirmed === null) return withTrail;
  const now = world.now().getTime();
  const plan = planOf(world, order, confirmed);
  const shipments: Shipment[] = plan.shipments.map((s) => {
    const left = now >= s.shipAt;
    return {
      id: s.id,
      warehouseId: s.warehouseId,
      warehouseName: s.warehouseName,
      carrier: s.carrier,
      trackingReference: left ? s.trackingReference : null,
      shippedAt: left ? iso(s.shipAt) : null,
      expectedAt: iso(s.expectedAt),
      lines: s.lines,
    };
  });
  const shipped = new Map<string, number>();
  for (const s of shipments) {
    if (s.shippedAt === null) continue;
    for (const line of s.lines) shipped.set(line.sku, (shipped.get(line.sku) ?? 0) + line.quantity);
  }
  const lines = order.lines.map((line) => {
    const shippedQuantity = Math.min(line.quantity, shipped.get(line.sku) ?? 0);
    const back = plan.backordered.get(line.sku) ?? 0;
    // Back-ordered goods stop counting as such once they have left.
    const backorderedQuantity = Math.max(0, Math.min(back, line.quantity - shippedQuantity));
    return { ...line, shippedQuantity, backorderedQuantity };
  });
  const invoice = invoiceAt(order, plan, now);
  const shippedCount = shipments.filter((s) => s.shippedAt !== null).length;
  const status: OrderStatus = invoice?.status === 'paid'
    ? 'paid'
    : invoice
      ? 'invoiced'
      : shippedCount === shipments.length && shipments.length > 0
        ? 'shipped'
        : shippedCount > 0
          ? 'partially-shipped'
          : 'confirmed';
  return { ...withTrail, status, lines, shipments, invoices: invoice ? [invoice] : [] };
}
