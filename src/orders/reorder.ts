/** Reorder: lines of a past order as cart lines. */
import type { CartLineInput, Order } from '../commerce/index.js';

/**
 * What a cart line takes over from an order line besides SKU and quantity, when the order
 * line has it: the line note and a configured product's configuration.
 */
const CARRIED = ['note', 'configuration'] as const;

/**
 * Cart lines for the chosen lines of an order (all when `skus` is omitted), so the cart line
 * is the line that was ordered, configuration included.
 */
export function reorderLines(order: Order, skus?: ReadonlySet<string>): CartLineInput[] {
  return order.lines
    .filter((line) => !skus || skus.has(line.sku))
    .map((line) => {
      const fields = line as unknown as Readonly<Record<string, unknown>>;
      const extra = Object.fromEntries(CARRIED.flatMap((key) => (fields[key] === undefined || fields[key] === null || fields[key] === '' ? [] : [[key, fields[key]]])));
      return { sku: line.sku, quantity: line.quantity, ...extra };
    });
}
