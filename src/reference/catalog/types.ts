/**
 * The generated catalog in both languages. The backend keeps texts for every locale and
 * localizes only what it sends, so switching the locale never regenerates anything.
 */
import type { ProductDocument, QuantityRules } from '../../commerce/index.js';

/** The locales the reference backend speaks. */
export type Locale = 'de' | 'en';

/** The locales in a fixed order. */
export const LOCALES: readonly Locale[] = ['de', 'en'];

/** A text in every supported locale. */
export type Localized = Readonly<Record<Locale, string>>;

/** A technical attribute before localization. */
export type CatalogAttribute =
  | { readonly key: string; readonly label: Localized; readonly type: 'number'; readonly value: number; readonly unit?: string }
  | { readonly key: string; readonly label: Localized; readonly type: 'text'; readonly value: Localized }
  | { readonly key: string; readonly label: Localized; readonly type: 'boolean'; readonly value: boolean };

/** A variant axis before localization. */
export interface CatalogAxis {
  readonly key: string;
  readonly label: Localized;
  readonly unit?: string;
}

/** What all variants of one family share; kept once per family to save memory. */
export interface CatalogFamily {
  readonly id: string;
  readonly name: Localized;
  readonly axes: readonly CatalogAxis[];
  readonly brand: string;
  readonly categoryId: string;
  readonly imageUrl: string;
  readonly documents: readonly (Omit<ProductDocument, 'title'> & { readonly title: Localized })[];
  readonly warranty: Localized;
  /** Opening paragraph of every variant's description; the attribute list follows it. */
  readonly intro: Localized;
}

/** A volume discount step of the list price. */
export interface CatalogTier {
  readonly minQuantity: number;
  /** Discount off the list price in percent. */
  readonly discountPercent: number;
}

/** One sellable article. */
export interface CatalogItem {
  readonly sku: string;
  readonly mpn: string;
  readonly ean: string | null;
  readonly name: Localized;
  readonly family: CatalogFamily;
  readonly axisValues: Readonly<Record<string, string | number>>;
  readonly attributes: readonly CatalogAttribute[];
  readonly quantity: QuantityRules;
  readonly configurable: boolean;
  readonly discontinued: { readonly replacementSku: string | null } | null;
  /** Units on hand per warehouse, in the order of {@link WAREHOUSES}. */
  readonly stock: readonly number[];
  /** List price per unit in EUR cents. */
  readonly listPriceMinor: number;
  readonly tiers: readonly CatalogTier[];
  readonly accessories: readonly string[];
}

/** A category before localization. */
export interface CatalogCategory {
  readonly id: string;
  readonly parentId: string | null;
  readonly name: Localized;
}

/** The generated catalog. */
export interface Catalog {
  readonly seed: number;
  readonly items: readonly CatalogItem[];
  readonly bySku: ReadonlyMap<string, CatalogItem>;
  readonly categories: readonly CatalogCategory[];
  /** Products per category including descendants. */
  readonly productCounts: ReadonlyMap<string, number>;
}

/** The three warehouses with their lead times for what is not on hand. */
export const WAREHOUSES: readonly { readonly id: string; readonly name: string; readonly leadTimeDays: number }[] = [
  { id: 'wh-kassel', name: 'Kassel', leadTimeDays: 2 },
  { id: 'wh-linz', name: 'Linz', leadTimeDays: 4 },
  { id: 'wh-basel', name: 'Basel', leadTimeDays: 6 },
];
