import { createResource, type Commerce, type FacetResult, type Resource, type SearchRequest, type SearchResult } from '../../src/index.js';
import { AVAILABILITY } from './facet-panel.js';
import { filtersOf, type ListingState } from './listing-state.js';
import type { ListingPaging, ListingView } from './product-listing.js';
import { BLOCK_SIZE } from './result-window.js';

/** A listing's search: the request and the pricing context it was made in. */
export interface ListingKey {
  readonly request: SearchRequest;
  /** Changes with the user, account or ship-to: prices, and so a price order, differ. */
  readonly context: string;
}

/**
 * The facets of `result`, each filtered facet replaced by its count without its own filter
 * (from `others`).
 */
function mergeFacets(result: SearchResult, others: readonly (FacetResult | undefined)[], keys: readonly string[]): FacetResult[] {
  const replaced = new Map<string, FacetResult | undefined>(keys.map((key, i) => [key, others[i]]));
  const facets = result.facets.flatMap((f) => (replaced.has(f.key) ? [] : [f]));
  const added = others.filter((f): f is FacetResult => f !== undefined);
  return [...facets, ...added];
}

/** The listing's settings that shape its question (the element's properties of these names). */
export interface ListingSettings {
  /** Facets to show, in order, separated by spaces or commas; empty: all. */
  readonly facets: string;
  readonly paging: ListingPaging;
  readonly view: ListingView;
  readonly pageSize: number;
}

/** The facets `facets` names, in order; null when it names none (every facet is shown). */
export function facetOrderOf(facets: string): string[] | null {
  const keys = facets.split(/[\s,]+/).filter((k) => k.length > 0);
  return keys.length > 0 ? keys : null;
}

/** Whether the results show as one scrolling list (the table view keeps its pages). */
export function scrolls({ paging, view }: Pick<ListingSettings, 'paging' | 'view'>): boolean {
  return paging === 'scroll' && view !== 'table';
}

/**
 * The search request that shows `listing`. The browser and a server rendering the first
 * results both build it here, so that both ask the same question.
 */
export function listingRequest(listing: ListingState, settings: ListingSettings): SearchRequest {
  const { pageSize } = settings;
  const facetOrder = facetOrderOf(settings.facets);
  const filters = filtersOf(listing);
  // Warehouse stock facets are found by their prefix, so `availability` needs every facet counted.
  const facets = facetOrder && !facetOrder.includes(AVAILABILITY) ? facetOrder : null;
  return {
    ...(listing.query ? { query: listing.query } : {}),
    ...(listing.category ? { categoryId: listing.category } : {}),
    ...(filters.length > 0 ? { filters } : {}),
    ...(facets ? { facets } : {}),
    sort: listing.sort,
    ...(scrolls(settings) ? { limit: BLOCK_SIZE, offset: 0 } : { limit: pageSize, offset: listing.page * pageSize }),
  };
}

const answered = new WeakMap<SearchResult, ListingKey>();

/** The key a result of {@link createListingSearch} answers. */
export function keyOf(result: SearchResult): ListingKey | undefined {
  return answered.get(result);
}

/**
 * Loads a listing's results. Values of one facet combine with OR, so a facet with a filter
 * is counted once more without its own filter (a page of nothing, that facet only): its
 * other values then count what choosing them too would add, not zero, and a range keeps
 * its full span rather than shrinking to the chosen part.
 */
export function createListingSearch(commerce: Commerce): Resource<ListingKey, SearchResult> {
  return createResource(
    async (key) => {
      const { request } = key;
      const filters = request.filters ?? [];
      const own = [...new Set(filters.map((f) => f.facet))];
      const [result, ...others] = await Promise.all([
        commerce.adapter.search(request),
        ...own.map((facet) =>
          commerce.adapter
            .search({ ...request, filters: filters.filter((f) => f.facet !== facet), facets: [facet], limit: 0, offset: 0 })
            .then((r) => r.facets.find((f) => f.key === facet)),
        ),
      ]);
      const answer = own.length === 0 ? result : { ...result, facets: mergeFacets(result, others, own) };
      answered.set(answer, key);
      return answer;
    },
    (result) => commerce.prices.prime(result.hits.map((hit) => hit.price)),
  );
}
