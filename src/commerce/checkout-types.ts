/**
 * Contract types for the checkout preview and saved carts (requisition lists). Both are
 * optional parts of the contract: an adapter without them leaves the methods out, and the
 * elements explain what is missing.
 */
import type { Sku } from './catalog-types.js';
import type { FieldError } from './errors.js';
import type { Money } from './money.js';
import type { ApprovalReason, Cart, PaymentMethod } from './order-types.js';

/** What the checkout preview is computed for: the fields of a checkout that change figures. */
export interface CheckoutPreviewInput {
  readonly billToId: string;
  readonly shipToId: string;
  readonly partialDelivery: boolean;
  readonly paymentMethod: PaymentMethod;
  readonly costCenterId?: string;
  /** ISO date (YYYY-MM-DD); nothing ships before it. */
  readonly requestedDeliveryDate?: string;
}

/** Where part of a line's quantity comes from. */
export interface StockSource {
  readonly warehouseId: string;
  readonly warehouseName: string;
  readonly quantity: number;
  /** False when the warehouse has it on hand; true when it must be restocked first. */
  readonly backorder: boolean;
  /** Working days until this part can leave the warehouse. */
  readonly leadTimeDays: number;
}

/** Availability of one cart line, warehouse by warehouse. */
export interface LineAvailability {
  readonly lineId: string;
  readonly sku: Sku;
  /** Units on hand over all warehouses. */
  readonly onHand: number;
  /** Whether the whole quantity is on hand. */
  readonly inStock: boolean;
  readonly sources: readonly StockSource[];
}

/** A delivery as it would leave one warehouse if the order were placed now. */
export interface PlannedShipment {
  readonly warehouseId: string;
  readonly warehouseName: string;
  /** ISO date (YYYY-MM-DD) the shipment is expected to arrive. */
  readonly expectedAt: string;
  /** Whether it waits for restocked goods. */
  readonly backorder: boolean;
  readonly lines: readonly { readonly sku: Sku; readonly name: string; readonly quantity: number }[];
}

/** The account's credit for payment on invoice. */
export interface CreditCheck {
  readonly limit: Money;
  /** Gross total of the account's open orders on invoice (accepted for delivery, not yet paid). */
  readonly used: Money;
  /** What remains: limit minus used (negative when already over). */
  readonly available: Money;
  /** Whether this order on invoice would exceed the credit limit. */
  readonly exceeded: boolean;
}

/**
 * The order as it would be placed now: the cart priced for the chosen ship-to, availability
 * per line, the shipments, the credit check and anything that would stop the order. Every
 * figure is the backend's; the element shows them and recomputes nothing.
 */
export interface CheckoutPreview {
  readonly cart: Cart;
  readonly availability: readonly LineAvailability[];
  readonly shipments: readonly PlannedShipment[];
  /** Payment methods this account may use, the default first. */
  readonly paymentMethods: readonly PaymentMethod[];
  readonly credit: CreditCheck;
  /** Why the order would wait for approval (spending limit, budget); empty when it would be confirmed at once. */
  readonly approvalReasons: readonly ApprovalReason[];
  /** Why the order cannot be placed as it stands (empty when it can), by field. */
  readonly problems: readonly FieldError[];
}

/** One line of a saved cart. */
export interface SavedCartLine {
  readonly sku: Sku;
  readonly name: string;
  readonly quantity: number;
  readonly note: string;
}

/**
 * A saved cart or requisition list: lines kept under a name, private to its owner or shared
 * with everyone in the owner's company.
 */
export interface SavedCart {
  readonly id: string;
  readonly name: string;
  readonly owner: { readonly userId: string; readonly name: string };
  readonly shared: boolean;
  readonly lines: readonly SavedCartLine[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Saves the current cart's lines under a name. */
export interface SaveCartInput {
  readonly name: string;
  readonly shared?: boolean;
}

/** Renames a saved cart or changes who sees it (owner only). */
export interface SavedCartPatch {
  readonly name?: string;
  readonly shared?: boolean;
}

/** The cart after restoring a saved cart, with the lines that could not be taken over. */
export interface RestoreResult {
  readonly cart: Cart;
  readonly skipped: readonly { readonly sku: Sku; readonly message: string }[];
}
