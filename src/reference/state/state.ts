/**
 * The backend's mutable state as one JSON-serializable value. Hosts persist it whole:
 * a file in Node, an IndexedDB entry in the browser.
 */
import type { ApprovalRequest, Order, SessionContext } from '../../commerce/index.js';

/** A logged-in session, addressed by its bearer token. */
export interface StoredSession {
  readonly userId: string;
  context: SessionContext;
  readonly createdAt: string;
}

/** A cart line as stored: prices are computed when the cart is read. */
export interface StoredCartLine {
  readonly id: string;
  readonly sku: string;
  quantity: number;
  note: string;
  /** A configured product's choices, canonical (see `src/configurator`). */
  configuration?: import('../../configurator/index.js').Configuration;
}

/** One user's cart for one account. */
export interface StoredCart {
  readonly id: string;
  lines: StoredCartLine[];
  version: number;
  updatedAt: string;
}

/** A saved cart (requisition list) as stored; names are looked up when it is read. */
export interface StoredSavedCart {
  readonly id: string;
  name: string;
  readonly ownerId: string;
  readonly companyId: string;
  shared: boolean;
  readonly lines: readonly { readonly sku: string; readonly quantity: number; readonly note: string }[];
  readonly createdAt: string;
  updatedAt: string;
}

/** A question to the sales team as stored; `productName` is kept in the asker's language. */
export interface StoredQuestion {
  readonly id: string;
  readonly sku: string;
  readonly productName: string;
  readonly text: string;
  readonly askedAt: string;
  readonly askedBy: { readonly userId: string; readonly name: string };
  readonly accountId: string;
  answer: { readonly text: string; readonly answeredAt: string; readonly answeredBy: string } | null;
}

/** One user's rating of one product. */
export interface StoredReview {
  readonly id: string;
  readonly sku: string;
  readonly userId: string;
  readonly accountId: string;
  readonly author: string;
  stars: number;
  comment: string;
  updatedAt: string;
}

/** Everything that changes at run time. */
export interface BackendState {
  readonly schema: 1;
  counters: { order: number; approval: number; line: number };
  sessions: Record<string, StoredSession>;
  /** Carts by `userId/accountId`. */
  carts: Record<string, StoredCart>;
  orders: Record<string, Order>;
  /** Order id by `userId/idempotencyKey`. */
  idempotency: Record<string, string>;
  approvals: Record<string, ApprovalRequest>;
  /** Questions to the sales team; absent in states saved before questions existed. */
  questions?: { counter: number; byId: Record<string, StoredQuestion> };
  /** Ratings by `sku/userId`; absent in states saved before ratings existed. */
  ratings?: { counter: number; byKey: Record<string, StoredReview> };
  /**
   * How far the backend's clock runs ahead of the host's, in milliseconds (demo clock);
   * absent in states saved before it existed.
   */
  clockOffsetMs?: number;
  /** Saved carts with their id counter; absent in states saved before saved carts existed. */
  savedCarts?: { counter: number; byId: Record<string, StoredSavedCart> };
}

/** A fresh, empty state. */
export function emptyState(): BackendState {
  return { schema: 1, counters: { order: 0, approval: 0, line: 0 }, sessions: {}, carts: {}, orders: {}, idempotency: {}, approvals: {} };
}

/** Accepts a loaded value as state only when it has the expected shape. */
export function isBackendState(value: unknown): value is BackendState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof BackendState, unknown>>;
  return v.schema === 1 && ['counters', 'sessions', 'carts', 'orders', 'idempotency', 'approvals'].every(
    (key) => typeof v[key as keyof BackendState] === 'object' && v[key as keyof BackendState] !== null,
  );
}
