/** Shapes of the seeded account and price data. */
import type { Account, Company, User } from '../../commerce/index.js';

/** A user with the password the demo login accepts. */
export interface SeedUser extends User {
  readonly password: string;
}

/** A customer group with its price list: a discount per top-level category. */
export interface CustomerGroup {
  readonly id: string;
  readonly name: string;
  /** Discount in percent off the list price, by top-level category id. */
  readonly discounts: Readonly<Record<string, number>>;
}

/** A negotiated net price for one SKU and account, valid between two dates (inclusive). */
export interface ContractPrice {
  readonly id: string;
  readonly name: string;
  readonly accountId: string;
  readonly sku: string;
  /** Net unit price in minor units of the account's currency. */
  readonly unitNetMinor: number;
  readonly currency: string;
  /** ISO date (YYYY-MM-DD), first valid day. */
  readonly validFrom: string;
  /** ISO date (YYYY-MM-DD), last valid day. */
  readonly validTo: string;
}

/**
 * A ship-to dependent price region (delivery area or serving warehouse): catalog-based
 * prices of the ship-to addresses in it move by `percent` (negative: a discount).
 */
export interface PriceRegion {
  readonly id: string;
  readonly name: { readonly de: string; readonly en: string };
  /** Percent added to catalog-based unit prices; between -50 and 100. */
  readonly percent: number;
  /** Ship-to address ids priced in this region. */
  readonly shipToIds: readonly string[];
}

/** A promotion a buyer activates with a code: a discount off the list price. */
export interface Promotion {
  /** The code, upper case; buyers may type it in any case. */
  readonly code: string;
  readonly name: { readonly de: string; readonly en: string };
  /** Discount in percent off the (ship-to adjusted) list price. */
  readonly discountPercent: number;
  /** Top-level categories it applies to; empty means every category. */
  readonly topCategoryIds: readonly string[];
  /** Smallest line quantity it applies to (1 when any quantity qualifies). */
  readonly minQuantity: number;
  /** ISO date (YYYY-MM-DD), first valid day. */
  readonly validFrom: string;
  /** ISO date (YYYY-MM-DD), last valid day. */
  readonly validTo: string;
}

/** Everything seeded besides the catalog. */
export interface SeedData {
  readonly companies: readonly Company[];
  readonly accounts: readonly Account[];
  readonly users: readonly SeedUser[];
  readonly customerGroups: readonly CustomerGroup[];
  readonly contracts: readonly ContractPrice[];
  readonly regions: readonly PriceRegion[];
  readonly promotions: readonly Promotion[];
}
