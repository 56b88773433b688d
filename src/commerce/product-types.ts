/**
 * Contract types of the product page beyond the product itself: variant families, questions
 * to the seller's sales team, and ratings by business customers. The adapter methods that
 * return them are optional (an adapter without them still fulfils the contract); the
 * matching capability flags say whether a backend has them.
 */
import type { Money } from './money.js';
import type { Sku, TechnicalAttribute, VariantAxis } from './catalog-types.js';

/**
 * Whether a variant can be ordered: `in-stock` ships from a warehouse, `backorder` has no
 * stock but can be ordered with a lead time, `discontinued` is no longer sold.
 */
export type VariantAvailability = 'in-stock' | 'backorder' | 'discontinued';

/** One variant of a family, with what a picker and a comparison table need. */
export interface VariantFamilyMember {
  readonly sku: Sku;
  readonly name: string;
  readonly mpn: string;
  /** This variant's value on each axis, keyed by axis key. */
  readonly axisValues: Readonly<Record<string, string | number>>;
  /** Technical data, so that variants can be compared attribute by attribute. */
  readonly attributes: readonly TechnicalAttribute[];
  readonly availability: VariantAvailability;
  /** Total stock over all warehouses. */
  readonly stockTotal: number;
  /** The replacement of a discontinued variant, when there is one. */
  readonly replacementSku: Sku | null;
  readonly configurable: boolean;
  /** List price per unit in the caller's currency (customer prices come from `getPrices`). */
  readonly listPrice: Money;
}

/**
 * A variant family: all articles that differ only along the axes (thread, then length).
 * Combinations that are missing from `members` do not exist.
 */
export interface VariantFamily {
  readonly id: string;
  readonly name: string;
  readonly axes: readonly VariantAxis[];
  /** Members in the backend's order (axis values ascending). */
  readonly members: readonly VariantFamilyMember[];
}

/** A question to the sales team about one product. */
export interface ProductQuestionInput {
  readonly sku: Sku;
  /** The question, 3 to 2000 characters after trimming. */
  readonly text: string;
}

/** Which questions to list; all of the current account's when empty. */
export interface ProductQuestionQuery {
  readonly sku?: Sku;
}

/** A question asked for the current account, with the sales team's answer once given. */
export interface ProductQuestion {
  readonly id: string;
  readonly sku: Sku;
  /** Product name when the question was asked, in the asker's language. */
  readonly productName: string;
  readonly text: string;
  /** ISO timestamp. */
  readonly askedAt: string;
  readonly askedBy: { readonly userId: string; readonly name: string };
  readonly accountId: string;
  readonly status: 'open' | 'answered';
  readonly answer: { readonly text: string; readonly answeredAt: string; readonly answeredBy: string } | null;
}

/** A rating of a product by a business customer who ordered it. */
export interface ProductRatingInput {
  readonly sku: Sku;
  /** 1 to 5. */
  readonly stars: number;
  /** Optional feedback, at most 2000 characters. */
  readonly comment?: string;
}

/** One review; authors are shown by first name and company only. */
export interface ProductReview {
  readonly id: string;
  readonly sku: Sku;
  readonly stars: number;
  readonly comment: string;
  readonly author: string;
  /** ISO timestamp of the last change. */
  readonly updatedAt: string;
}

/** Ratings of one product, and whether the caller may rate it (only after ordering it). */
export interface ProductRatings {
  readonly sku: Sku;
  /** Mean of the stars, null without ratings. */
  readonly average: number | null;
  readonly count: number;
  /** Newest first, at most 20. */
  readonly reviews: readonly ProductReview[];
  /** The caller's own review, when they left one. */
  readonly mine: ProductReview | null;
  /** True when the caller's account ordered the product and may rate it. */
  readonly canRate: boolean;
}
