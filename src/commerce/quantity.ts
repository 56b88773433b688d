import type { QuantityRules } from './catalog-types.js';

/** Largest quantity one line may carry; beyond it the input is surely a typo. */
export const MAX_LINE_QUANTITY = 1_000_000;

/** Decimal places a quantity may carry (cable by the metre: 12.5 m); prices scale by it. */
export const QUANTITY_DECIMALS = 3;
const QUANTITY_SCALE = 10 ** QUANTITY_DECIMALS;

/** Why a quantity is not accepted, with the closest accepted quantity when there is one. */
export type QuantityProblem =
  | { readonly code: 'not-a-number' }
  | { readonly code: 'not-positive' }
  | { readonly code: 'too-large'; readonly max: number }
  | { readonly code: 'fractional'; readonly suggestion: number }
  | { readonly code: 'too-precise'; readonly decimals: number }
  | { readonly code: 'below-minimum'; readonly suggestion: number }
  | { readonly code: 'not-pack-multiple'; readonly suggestion: number };

/**
 * Checks a quantity against a product's rules. Shared by the backend (which enforces) and
 * the elements (which explain before sending), so both always agree.
 * Returns null when the quantity is fine.
 */
export function checkQuantity(rules: QuantityRules, quantity: number): QuantityProblem | null {
  if (!Number.isFinite(quantity)) return { code: 'not-a-number' };
  if (quantity <= 0) return { code: 'not-positive' };
  if (quantity > MAX_LINE_QUANTITY) return { code: 'too-large', max: MAX_LINE_QUANTITY };
  if (!rules.fractional && !Number.isInteger(quantity)) {
    return { code: 'fractional', suggestion: nextAccepted(rules, Math.ceil(quantity)) };
  }
  if (Math.abs(quantity * QUANTITY_SCALE - Math.round(quantity * QUANTITY_SCALE)) > 1e-6) {
    return { code: 'too-precise', decimals: QUANTITY_DECIMALS };
  }
  if (quantity < rules.minQuantity) return { code: 'below-minimum', suggestion: nextAccepted(rules, rules.minQuantity) };
  if (!isPackMultiple(quantity, rules.packSize)) {
    return { code: 'not-pack-multiple', suggestion: nextAccepted(rules, quantity) };
  }
  return null;
}

function isPackMultiple(quantity: number, packSize: number): boolean {
  // Compare in scaled integers so 0.3 m of a 0.1 m pack counts despite binary floating point.
  return Math.round(quantity * QUANTITY_SCALE) % Math.round(packSize * QUANTITY_SCALE) === 0;
}

/** The smallest quantity at or above `quantity` that the rules accept. */
export function nextAccepted(rules: QuantityRules, quantity: number): number {
  const atLeast = Math.max(quantity, rules.minQuantity);
  const packs = Math.ceil(Math.round(atLeast * QUANTITY_SCALE) / Math.round(rules.packSize * QUANTITY_SCALE));
  return Math.round(packs * rules.packSize * QUANTITY_SCALE) / QUANTITY_SCALE;
}
