import type { CurrencyCode, Money } from './money.js';

/** What a user may do: buyers order, approvers release orders, admins manage the company. */
export type Role = 'buyer' | 'approver' | 'admin';

/** A postal address used for billing or shipping. */
export interface Address {
  readonly id: string;
  readonly label: string;
  readonly company: string;
  readonly street: string;
  readonly postalCode: string;
  readonly city: string;
  /** ISO 3166-1 alpha-2 country code; decides VAT and ship-to dependent prices. */
  readonly country: string;
}

/** A cost center that orders are booked against, with its budget per period. */
export interface CostCenter {
  readonly id: string;
  readonly name: string;
  readonly budget: Money | null;
  readonly period: 'monthly' | 'quarterly' | null;
}

/** One customer account (legal entity or site) of a company. */
export interface Account {
  readonly id: string;
  readonly companyId: string;
  readonly name: string;
  readonly customerGroupId: string;
  readonly currency: CurrencyCode;
  readonly billTo: readonly Address[];
  readonly shipTo: readonly Address[];
  readonly costCenters: readonly CostCenter[];
  readonly creditLimit: Money;
}

/** A buying organisation with one or more accounts. */
export interface Company {
  readonly id: string;
  readonly name: string;
}

/** A person who logs in. */
export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly companyId: string;
  readonly roles: readonly Role[];
  /** Accounts this user may act for. */
  readonly accountIds: readonly string[];
  /** Largest order total (net) this user may place without approval; null means no limit. */
  readonly spendingLimit: Money | null;
  /** Largest order total this user may approve; null when the user does not approve. */
  readonly approvalLimit: Money | null;
}

/** The context prices and orders are computed in. */
export interface SessionContext {
  readonly accountId: string;
  readonly billToId: string;
  readonly shipToId: string;
  /** BCP 47 language of product texts and messages (`de` or `en`). */
  readonly locale: string;
  /**
   * A promotion code the buyer entered (capability `promotions`); every price, the cart and
   * the order follow it. Absent or null when none is active; `setContext({ promotionCode:
   * null })` removes it, an unknown or expired code is refused with a validation error.
   */
  readonly promotionCode?: string | null;
}

/** The current session: anonymous (`user` null) or logged in with its context. */
export interface Session {
  readonly user: User | null;
  readonly company: Company | null;
  readonly accounts: readonly Account[];
  readonly context: SessionContext | null;
}

/**
 * The session of a caller nobody has logged in as. An adapter that holds no credentials
 * knows its session is this one without asking its backend.
 */
export const ANONYMOUS_SESSION: Session = Object.freeze({ user: null, company: null, accounts: Object.freeze([]), context: null });

/** Login credentials. */
export interface Credentials {
  readonly email: string;
  readonly password: string;
}

/** A user the demo toolbar can switch to (only backends with the `demoUsers` capability). */
export interface DemoUser {
  readonly email: string;
  readonly password: string;
  readonly name: string;
  readonly companyName: string;
  readonly roles: readonly Role[];
}
