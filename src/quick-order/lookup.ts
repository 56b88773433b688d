/**
 * Resolving codes through the adapter: one `lookupSkus` request per batch (the whole list
 * in practice), or, for adapters without it, one `getProduct` per code a few at a time.
 */
import { CommerceError, MAX_BODY_BYTES, MAX_LOOKUP_CODES, type CommerceAdapter, type SkuLookup } from '../commerce/index.js';

/** Request bodies stay well under the contract's limit. */
const MAX_BATCH_BYTES = Math.floor(MAX_BODY_BYTES * 0.8);
const FALLBACK_CONCURRENCY = 6;

/** Splits codes into batches that fit one request each (one batch for any realistic list). */
export function lookupBatches(codes: readonly string[]): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let bytes = 0;
  for (const code of codes) {
    const size = code.length * 3 + 4;
    if (current.length > 0 && (bytes + size > MAX_BATCH_BYTES || current.length >= MAX_LOOKUP_CODES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(code);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

async function viaProducts(adapter: CommerceAdapter, codes: readonly string[]): Promise<SkuLookup[]> {
  const answers: SkuLookup[] = new Array<SkuLookup>(codes.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < codes.length) {
      const index = next++;
      const code = codes[index] as string;
      try {
        const product = await adapter.getProduct(code);
        const leadTimeDays = Math.max(0, ...product.stock.map((s) => s.leadTimeDays));
        answers[index] = {
          code,
          status: 'found',
          matchedBy: 'sku',
          product: { sku: product.sku, name: product.name, quantity: product.quantity, discontinued: product.discontinued, configurable: product.configurable, stockTotal: product.stockTotal, leadTimeDays },
        };
      } catch (error) {
        if (!(error instanceof CommerceError && error.code === 'not-found')) throw error;
        answers[index] = { code, status: 'unknown', closest: null };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(FALLBACK_CONCURRENCY, codes.length) }, worker));
  return answers;
}

/** Looks up one batch of codes; answers in the order of `codes`. */
export async function lookupCodes(adapter: CommerceAdapter, codes: readonly string[]): Promise<readonly SkuLookup[]> {
  if (codes.length === 0) return [];
  return adapter.lookupSkus ? adapter.lookupSkus(codes) : viaProducts(adapter, codes);
}
