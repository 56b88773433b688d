import type { Money } from './money.js';
import type { PriceQuote } from './pricing-types.js';

/** Stock keeping unit: the seller's unique article number. */
export type Sku = string;

/** A category with its id and display name (in the session's locale). */
export interface CategoryRef {
  readonly id: string;
  readonly name: string;
}

/** A node of the category tree. */
export interface Category extends CategoryRef {
  readonly parentId: string | null;
  /** Number of products in this category and its descendants. */
  readonly productCount: number;
}

/**
 * A typed technical attribute. Numbers carry their unit so that facets, comparisons and
 * sorting work on values rather than on formatted strings.
 */
export type TechnicalAttribute =
  | { readonly key: string; readonly label: string; readonly type: 'number'; readonly value: number; readonly unit?: string }
  | { readonly key: string; readonly label: string; readonly type: 'text'; readonly value: string }
  | { readonly key: string; readonly label: string; readonly type: 'boolean'; readonly value: boolean };

/** An image or video of a product. */
export interface Media {
  readonly kind: 'image' | 'video';
  readonly url: string;
  readonly alt: string;
}

/** A downloadable document: datasheet, certificate, safety data sheet, manual. */
export interface ProductDocument {
  readonly kind: 'datasheet' | 'certificate' | 'safety-data-sheet' | 'manual';
  readonly title: string;
  readonly url: string;
  /** Language of the document (ISO 639-1). */
  readonly language: string;
}

/** One axis of a variant family, e.g. diameter in mm. */
export interface VariantAxis {
  readonly key: string;
  readonly label: string;
  readonly unit?: string;
}

/** Membership of a product in a variant family (M8x40 is one member of "hex bolts DIN 933"). */
export interface VariantMembership {
  readonly familyId: string;
  readonly familyName: string;
  readonly axes: readonly VariantAxis[];
  /** This variant's value on each axis, keyed by axis key. */
  readonly axisValues: Readonly<Record<string, string | number>>;
}

/** Stock in one warehouse with the lead time for what is not on hand. */
export interface StockLevel {
  readonly warehouseId: string;
  readonly warehouseName: string;
  readonly quantity: number;
  /** Working days until more arrives when the quantity is not enough. */
  readonly leadTimeDays: number;
}

/** How much of a product may be ordered at once. */
export interface QuantityRules {
  /** Smallest quantity accepted for one line. */
  readonly minQuantity: number;
  /** Quantities must be multiples of this pack size. */
  readonly packSize: number;
  /** Unit of measure, e.g. `piece`, `m`, `pair`, `box`. */
  readonly unit: string;
  /** Whether fractional quantities are allowed (cable by the metre). */
  readonly fractional: boolean;
}

/** The fields a search hit or a list row shows. */
export interface ProductSummary {
  readonly sku: Sku;
  /** Manufacturer part number. */
  readonly mpn: string;
  /** European article number (GTIN-13), when the product has one. */
  readonly ean: string | null;
  readonly name: string;
  readonly brand: string;
  readonly categoryPath: readonly CategoryRef[];
  readonly image: Media | null;
  readonly family: VariantMembership | null;
  readonly quantity: QuantityRules;
  readonly configurable: boolean;
  /** Set when the product is no longer sold; names the replacement when there is one. */
  readonly discontinued: { readonly replacementSku: Sku | null } | null;
  /** Total stock over all warehouses. */
  readonly stockTotal: number;
  /** List price per unit (before customer prices), for reference and sorting. */
  readonly listPrice: Money;
}

/** Everything a product page needs. */
export interface Product extends ProductSummary {
  /** Rich description as HTML from the backend: sanitize before rendering. */
  readonly descriptionHtml: string;
  readonly attributes: readonly TechnicalAttribute[];
  readonly media: readonly Media[];
  readonly documents: readonly ProductDocument[];
  /** SKUs of fitting accessories and spare parts. */
  readonly accessories: readonly Sku[];
  readonly stock: readonly StockLevel[];
  /** Warranty and service information in plain text. */
  readonly warranty: string;
}

/** Sort orders every adapter understands. */
export type SearchSort = 'relevance' | 'price-asc' | 'price-desc' | 'name' | 'availability';

/** A filter on a facet: a set of string values or a numeric range. */
export type FacetFilter =
  | { readonly facet: string; readonly values: readonly string[] }
  | { readonly facet: string; readonly min?: number; readonly max?: number };

/** A catalog search. */
export interface SearchRequest {
  readonly query?: string;
  readonly categoryId?: string;
  readonly filters?: readonly FacetFilter[];
  /** Facet keys to count; omitted means the adapter's defaults. */
  readonly facets?: readonly string[];
  readonly sort?: SearchSort;
  readonly limit?: number;
  readonly offset?: number;
}

/** Counted values of one facet over all hits. */
export type FacetResult =
  | {
      readonly key: string;
      readonly label: string;
      readonly type: 'terms';
      readonly values: readonly { readonly value: string; readonly count: number }[];
    }
  | {
      readonly key: string;
      readonly label: string;
      readonly type: 'range';
      readonly min: number;
      readonly max: number;
      readonly unit?: string;
    };

/** One search hit with the customer's price in the current context. */
export interface SearchHit {
  readonly product: ProductSummary;
  readonly price: PriceQuote;
  /** Character ranges `[start, end)` of matched text in the product name. */
  readonly highlights: readonly (readonly [number, number])[];
}

/** The answer to a {@link SearchRequest}. */
export interface SearchResult {
  readonly total: number;
  readonly hits: readonly SearchHit[];
  readonly facets: readonly FacetResult[];
  /**
   * `all-terms` when every query term matched; `partial` when nothing matched all terms and
   * the result is the best partial match (the UI says so).
   */
  readonly matchMode: 'all-terms' | 'partial';
  /** A better-spelled query that finds more, when the backend has one. */
  readonly didYouMean: string | null;
}

/** Typeahead suggestions for a prefix. */
export interface Suggestions {
  readonly products: readonly SearchHit[];
  readonly categories: readonly CategoryRef[];
  readonly completions: readonly string[];
}
