import type { Money } from './money.js';
import type { Sku } from './catalog-types.js';

/** Where a price came from: the buyer sees it as a badge ("your contract price"). */
export type PriceSource = 'list' | 'group' | 'contract' | 'tier' | 'promotion';

/** One step of a volume price table: from `minQuantity` on, each unit costs `unitNet`. */
export interface TierBreak {
  readonly minQuantity: number;
  readonly unitNet: Money;
}

/**
 * A ship-to dependent adjustment (delivery region, serving warehouse) that is included in a
 * quote's catalog-based prices: +3 for a 3 % regional surcharge, -2 for a 2 % discount.
 */
export interface ShipToAdjustment {
  /** Human-readable name, e.g. "Region Austria". */
  readonly label: string;
  /** Percent added to (negative: taken off) the catalog-based unit price. */
  readonly percent: number;
}

/** A request to price a quantity of a SKU in the session's context. */
export interface PriceRequestItem {
  readonly sku: Sku;
  readonly quantity: number;
}

/**
 * The customer's price for a quantity of a SKU, in the current account, ship-to and currency.
 * Rounding: the unit price is rounded to minor units first; the line is unit times quantity
 * (then rounded half away from zero for fractional quantities); VAT is computed per line.
 */
export interface PriceQuote {
  readonly sku: Sku;
  readonly quantity: number;
  readonly unitNet: Money;
  readonly lineNet: Money;
  /** The list price per unit in the same currency, to strike through when higher. */
  readonly listUnitNet: Money;
  readonly source: PriceSource;
  /** Human-readable origin, e.g. the price list's or contract's name. */
  readonly sourceLabel: string;
  /** The full tier table of the winning price source (empty when it has no tiers). */
  readonly tiers: readonly TierBreak[];
  /** VAT rate of the ship-to country as a fraction (0.19). */
  readonly vatRate: number;
  readonly lineVat: Money;
  readonly lineGross: Money;
  /**
   * The ship-to adjustment included in `unitNet` and `listUnitNet`; absent or null when
   * none applies (or the winning source is a fixed contract price, which is a delivered price).
   */
  readonly shipToAdjustment?: ShipToAdjustment | null;
}
