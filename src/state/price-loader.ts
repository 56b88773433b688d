import type { CommerceAdapter, PriceQuote, Sku } from '../commerce/index.js';
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
 * ship-to) so cached prices never cross contexts. A page with fifty price tags makes one request, and after a
 * context switch the re-pricing of the whole page is one request too.
 */
export function createPriceLoader(adapter: CommerceAdapter, contextKey: () => string = () => ''): PriceLoader {
  let cache = new Map<string, Promise<PriceQuote>>();
  let pending: Pending[] = [];

  async function flush(): Promise<void> {
    const batch = pending;
    pending = [];
    try {
      const quotes = await adapter.getPrices(batch.map(({ sku, quantity }) => ({ sku, quantity })));
      batch.forEach((item, index) => {
        const quote = quotes[index];
        if (quote) item.resolve(quote);
        else item.reject(toCommerceError(new Error(`No price returned for ${item.sku}`)));
      });
    } catch (error) {
      for (const item of batch) item.reject(toCommerceError(error));
    }
  }

  return {
    get(sku, quantity) {
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
