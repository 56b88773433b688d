/** Catalog reads: search, suggest, categories, product pages and batch prices. */
import {
  NotFoundError,
  ValidationError,
  type Category,
  type FieldError,
  type PriceQuote,
  type PriceRequestItem,
  type Product,
  type SearchHit,
  type SearchRequest,
  type SearchResult,
  type Suggestions,
} from '../../commerce/index.js';
import { search, suggest, type EngineHit, type PriceFacet } from '../../search/index.js';
import type { CatalogItem, Locale } from '../catalog/types.js';
import { convertFromEur, quotePrice, roundHalfAwayFromZero, type PricingContext } from '../pricing/index.js';
import { localeOf, pricingContextOf, type Actor, type RequestMeta } from './actor.js';
import { customerPrices } from './price-columns.js';
import { priceQuantityError } from './quantity.js';
import type { World } from './world.js';
import type { BackendState } from '../state/state.js';

/** Most items one price request may ask for. */
export const MAX_PRICE_ITEMS = 500;

function hitOf(world: World, hit: EngineHit, locale: Locale, pricing: PricingContext): SearchHit {
  const item = world.catalog.items[hit.doc] as CatalogItem;
  return { product: summaryIn(world, item, locale, pricing), price: quotePrice(item, item.quantity.minQuantity, pricing, world.topCategory(item)), highlights: hit.highlights };
}

/** A product summary whose list price is in the caller's currency. */
export function summaryIn(world: World, item: CatalogItem, locale: Locale, pricing: PricingContext) {
  const summary = world.view.summary(item, locale);
  if (pricing.currency === 'EUR') return summary;
  const amountMinor = roundHalfAwayFromZero(convertFromEur(item.listPriceMinor, pricing.currency));
  return { ...summary, listPrice: { amountMinor, currency: pricing.currency } };
}

/** Finds an item or fails with a NotFoundError naming the SKU. */
export function itemOrThrow(world: World, sku: string): CatalogItem {
  const item = world.catalog.bySku.get(sku);
  if (!item) throw new NotFoundError(`No product with SKU ${sku}.`);
  return item;
}

/** SKUs the actor's current account has ordered, from its order history (any status). */
export function orderedSkus(state: BackendState, actor: Actor): string[] {
  const skus = new Set<string>();
  for (const order of Object.values(state.orders)) {
    if (order.accountId === actor.account.id) for (const line of order.lines) skus.add(line.sku);
  }
  return [...skus];
}

/**
 * Sorting by price means the caller's price (the unit price at the minimum quantity, as the
 * hits show it), not the list price. Without a group, contract or promotion every price is
 * the list price moved by one region percent and currency factor, so the list order holds and
 * nothing needs quoting.
 */
function customerPriceSort(world: World, request: SearchRequest, pricing: PricingContext): ((doc: number) => number) | undefined {
  if (request.sort !== 'price-asc' && request.sort !== 'price-desc') return undefined;
  const hasGroupDiscount = pricing.group !== null && Object.values(pricing.group.discounts).some((d) => d > 0);
  if (!hasGroupDiscount && pricing.contracts.length === 0 && !pricing.promotion) return undefined;
  return customerPrices(world, pricing);
}

/** Minor units per major unit of the currencies the backend prices in (EUR, CHF). */
const MINOR_PER_MAJOR = 100;

/** The price facet: the caller's net unit prices (as the hits show them) in major units. */
function priceFacet(world: World, pricing: PricingContext, locale: Locale): PriceFacet {
  const prices = customerPrices(world, pricing);
  return { label: locale === 'de' ? 'Ihr Preis' : 'Your price', unit: pricing.currency, valueOf: (doc) => prices(doc) / MINOR_PER_MAJOR };
}

/**
 * Searches the catalog with the caller's prices. With the backend state and a signed-in
 * caller, the facet and filter `ordered-before` cover the account's order history.
 */
export function searchCatalog(world: World, actor: Actor | null, meta: RequestMeta, request: SearchRequest, state?: BackendState): SearchResult {
  const locale = localeOf(actor, meta);
  if (request.categoryId !== undefined && !world.catalog.categories.some((c) => c.id === request.categoryId)) {
    throw new NotFoundError(`No category ${request.categoryId}.`);
  }
  const pricing = pricingContextOf(world, actor, locale);
  const orderedBefore = state && actor ? orderedSkus(state, actor) : undefined;
  const priceOf = customerPriceSort(world, request, pricing);
  const result = search(world.index, {
    ...request,
    text: request.query ?? '',
    locale,
    priceFacet: priceFacet(world, pricing, locale),
    ...(orderedBefore ? { orderedBefore } : {}),
    ...(priceOf ? { priceOf } : {}),
  });
  return {
    total: result.total,
    hits: result.hits.map((hit) => hitOf(world, hit, locale, pricing)),
    facets: result.facets,
    matchMode: result.matchMode,
    didYouMean: result.didYouMean,
  };
}

/** Typeahead. */
export function suggestCatalog(world: World, actor: Actor | null, meta: RequestMeta, query: string, limit: number | undefined): Suggestions {
  const locale = localeOf(actor, meta);
  const pricing = pricingContextOf(world, actor, locale);
  const found = suggest(world.index, query, limit === undefined ? { locale } : { locale, limit });
  return {
    products: found.hits.map((hit) => hitOf(world, hit, locale, pricing)),
    categories: found.categories,
    completions: found.completions,
  };
}

/** The category tree. */
export function categoriesOf(world: World, actor: Actor | null, meta: RequestMeta): Category[] {
  return world.view.categories(localeOf(actor, meta));
}

/** One product page. */
export function productOf(world: World, actor: Actor | null, meta: RequestMeta, sku: string): Product {
  const locale = localeOf(actor, meta);
  const item = itemOrThrow(world, sku);
  const pricing = pricingContextOf(world, actor, locale);
  return { ...world.view.product(item, locale), listPrice: summaryIn(world, item, locale, pricing).listPrice };
}

/** Prices many SKUs at once; every unknown SKU or bad quantity is reported by its position. */
export function pricesOf(world: World, actor: Actor | null, meta: RequestMeta, items: readonly PriceRequestItem[]): PriceQuote[] {
  const locale = localeOf(actor, meta);
  const fields: FieldError[] = [];
  items.forEach((request, i) => {
    const item = world.catalog.bySku.get(request.sku);
    if (!item) {
      fields.push({ path: `items.${i}.sku`, message: locale === 'de' ? `Unbekannte Artikelnummer ${request.sku}.` : `Unknown SKU ${request.sku}.` });
      return;
    }
    const problem = priceQuantityError(item, request.quantity, `items.${i}.quantity`, locale);
    if (problem) fields.push(problem);
  });
  if (fields.length > 0) throw new ValidationError('Some items cannot be priced.', fields);
  const pricing = pricingContextOf(world, actor, locale);
  return items.map((request) => {
    const item = world.catalog.bySku.get(request.sku) as CatalogItem;
    return quotePrice(item, request.quantity, pricing, world.topCategory(item));
  });
}
