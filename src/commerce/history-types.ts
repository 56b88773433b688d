/**
 * Types of the after-order contract: invoices of an account with its credit use, approval
 * filters and bulk decisions, and the demo clock that moves the reference backend in time.
 */
import type { Money } from './money.js';
import type { ApprovalRequest, Invoice } from './order-types.js';
import type { CommerceErrorCode } from './errors.js';

/** An invoice with the order it bills, as listed for an account. */
export interface AccountInvoice extends Invoice {
  readonly orderId: string;
  readonly orderNumber: string;
  /** When it was paid; null while open or overdue. */
  readonly paidAt: string | null;
}

/** Invoices of the current account with its credit limit and how much of it is in use. */
export interface AccountInvoices {
  readonly accountId: string;
  readonly creditLimit: Money;
  /** Gross value of orders on invoice placed and not yet paid (waiting, open, invoiced). */
  readonly creditUsed: Money;
  /** What remains of the limit; negative when the limit is exceeded. */
  readonly creditAvailable: Money;
  /** Sum of open and overdue invoices. */
  readonly openTotal: Money;
  /** Sum of overdue invoices. */
  readonly overdueTotal: Money;
  /** Newest first. */
  readonly invoices: readonly AccountInvoice[];
}

/** Filters for the approval list. */
export interface ApprovalQuery {
  readonly status?: ApprovalRequest['status'];
  /** `to-decide`: requests the caller may decide now; `mine`: requests the caller placed. */
  readonly scope?: 'to-decide' | 'mine';
}

/** The same decision on several requests at once. */
export interface BulkDecisionInput {
  readonly ids: readonly string[];
  readonly decision: 'approve' | 'reject';
  readonly comment?: string;
}

/** The outcome for one request of a bulk decision: the request, or why it was refused. */
export interface BulkDecisionResult {
  readonly id: string;
  readonly request: ApprovalRequest | null;
  readonly error: { readonly code: CommerceErrorCode; readonly message: string } | null;
}

/** The reference backend's clock as a demo sees it. */
export interface DemoClock {
  /** The backend's current time (ISO). */
  readonly now: string;
  /** How far it runs ahead of the real clock, in hours. */
  readonly offsetHours: number;
}
