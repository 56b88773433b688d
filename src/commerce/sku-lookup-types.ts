/**
 * Contract types of the batched SKU lookup behind quick order: one request resolves every
 * code of a pasted list (10,000 lines are one call, not 10,000) to the facts that
 * per-line validation needs. The adapter method is optional; without it quick order falls
 * back to one `getProduct` per code.
 */
import type { QuantityRules, Sku } from './catalog-types.js';

/** Most codes one lookup request may carry. */
export const MAX_LOOKUP_CODES = 10_000;

/** Longest code a lookup accepts; anything longer is surely not an article number. */
export const MAX_CODE_LENGTH = 64;

/** A product that a lookup may propose instead of an unknown code. */
export interface SkuCandidate {
  readonly sku: Sku;
  readonly name: string;
}

/** What validating an order line needs to know about one product. */
export interface SkuFacts {
  readonly sku: Sku;
  readonly name: string;
  readonly quantity: QuantityRules;
  /** Set when the product is no longer sold; names the replacement when there is one. */
  readonly discontinued: { readonly replacementSku: Sku | null } | null;
  /** Configurable products need their options chosen on the product page first. */
  readonly configurable: boolean;
  /** Units on hand over all warehouses. */
  readonly stockTotal: number;
  /** Working days until what is not on hand can ship (the slowest warehouse's restock). */
  readonly leadTimeDays: number;
}

/**
 * The answer for one code: `found` when it names a product by SKU, manufacturer part number
 * or EAN (ignoring case and spaces; `sku` is then the canonical SKU); `unknown` otherwise,
 * with the closest products. `closest` is null when the backend did not compute them for
 * this code (very many unknown codes in one request): ask `suggest()` for them on demand.
 */
export type SkuLookup =
  | { readonly code: string; readonly status: 'found'; readonly matchedBy: 'sku' | 'mpn' | 'ean'; readonly product: SkuFacts }
  | { readonly code: string; readonly status: 'unknown'; readonly closest: readonly SkuCandidate[] | null };
