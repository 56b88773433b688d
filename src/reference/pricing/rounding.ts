import { QUANTITY_DECIMALS } from '../../commerce/quantity.js';

/**
 * Rounding rules of the reference backend, in one place so every figure is rounded the same
 * way: unit prices are rounded half away from zero to whole minor units; a line is unit ×
 * quantity, rounded the same way when the quantity is fractional; VAT is rounded per line.
 */

/** Rounds half away from zero (2.5 → 3, -2.5 → -3). */
export function roundHalfAwayFromZero(value: number): number {
  // A tiny epsilon absorbs binary noise such as 1.005 * 100 = 100.49999999999999.
  const rounded = Math.round(Math.abs(value) + 1e-9);
  return value < 0 ? -rounded : rounded;
}

/** Decimal places a quantity may carry; defined by the contract's quantity rules. */
export { QUANTITY_DECIMALS };

/** Line net = unit × quantity in minor units; exact integer arithmetic on scaled quantities. */
export function lineAmount(unitMinor: number, quantity: number): number {
  const scale = 10 ** QUANTITY_DECIMALS;
  const scaledQuantity = Math.round(quantity * scale);
  return roundHalfAwayFromZero((unitMinor * scaledQuantity) / scale);
}

/** VAT of a line: rate given in per mille (190 for 19 %) so the product stays integral. */
export function vatAmount(netMinor: number, ratePerMille: number): number {
  return roundHalfAwayFromZero((netMinor * ratePerMille) / 1000);
}
