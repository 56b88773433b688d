/** Backend preparations for stories (`parameters.kontor.setup`), through the real contract. */
import type { CommerceAdapter, ProductSummary } from '../../src/index.js';

/** Orderable products of the story catalog (not discontinued, not configurable). */
async function orderable(adapter: CommerceAdapter, count: number): Promise<ProductSummary[]> {
  const result = await adapter.search({ limit: Math.max(40, count * 3) });
  return result.hits
    .map((hit) => hit.product)
    .filter((product) => !product.discontinued && !product.configurable)
    .slice(0, count);
}

/**
 * A setup that puts `count` different products into the buyer's cart, each at its smallest
 * accepted quantity. `cartWith(0)` leaves the cart empty (every story starts from an empty
 * one), for stories that override a file's default setup.
 */
export function cartWith(count: number): (adapter: CommerceAdapter) => Promise<void> {
  return async (adapter) => {
    if (count === 0) return;
    const products = await orderable(adapter, count);
    await adapter.addToCart(
      products.map((product) => ({ sku: product.sku, quantity: Math.max(product.quantity.minQuantity, product.quantity.packSize) })),
    );
  };
}
