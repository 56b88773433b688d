/** Input and output types of the search engine; independent of the commerce backend. */
import type { FacetFilter, FacetResult, SearchSort } from '../commerce/index.js';

/** A product as the engine sees it. Texts of every locale are indexed together. */
export interface SearchDocument {
  /** The document's key (the SKU). */
  readonly key: string;
  /** Codes that win on an exact match: SKU, manufacturer part number, EAN. */
  readonly codes: readonly string[];
  /** Codes also searchable by prefix (default: all `codes`); long numeric EANs need not be. */
  readonly searchableCodes?: readonly string[];
  /** Display name per locale; used for highlights and name sorting. */
  readonly names: Readonly<Record<string, string>>;
  /** Further searchable texts with their weight (1 low … 10 high). */
  readonly texts: readonly { readonly text: string; readonly weight: number }[];
  readonly brand: string;
  /** Category ids from the top level down to the leaf. */
  readonly categoryIds: readonly string[];
  /** Text facets: facet key → value per locale. */
  readonly textFacets: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Numeric facets: facet key → value. */
  readonly numericFacets: Readonly<Record<string, number>>;
  /** Price used for price sorting. */
  readonly price: number;
  /** Units available, for availability sorting; in-stock products win ties. */
  readonly availability: number;
  /** How often the product is bought, 0 (never) to 1 (most); breaks ties after stock. */
  readonly popularity?: number;
}

/**
 * Words that mean the same (`weight` 1, the default 0.9) or something close (`weight` 0.5-0.8):
 * a query word of the group also finds the others, scored by `weight`.
 */
export interface SynonymGroup {
  readonly words: readonly string[];
  readonly weight?: number;
}

/** Facet display metadata per key. */
export interface FacetMeta {
  readonly label: Readonly<Record<string, string>>;
  readonly unit?: string;
}

/** A category the suggester can propose. */
export interface SuggestCategory {
  readonly id: string;
  readonly names: Readonly<Record<string, string>>;
}

/** Options of the index build. */
export interface IndexOptions {
  /** Locales the documents carry names and facet values in; the first is the default. */
  readonly locales: readonly string[];
  /** Labels and units of facets, by key (`brand` and `category` included). */
  readonly facets: Readonly<Record<string, FacetMeta>>;
  readonly categories: readonly SuggestCategory[];
  /** Synonyms applied to queries; see {@link SynonymGroup}. */
  readonly synonyms?: readonly SynonymGroup[];
}

/** A query to the engine. */
export interface EngineQuery {
  readonly text?: string;
  readonly locale?: string;
  readonly categoryId?: string;
  readonly filters?: readonly FacetFilter[];
  /** Facet keys to count; omitted: brand, category and every facet present in the hits. */
  readonly facets?: readonly string[];
  readonly sort?: SearchSort;
  readonly limit?: number;
  readonly offset?: number;
  /**
   * Keys of the documents the current account ordered before. Given, the facet
   * `ordered-before` counts them (value `true`) and a filter on it keeps only them.
   */
  readonly orderedBefore?: readonly string[];
  /**
   * The caller's price of a document, for price sorting (the customer's price rather than
   * the list price in `SearchDocument.price`); called at most once per document and query.
   */
  readonly priceOf?: (doc: number) => number;
  /**
   * The caller's prices as a range facet and filter under the key `price` (counted by
   * default when given); without it there is no price facet, and a price filter keeps nothing.
   */
  readonly priceFacet?: PriceFacet;
}

/** A range facet over the caller's prices, which only the caller of the engine knows. */
export interface PriceFacet {
  /** The facet's name in the query's language. */
  readonly label: string;
  /** What the values count in, e.g. a currency code. */
  readonly unit: string;
  /** A document's price in that unit. */
  valueOf(doc: number): number;
}

/** One hit: the document's position in the index, its key and name highlights. */
export interface EngineHit {
  readonly doc: number;
  readonly key: string;
  readonly score: number;
  readonly highlights: readonly (readonly [number, number])[];
}

/** The engine's answer. */
export interface EngineResult {
  readonly total: number;
  readonly hits: readonly EngineHit[];
  readonly facets: readonly FacetResult[];
  readonly matchMode: 'all-terms' | 'partial';
  /** A respelled query when some word matched only by a typo or by sound. */
  readonly didYouMean: string | null;
}

/** Typeahead answer of the engine. */
export interface EngineSuggestions {
  readonly hits: readonly EngineHit[];
  readonly categories: readonly { readonly id: string; readonly name: string }[];
  readonly completions: readonly string[];
}
