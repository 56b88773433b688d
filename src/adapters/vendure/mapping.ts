/**
 * Translation of Vendure's Shop API shapes into the contract's types. Vendure keeps money in
 * integer minor units, as the contract does, so amounts pass through unchanged.
 */
import {
  money,
  type Account,
  type Address,
  type Cart,
  type CartLine,
  type Media,
  type Money,
  type Order,
  type OrderStatus,
  type PaymentMethod,
  type PriceQuote,
  type QuantityRules,
  type Session,
  type SessionContext,
  type Totals,
} from '../../commerce/index.js';
import type { VendureAddress, VendureCustomer, VendureOrder, VendureOrderLine } from './documents.js';

/** Vendure has no quantity rules: any whole number of pieces. */
export const PIECE_RULES: QuantityRules = Object.freeze({ minQuantity: 1, packSize: 1, unit: 'piece', fractional: false });

/**
 * A VAT rate from a net and a gross amount, to four decimals (0.2 for 20 %). Vendure gives
 * both for catalog prices but not the rate.
 */
export function vatRateOf(net: number, gross: number): number {
  return net > 0 ? Math.round(((gross - net) / net) * 10_000) / 10_000 : 0;
}

/**
 * A list price quote for a quantity: unit times quantity, VAT per line at the variant's
 * rate. Vendure has no customer, group or tier prices, so the source is always the list.
 */
export function listQuote(sku: string, quantity: number, unitNet: number, unitGross: number, currency: string): PriceQuote {
  const vatRate = vatRateOf(unitNet, unitGross);
  const lineNet = unitNet * quantity;
  const lineVat = Math.round(lineNet * vatRate);
  return {
    sku,
    quantity,
    unitNet: money(unitNet, currency),
    lineNet: money(lineNet, currency),
    listUnitNet: money(unitNet, currency),
    source: 'list',
    sourceLabel: 'List price',
    tiers: [],
    vatRate,
    lineVat: money(lineVat, currency),
    lineGross: money(lineNet + lineVat, currency),
    shipToAdjustment: null,
  };
}

/**
 * A stock figure from Vendure's `stockLevel`: a count when the server's stock display
 * strategy exposes one (see docs/vendure.md), otherwise 1 for "in stock" and 0 for not.
 */
export function stockFrom(stockLevel: string | undefined, inStock: boolean): number {
  const count = Number(stockLevel);
  if (stockLevel !== undefined && stockLevel.trim() !== '' && Number.isFinite(count)) return Math.max(0, Math.floor(count));
  if (stockLevel === 'OUT_OF_STOCK') return 0;
  return inStock || stockLevel === 'IN_STOCK' || stockLevel === 'LOW_STOCK' ? 1 : 0;
}

/** An image for a preview URL. */
export function imageOf(preview: string | undefined | null, alt: string): Media | null {
  return preview ? { kind: 'image', url: preview, alt } : null;
}

function addressOf(address: VendureAddress, fallbackCompany: string): Address {
  return {
    id: address.id,
    label: [address.company || address.fullName, address.streetLine1, address.city].filter(Boolean).join(', '),
    company: address.company || address.fullName || fallbackCompany,
    street: [address.streetLine1, address.streetLine2].filter(Boolean).join(', '),
    postalCode: address.postalCode ?? '',
    city: address.city ?? '',
    country: address.country.code,
  };
}

/** Addresses with the default for a purpose first. */
function byDefault(addresses: readonly VendureAddress[], key: 'defaultBillingAddress' | 'defaultShippingAddress'): VendureAddress[] {
  return [...addresses].sort((a, b) => Number(Boolean(b[key])) - Number(Boolean(a[key])));
}

/** The one account a Vendure customer acts for (Vendure has no companies of several accounts). */
export function accountOf(customer: VendureCustomer, currency: string): Account {
  const addresses = customer.addresses ?? [];
  const name = `${customer.firstName} ${customer.lastName}`.trim() || customer.emailAddress;
  const company = byDefault(addresses, 'defaultBillingAddress')[0]?.company || name;
  return {
    id: customer.id,
    companyId: customer.id,
    name: company,
    customerGroupId: '',
    currency,
    billTo: byDefault(addresses, 'defaultBillingAddress').map((a) => addressOf(a, company)),
    shipTo: byDefault(addresses, 'defaultShippingAddress').map((a) => addressOf(a, company)),
    costCenters: [],
    // Vendure knows no credit limit; payment on invoice is not checked against one.
    creditLimit: money(0, currency),
  };
}

/** The session of a logged-in customer in the given context. */
export function sessionOf(customer: VendureCustomer, account: Account, context: SessionContext): Session {
  return {
    user: {
      id: customer.id,
      email: customer.emailAddress,
      name: `${customer.firstName} ${customer.lastName}`.trim() || customer.emailAddress,
      companyId: account.companyId,
      roles: ['buyer'],
      accountIds: [account.id],
      spendingLimit: null,
      approvalLimit: null,
    },
    company: { id: account.companyId, name: account.name },
    accounts: [account],
    context,
  };
}

