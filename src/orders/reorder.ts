/** Reorder: lines of a past order as cart lines, each exactly as it was ordered. */
import { NotFoundError, type CartLineInput, type CommerceAdapter, type Order, type OrderLine, type Sku } from '../commerce/index.js';

/**
 * What a cart line takes over from an order line besides SKU and quantity, when the order
 * line has it: the line note and a configured product's configuration.
 */
const CARRIED = ['note', 'configuration'] as const;

/**
 * Cart lines for the chosen lines of an order, picked by their position in `order.lines`
 * (all when `positions` is omitted). Lines are never keyed by SKU: an order may hold the same
 * SKU twice, plain and configured, or in two configurations, and each comes back as it was.
 */
export function reorderLines(order: Order, positions?: ReadonlySet<number>): CartLineInput[] {
  return order.lines.flatMap((line, position) => (!positions || positions.has(position) ? [cartLineOf(line)] : []));
}

function cartLineOf(line: OrderLine): CartLineInput {
  const fields = line as unknown as Readonly<Record<string, unknown>>;
  const extra = Object.fromEntries(CARRIED.flatMap((key) => (fields[key] === undefined || fields[key] === null || fields[key] === '' ? [] : [[key, fields[key]]])));
  return { sku: line.sku, quantity: line.quantity, ...extra };
}

/** A line of a past order that cannot be ordered again. */
export interface UnavailableLine {
  /** Its position in `order.lines`. */
  readonly position: number;
  readonly sku: Sku;
  readonly name: string;
  /** `discontinued`: no longer sold; `unknown`: the catalog no longer has the SKU. */
  readonly reason: 'discontinued' | 'unknown';
  /** What the shop sells instead, when it names a replacement. */
  readonly replacementSku: Sku | null;
}

/** What a reorder will do: the cart lines to add and the lines that cannot be ordered again. */
export interface ReorderPlan {
  readonly lines: readonly CartLineInput[];
  readonly unavailable: readonly UnavailableLine[];
}

type Standing = { readonly reason: 'discontinued' | 'unknown'; readonly replacementSku: Sku | null } | null;

/** Whether each SKU is still sold: one batched lookup where the adapter has it, else one product read per SKU. */
async function standingOf(adapter: CommerceAdapter, skus: readonly Sku[]): Promise<Map<Sku, Standing>> {
  if (adapter.lookupSkus) {
    const answers = await adapter.lookupSkus(skus);
    return new Map(
      skus.map((sku, i): [Sku, Standing] => {
        const answer = answers[i];
        // A lookup also matches part numbers and EANs: only the same SKU counts as found.
        if (answer?.status !== 'found' || answer.product.sku !== sku) return [sku, { reason: 'unknown', replacementSku: null }];
        const discontinued = answer.product.discontinued;
        return [sku, discontinued ? { reason: 'discontinued', replacementSku: discontinued.replacementSku } : null];
      }),
    );
  }
  const entries = await Promise.all(
    skus.map(async (sku): Promise<[Sku, Standing]> => {
      try {
        const discontinued = (await adapter.getProduct(sku)).discontinued;
        return [sku, discontinued ? { reason: 'discontinued', replacementSku: discontinued.replacementSku } : null];
      } catch (error) {
        if (error instanceof NotFoundError) return [sku, { reason: 'unknown', replacementSku: null }];
        throw error;
      }
    }),
  );
  return new Map(entries);
}

/**
 * Plans a reorder of the chosen lines (all when `positions` is omitted): lines whose
 * products are still sold become cart lines as they were ordered; the others are named with
 * the reason and the replacement, so one discontinued product never blocks the rest.
 */
export async function planReorder(adapter: CommerceAdapter, order: Order, positions?: ReadonlySet<number>): Promise<ReorderPlan> {
  const chosen = order.lines.flatMap((line, position) => (!positions || positions.has(position) ? [{ line, position }] : []));
  const standing = await standingOf(adapter, [...new Set(chosen.map(({ line }) => line.sku))]);
  const lines: CartLineInput[] = [];
  const unavailable: UnavailableLine[] = [];
  for (const { line, position } of chosen) {
    const problem = standing.get(line.sku);
    if (problem) unavailable.push({ position, sku: line.sku, name: line.name, ...problem });
    else lines.push(cartLineOf(line));
  }
  return { lines, unavailable };
}
