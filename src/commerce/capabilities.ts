/**
 * What an adapter's backend can do. Components read these and explain what is missing
 * instead of failing (an inbox on a backend without approvals says so).
 */
export interface Capabilities {
  /** Customer-specific prices: groups, contracts, tiers in the customer's context. */
  readonly customerPrices: boolean;
  /** Accounts with several bill-to and ship-to addresses that the user can switch. */
  readonly accountSwitching: boolean;
  /** Approval workflows for orders over limits or budgets. */
  readonly approvals: boolean;
  /** Budgets per cost center and period. */
  readonly budgets: boolean;
  /** Typeahead suggestions. */
  readonly suggest: boolean;
  /** Facet counts and filters in search. */
  readonly facets: boolean;
  /** Order history with shipments and invoices. */
  readonly orderHistory: boolean;
  /** Demo users that a toolbar may switch between. */
  readonly demoUsers: boolean;
  /** Variant families with every member's axis values and availability (`getVariantFamily`). */
  readonly variantFamilies?: boolean;
  /** Questions to the sales team per product, with answers (`askQuestion`, `listQuestions`). */
  readonly productQuestions?: boolean;
  /** Ratings and feedback by customers who ordered a product (`getRatings`, `rateProduct`). */
  readonly ratings?: boolean;
  /** Saved carts / requisition lists, shareable within the company (`listSavedCarts`, `saveCart`, …). */
  readonly savedCarts?: boolean;
  /** Promotion codes in the session context (`SessionContext.promotionCode`); absent means no. */
  readonly promotions?: boolean;
}

/** Capabilities with everything off; adapters spread their own over it. */
export const NO_CAPABILITIES: Capabilities = Object.freeze({
  customerPrices: false,
  accountSwitching: false,
  approvals: false,
  budgets: false,
  suggest: false,
  facets: false,
  orderHistory: false,
  demoUsers: false,
  variantFamilies: false,
  productQuestions: false,
  ratings: false,
  savedCarts: false,
});
