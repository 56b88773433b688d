import { CommerceError, type CommerceAdapter, type Order, type Product, type Sku } from '../../src/index.js';

const isNotFound = (error: unknown): boolean => error instanceof CommerceError && error.code === 'not-found';

/** The last time the current account ordered a SKU. */
export interface LastOrdered {
  readonly placedAt: string;
  readonly quantity: number;
  readonly orderNumber: string;
}

// Orders that were refused or cancelled were never delivered: they are not "ordered before".
const COUNTED = (order: Order): boolean => order.status !== 'rejected' && order.status !== 'cancelled';

/** The newest counted order line of `sku` in orders listed newest first, or null. */
export function lastOrdered(orders: readonly Order[], sku: Sku): LastOrdered | null {
  for (const order of orders) {
    if (!COUNTED(order)) continue;
    const quantity = order.lines.filter((line) => line.sku === sku).reduce((sum, line) => sum + line.quantity, 0);
    if (quantity > 0) return { placedAt: order.placedAt, quantity, orderNumber: order.number };
  }
  return null;
}

/**
 * Accessories and the replacement of a product, loaded in parallel. A related SKU the
 * backend no longer knows is left out rather than failing the product page.
 */
export async function relatedProducts(adapter: CommerceAdapter, skus: readonly Sku[]): Promise<ReadonlyMap<Sku, Product>> {
  const unique = [...new Set(skus)];
  const settled = await Promise.allSettled(unique.map((sku) => adapter.getProduct(sku)));
  const found = new Map<Sku, Product>();
  const failures: unknown[] = [];
  settled.forEach((result) => {
    if (result.status === 'fulfilled') found.set(result.value.sku, result.value);
    else if (!isNotFound(result.reason)) failures.push(result.reason);
  });
  // An outage is an error to show; only SKUs that are gone are skipped silently.
  if (failures.length > 0 && found.size === 0) throw failures[0];
  return found;
}
