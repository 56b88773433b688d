/**
 * The caller's unit prices per search document, for the price facet, the price filter and
 * the price sort. Quoting one document takes a microsecond or two, so 100,000 documents take
 * over 100 ms: each pricing context keeps its column (filled as documents are asked for)
 * and later searches in the same context read it. Keyed by what a quote depends on, so a
 * column is never used for another buyer's prices.
 */
import type { CatalogItem } from '../catalog/types.js';
import { quotePrice, type PricingContext } from '../pricing/index.js';
import type { World } from './world.js';

/** Pricing contexts kept per world; the oldest goes first. */
const MAX_CONTEXTS = 16;

const byWorld = new WeakMap<World, Map<string, Float64Array>>();

function contextKey(pricing: PricingContext): string {
  return JSON.stringify([
    pricing.currency,
    pricing.group?.id ?? null,
    pricing.contracts.map((c) => c.id),
    pricing.region?.id ?? null,
    pricing.promotion?.code ?? null,
    pricing.today,
  ]);
}

/**
 * The net unit price at each document's minimum quantity (what the hits show), in minor
 * units of `pricing`'s currency.
 */
export function customerPrices(world: World, pricing: PricingContext): (doc: number) => number {
  let columns = byWorld.get(world);
  if (!columns) byWorld.set(world, (columns = new Map()));
  const key = contextKey(pricing);
  let column = columns.get(key);
  if (column) {
    // Most recently used last: the map's first entry is the one to drop.
    columns.delete(key);
  } else {
    column = new Float64Array(world.catalog.items.length).fill(Number.NaN);
    if (columns.size >= MAX_CONTEXTS) columns.delete(columns.keys().next().value as string);
  }
  columns.set(key, column);
  const prices = column;
  return (doc) => {
    let value = prices[doc]!;
    if (Number.isNaN(value)) {
      const item = world.catalog.items[doc] as CatalogItem;
      prices[doc] = value = quotePrice(item, item.quantity.minQuantity, pricing, world.topCategory(item)).unitNet.amountMinor;
    }
    return value;
  };
}
