import { MAX_LINE_QUANTITY, ValidationError, type CommerceAdapter, type FieldError, type PriceQuote, type Sku } from '../commerce/index.js';
import { toCommerceError } from './async-value.js';

/** Loads customer prices, batching all requests of one task into a single backend call. */
export interface PriceLoader {
  /** The price of `quantity` units of `sku` in the current context. */
  get(sku: Sku, quantity: number): Promise<PriceQuote>;
  /** Stores prices that arrived with other answers (search hits), saving a request. */
  prime(quotes: readonly PriceQuote[]): void;
  /** Forgets every cached price (the context changed). */
  clear(): void;
}

/**
 * What can be said about a price request without the catalog: a SKU must be given and the
 * quantity be a positive number within the line maximum. Returns null when it may be sent.
 */
export function priceRequestProblem(sku: Sku, quantity: number): FieldError | null {
  if (sku.trim() === '') return { path: 'sku', message: 'No SKU given.' };
  if (!Number.isFinite(quantity) || quantity <= 0) return { path: 'quantity', message: 'The quantity must be greater than 0.' };
  if (quantity > MAX_LINE_QUANTITY) return { path: 'quantity', message: `At most ${MAX_LINE_QUANTITY} per line.` };
  return null;
}

/** The batch positions a validation error blames, with the field of each (`sku`, `quantity`). */
function blamed(error: unknown): Map<number, FieldError[]> {
  const byIndex = new Map<number, FieldError[]>();
  if (!(error instanceof ValidationError)) return byIndex;
  for (const field of error.fields) {
    const match = /^items\.(\d+)\.(.+)$/.exec(field.path);
    if (!match) continue;
    const index = Number(match[1]);
    byIndex.set(index, [...(byIndex.get(index) ?? []), { path: match[2] ?? '', message: field.message }]);
  }
  return byIndex;
}

function cacheKey(context: string, sku: Sku, quantity: number): string {
  return `${context}\u0000${sku}\u0000${quantity}`;
}

interface Pending {
  readonly sku: Sku;
  readonly quantity: number;
  readonly resolve: (quote: PriceQuote) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Creates a {@link PriceLoader}; `contextKey` names the pricing context (user, account,
 * ship-to, promotion) so cached prices never cross contexts. A page with fifty price tags
 * makes one request, and after a context switch the re-pricing of the whole page is one
 * request too. Requests that are wrong on their face (no SKU, quantity not positive or too
 * large) are refused without a request. When the backend refuses some items of a batch (an
 * unknown SKU), only those fail: the rest is asked for again in one more request, so one bad
 * tag cannot blank every price on the page.
 */
export function createPriceLoader(adapter: CommerceAdapter, contextKey: () => string = () => ''): PriceLoader {
  let cache = new Map<string, Promise<PriceQuote>>();
  let pending: Pending[] = [];

  async function request(batch: readonly Pending[], retry: boolean): Promise<void> {
    try {
      const quotes = await adapter.getPrices(batch.map(({ sku, quantity }) => ({ sku, quantity })));
      batch.forEach((item, index) => {
        const quote = quotes[index];
        if (quote) item.resolve(quote);
        else item.reject(toCommerceError(new Error(`No price returned for ${item.sku}`)));
      });
    } catch (error) {
      const bad = blamed(error);
      if (!retry || bad.size === 0) {
        for (const item of batch) item.reject(toCommerceError(error));
        return;
      }
      const rest: Pending[] = [];
      batch.forEach((item, index) => {
        const fields = bad.get(index);
        if (fields) item.reject(new ValidationError(fields.map((f) => f.message).join(' '), fields));
        else rest.push(item);
      });
      if (rest.length > 0) await request(rest, false);
    }
  }

  function flush(): Promise<void> {
    const batch = pending;
    pending = [];
    return request(batch, true);
  }

  return {
    get(sku, quantity) {
      const problem = priceRequestProblem(sku, quantity);
      if (problem) return Promise.reject(new ValidationError(problem.message, [problem]));
      // The context is part of the key, so a price asked for right after a switch is never
      // served from the previous account's cache.
      const key = cacheKey(contextKey(), sku, quantity);
      const cached = cache.get(key);
      if (cached) return cached;
      const promise = new Promise<PriceQuote>((resolve, reject) => {
        if (pending.length === 0) queueMicrotask(() => void flush());
        pending.push({ sku, quantity, resolve, reject });
      });
      cache.set(key, promise);
      // A failed price must be asked for again next time, not served from the cache.
      promise.catch(() => {
        if (cache.get(key) === promise) cache.delete(key);
      });
      return promise;
    },
    prime(quotes) {
      const context = contextKey();
      for (const quote of quotes) cache.set(cacheKey(context, quote.sku, quote.quantity), Promise.resolve(quote));
    },
    clear() {
      cache = new Map();
    },
  };
}
