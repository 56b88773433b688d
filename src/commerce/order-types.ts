import type { Money } from './money.js';
import type { PriceQuote } from './pricing-types.js';
import type { Sku } from './catalog-types.js';

/** VAT of one rate within totals. */
export interface VatAmount {
  readonly rate: number;
  readonly amount: Money;
}

/** Totals as computed by the backend; clients display them, never recompute them. */
export interface Totals {
  readonly net: Money;
  readonly vat: readonly VatAmount[];
  readonly gross: Money;
}

/** One line of a cart. */
export interface CartLine {
  readonly id: string;
  readonly sku: Sku;
  readonly name: string;
  readonly quantity: number;
  readonly note: string;
  readonly price: PriceQuote;
}

/** A cart, priced in the session's context. */
export interface Cart {
  readonly id: string;
  readonly lines: readonly CartLine[];
  readonly totals: Totals;
  /** Increases with every change; lets clients drop stale copies. */
  readonly version: number;
  readonly updatedAt: string;
}

/** A line to add to the cart. */
export interface CartLineInput {
  readonly sku: Sku;
  readonly quantity: number;
  readonly note?: string;
}

/** A change to an existing cart line. */
export interface CartLinePatch {
  readonly quantity?: number;
  readonly note?: string;
}

/** How an order is paid. */
export type PaymentMethod = 'invoice' | 'card' | 'direct-debit';

/** What the buyer enters at checkout. */
export interface CheckoutInput {
  /**
   * Created once per order attempt and sent with every retry: the backend stores it and
   * replays the first answer, so a double click or a lost reply never makes a second order.
   */
  readonly idempotencyKey: string;
  readonly poNumber?: string;
  readonly costCenterId?: string;
  /** ISO date (YYYY-MM-DD). */
  readonly requestedDeliveryDate?: string;
  readonly billToId: string;
  readonly shipToId: string;
  readonly partialDelivery: boolean;
  readonly comment?: string;
  readonly paymentMethod: PaymentMethod;
}

/** Where an order is in its life. */
export type OrderStatus =
  | 'pending-approval'
  | 'confirmed'
  | 'partially-shipped'
  | 'shipped'
  | 'invoiced'
  | 'paid'
  | 'rejected'
  | 'cancelled';

/** One line of an order with what has shipped so far. */
export interface OrderLine {
  readonly sku: Sku;
  readonly name: string;
  readonly quantity: number;
  readonly shippedQuantity: number;
  readonly price: PriceQuote;
}

/** A parcel or delivery leaving one warehouse. */
export interface Shipment {
  readonly id: string;
  readonly warehouseId: string;
  readonly carrier: string;
  readonly trackingReference: string | null;
  readonly shippedAt: string | null;
  readonly expectedAt: string;
  readonly lines: readonly { readonly sku: Sku; readonly quantity: number }[];
}

/** An invoice for an order. */
export interface Invoice {
  readonly id: string;
  readonly number: string;
  readonly issuedAt: string;
  readonly dueAt: string;
  readonly total: Money;
  readonly status: 'open' | 'paid' | 'overdue';
}

/** A placed order. */
export interface Order {
  readonly id: string;
  readonly number: string;
  readonly status: OrderStatus;
  readonly placedAt: string;
  readonly placedBy: { readonly userId: string; readonly name: string };
  readonly accountId: string;
  readonly poNumber: string | null;
  readonly costCenterId: string | null;
  readonly requestedDeliveryDate: string | null;
  readonly billToId: string;
  readonly shipToId: string;
  readonly partialDelivery: boolean;
  readonly comment: string | null;
  readonly paymentMethod: PaymentMethod;
  readonly lines: readonly OrderLine[];
  readonly totals: Totals;
  readonly shipments: readonly Shipment[];
  readonly invoices: readonly Invoice[];
  /** The approval request, when the order needed one. */
  readonly approvalId: string | null;
}

/** Filters for the order list. */
export interface OrderQuery {
  readonly status?: OrderStatus;
  readonly limit?: number;
  readonly offset?: number;
}

/** Why an order needs approval, in words and as data. */
export interface ApprovalReason {
  readonly code: 'spending-limit' | 'budget';
  readonly message: string;
  /** How far the order exceeds the limit. */
  readonly excess: Money;
}

/** A recorded, immutable decision. */
export interface ApprovalDecision {
  readonly decision: 'approve' | 'reject';
  readonly userId: string;
  readonly userName: string;
  readonly at: string;
  readonly comment: string;
}

/** An order waiting for (or done with) approval. */
export interface ApprovalRequest {
  readonly id: string;
  readonly orderId: string;
  readonly orderNumber: string;
  readonly accountId: string;
  readonly requestedBy: { readonly userId: string; readonly name: string };
  readonly total: Money;
  readonly reasons: readonly ApprovalReason[];
  readonly status: 'pending' | 'approved' | 'rejected';
  readonly decisions: readonly ApprovalDecision[];
  readonly createdAt: string;
}

/** An approver's decision on a request. */
export interface ApprovalDecisionInput {
  readonly decision: 'approve' | 'reject';
  readonly comment?: string;
}
