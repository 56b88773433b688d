import type { Money } from './money.js';
import type { PriceQuote } from './pricing-types.js';
import type { QuantityRules, Sku } from './catalog-types.js';
import type { Configuration, ConfigurationSummary } from './configuration-types.js';

/**
 * Most lines one cart holds, and one add-to-cart call may carry: a spreadsheet of a year's
 * consumables (quick order takes 10,000 lines) fits in one go.
 */
export const MAX_ORDER_LINES = 10_000;

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
  /** The product's quantity rules, so a client can explain a quantity before sending it (optional). */
  readonly rules?: QuantityRules;
  /** A configured product's choices (absent for plain products). */
  readonly configuration?: Configuration;
  /** The configuration in words, with its code, weight and lead time. */
  readonly configurationSummary?: ConfigurationSummary;
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
  /**
   * The choices of a configurable product. Lines of the same SKU merge only when their
   * configurations are equal; the backend refuses a configuration its rules do not allow.
   */
  readonly configuration?: Configuration;
}

/** A change to an existing cart line. */
export interface CartLinePatch {
  readonly quantity?: number;
  readonly note?: string;
  /** New choices for a configured line (edit in the configurator); validated like a new line. */
  readonly configuration?: Configuration;
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
  /**
   * The cart version the buyer reviewed. When given, the backend refuses (conflict) to
   * place a cart that changed since, say in another tab; a replayed key ignores it.
   */
  readonly expectedCartVersion?: number;
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
  /** What no warehouse had on hand when the order was confirmed; it ships later. */
  readonly backorderedQuantity?: number;
  /** A configured product's choices, as ordered (reorder carries them to the cart). */
  readonly configuration?: Configuration;
  /** The configuration in words, as ordered. */
  readonly configurationSummary?: ConfigurationSummary;
}

/** A parcel or delivery leaving one warehouse. */
export interface Shipment {
  readonly id: string;
  readonly warehouseId: string;
  /** The warehouse's name for display. */
  readonly warehouseName?: string;
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
  /** When it was paid (absent or null while unpaid). */
  readonly paidAt?: string | null;
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
  /** The recorded approval decisions, oldest first (when the order needed approval). */
  readonly approvalDecisions?: readonly ApprovalDecision[];
}

/** Filters for the order list. */
export interface OrderQuery {
  readonly status?: OrderStatus;
  readonly limit?: number;
  readonly offset?: number;
  /** First day placed, ISO date (YYYY-MM-DD), inclusive. */
  readonly from?: string;
  /** Last day placed, ISO date (YYYY-MM-DD), inclusive. */
  readonly to?: string;
  /** Part of the PO number, case-insensitive. */
  readonly poNumber?: string;
  /** User id of the person who placed the order. */
  readonly placedBy?: string;
  /** One of the user's accounts; defaults to the session's account. */
  readonly accountId?: string;
  /** Words found in the order number, PO number, SKUs or product names. */
  readonly search?: string;
}

/** Why an order needs approval, in words and as data. */
export interface ApprovalReason {
  readonly code: 'spending-limit' | 'budget';
  readonly message: string;
  /** How far the order exceeds the limit. */
  readonly excess: Money;
  /** The limit or budget exceeded, so clients can phrase the reason in their own language. */
  readonly limit?: Money;
  /** The cost center whose budget is exceeded (`budget` only). */
  readonly costCenterName?: string;
  /** The budget's period (`budget` only). */
  readonly period?: 'monthly' | 'quarterly';
}

/** A recorded, immutable decision. */
export interface ApprovalDecision {
  readonly decision: 'approve' | 'reject';
  readonly userId: string;
  readonly userName: string;
  readonly at: string;
  readonly comment: string;
  /** True when the approver's limit did not cover the order and it went on to the next level. */
  readonly escalated?: boolean;
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
  /** The step now waiting (1 for the first approver, 2 after one escalation, …). */
  readonly step?: number;
  /** Who may decide the pending step; empty when nobody's limit is high enough. */
  readonly nextApprovers?: readonly { readonly userId: string; readonly name: string }[];
  /** Whether the caller may decide the pending step. */
  readonly canDecide?: boolean;
  /** The cost center's budget in the period of the order, when the order books against one. */
  readonly budget?: BudgetState | null;
}

/** A cost center's budget in one period, as of now. */
export interface BudgetState {
  readonly costCenterId: string;
  readonly costCenterName: string;
  readonly period: 'monthly' | 'quarterly';
  /** First day of the period (YYYY-MM-DD). */
  readonly periodStart: string;
  readonly budget: Money;
  /** Net value of orders placed or approved in the period (rejected ones released). */
  readonly spent: Money;
  /** Budget minus spent; negative when exceeded. */
  readonly remaining: Money;
}

/** An approver's decision on a request. */
export interface ApprovalDecisionInput {
  readonly decision: 'approve' | 'reject';
  readonly comment?: string;
  /**
   * The step the caller saw. When another decision landed first, the backend answers with a
   * conflict instead of deciding a request the caller has not seen.
   */
  readonly step?: number;
}
