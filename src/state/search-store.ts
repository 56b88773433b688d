import type { CommerceAdapter, SearchRequest, SearchResult } from '../commerce/index.js';
import type { PriceLoader } from './price-loader.js';
import { createResource, type Resource } from './resource.js';

/** Search results that arrive in order: an older request never overwrites a newer one. */
export type SearchStore = Resource<SearchRequest, SearchResult>;

/**
 * Creates a {@link SearchStore} on an adapter. With a price loader, the prices that come
 * with the hits are cached there, so price elements in the results need no request.
 */
export function createSearchStore(adapter: CommerceAdapter, prices?: PriceLoader): SearchStore {
  return createResource(
    (request) => adapter.search(request),
    (result) => prices?.prime(result.hits.map((hit) => hit.price)),
  );
}