function lineQuote(line: VendureOrderLine, currency: string): PriceQuote {
  const discounted = line.proratedLinePrice !== line.linePrice;
  const unitNet = discounted ? line.proratedUnitPrice : line.unitPrice;
  const lineNet = discounted ? line.proratedLinePrice : line.linePrice;
  return {
    sku: line.productVariant.sku,
    quantity: line.quantity,
    unitNet: money(unitNet, currency),
    lineNet: money(lineNet, currency),
    listUnitNet: money(line.unitPrice, currency),
    source: discounted ? 'promotion' : 'list',
    sourceLabel: discounted ? 'Promotion' : 'List price',
    tiers: [],
    vatRate: line.taxRate / 100,
    lineVat: money(line.proratedLinePriceWithTax - line.proratedLinePrice, currency),
    lineGross: money(line.proratedLinePriceWithTax, currency),
    shipToAdjustment: null,
  };
}

function cartLineOf(line: VendureOrderLine, currency: string): CartLine {
  return {
    id: line.id,
    sku: line.productVariant.sku,
    name: line.productVariant.name,
    quantity: line.quantity,
    note: line.customFields?.note ?? '',
    price: lineQuote(line, currency),
  };
}

/** Totals of the goods: net, VAT per rate and gross, from Vendure's own line figures. */
function goodsTotals(order: VendureOrder): Totals {
  const currency = order.currencyCode;
  const vat = new Map<number, number>();
  for (const line of order.lines) {
    vat.set(line.taxRate, (vat.get(line.taxRate) ?? 0) + line.proratedLinePriceWithTax - line.proratedLinePrice);
  }
  return {
    net: money(order.subTotal, currency),
    vat: [...vat].map(([rate, amount]) => ({ rate: rate / 100, amount: money(amount, currency) })),
    gross: money(order.subTotalWithTax, currency),
  };
}

/** An empty cart in the channel's currency (a customer without an active order). */
export function emptyCart(currency: string, version: number): Cart {
  const zero: Money = money(0, currency);
  return { id: '', lines: [], totals: { net: zero, vat: [], gross: zero }, version, updatedAt: new Date(0).toISOString() };
}

/** The active order as the contract's cart. */
export function cartOf(order: VendureOrder, version: number): Cart {
  return {
    id: order.code,
    lines: order.lines.map((line) => cartLineOf(line, order.currencyCode)),
    totals: goodsTotals(order),
    version,
    updatedAt: order.updatedAt,
  };
}

/** What identifies a cart's content; a new value means a new cart version. */
export function cartSignature(order: VendureOrder | null): string {
  if (!order) return '';
  return JSON.stringify([order.code, order.couponCodes, order.subTotal, order.lines.map((l) => [l.id, l.quantity, l.customFields?.note ?? ''])]);
}

/** Vendure's order states in the contract's terms. */
export function statusOf(state: string): OrderStatus {
  switch (state) {
    case 'PartiallyShipped':
      return 'partially-shipped';
    case 'Shipped':
    case 'PartiallyDelivered':
    case 'Delivered':
      return 'shipped';
    case 'Cancelled':
      return 'cancelled';
    default:
      return 'confirmed';
  }
}

const PAYMENT_METHODS: readonly PaymentMethod[] = ['invoice', 'card', 'direct-debit'];

/** A placed Vendure order as the contract's order. */
export function orderOf(order: VendureOrder): Order {
  const currency = order.currencyCode;
  const fields = order.customFields ?? null;
  const shipped = new Map<string, number>();
  const shipments = (order.fulfillments ?? [])
    .filter((f) => f.state !== 'Cancelled')
    .map((f) => {
      const left = f.state === 'Shipped' || f.state === 'Delivered';
      for (const line of f.lines) if (left) shipped.set(line.orderLineId, (shipped.get(line.orderLineId) ?? 0) + line.quantity);
      return {
        id: f.id,
        warehouseId: 'default',
        carrier: f.method,
        trackingReference: f.trackingCode || null,
        shippedAt: left ? f.updatedAt : null,
        expectedAt: f.updatedAt,
        lines: f.lines.map((l) => ({ sku: order.lines.find((ol) => ol.id === l.orderLineId)?.productVariant.sku ?? '', quantity: l.quantity })),
      };
    });
  const payment = PAYMENT_METHODS.find((m) => m === fields?.kontorPaymentMethod) ?? 'invoice';
  const customerName = order.customer ? `${order.customer.firstName} ${order.customer.lastName}`.trim() : '';
  return {
    id: order.code,
    number: order.code,
    status: statusOf(order.state),
    placedAt: order.orderPlacedAt ?? order.updatedAt,
    placedBy: { userId: order.customer?.id ?? '', name: customerName },
    accountId: order.customer?.id ?? '',
    poNumber: fields?.poNumber || null,
    costCenterId: fields?.costCenterId || null,
    requestedDeliveryDate: fields?.requestedDeliveryDate || null,
    billToId: fields?.billToId ?? '',
    shipToId: fields?.shipToId ?? '',
    partialDelivery: fields?.partialDelivery ?? false,
    comment: fields?.orderComment || null,
    paymentMethod: payment,
    lines: order.lines.map((line) => ({
      sku: line.productVariant.sku,
      name: line.productVariant.name,
      quantity: line.quantity,
      shippedQuantity: shipped.get(line.id) ?? 0,
      price: lineQuote(line, currency),
    })),
    totals: {
      net: money(order.total, currency),
      vat: order.taxSummary.map((t) => ({ rate: t.taxRate / 100, amount: money(t.taxTotal, currency) })),
      gross: money(order.totalWithTax, currency),
    },
    shipments,
    invoices: [],
    approvalId: null,
  };
}
