/**
 * Server rendering of a listing's first results. A CMS (or any server that writes the page)
 * asks for the results of a `<kontor-product-listing>` tag and writes them into the page as
 * the tag's declarative shadow root: the products then paint with the page's own HTML, before
 * any script has loaded, and the element, once defined, keeps that drawing on screen until its
 * live results (with the buyer's prices) replace it in place.
 *
 * Node only. The first call installs Lit's DOM shim in the process (globals such as `window`,
 * `document` and `HTMLElement`), so call it from a process or worker thread that renders and
 * does nothing else (see `demo/snapshot-renderer.ts`).
 */
import type { Category, CommerceAdapter, SearchResult } from '../../src/index.js';
import { listingRequest, type ListingSettings } from './listing-search.js';
import { attributeState, stateFromUrl } from './listing-state.js';
import type { ListingPaging, ListingView } from './product-listing.js';

/** What {@link renderListingSnapshot} needs. */
export interface ListingSnapshotOptions {
  /** Where results come from. It is asked as a guest: the buyer's prices follow in the browser. */
  readonly adapter: Pick<CommerceAdapter, 'search' | 'getCategories'>;
  /** The tag's attributes as written in the page (`category`, `query`, `page-size`, `url-state`…). */
  readonly attributes: Readonly<Record<string, string>>;
  /** The page's address: with `url-state` its parameters choose the results, as in the browser. */
  readonly url?: URL;
}

let ready: Promise<typeof import('./snapshot-ssr.js')> | undefined;

/** Loads Lit's server renderer and the listing behind a DOM shim, once per process. */
function renderer(): Promise<typeof import('./snapshot-ssr.js')> {
  ready ??= (async () => {
    await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
    const shimmed = globalThis as unknown as { document: { documentElement?: { lang: string } } };
    // Modules read the page's language when they load; the snapshot is drawn in English.
    shimmed.document.documentElement ??= { lang: 'en' };
    return import('./snapshot-ssr.js');
  })();
  return ready;
}

function attribute<T extends string>(attributes: Readonly<Record<string, string>>, name: string, allowed: readonly T[], fallback: T): T {
  const value = attributes[name];
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/**
 * Searches as the tag would and returns its declarative shadow root
 * (`<template shadowrootmode="open">…</template>`), to write as the tag's first child. Product
 * data is escaped as text and attribute values by Lit's renderer.
 */
export async function renderListingSnapshot({ adapter, attributes, url }: ListingSnapshotOptions): Promise<string> {
  const base = attributeState({ query: attributes['query'] ?? '', category: attributes['category'] ?? '', sort: attributes['sort'] ?? 'relevance' });
  const listing = 'url-state' in attributes && url ? stateFromUrl(url.searchParams, base).state : base;
  const settings: ListingSettings = {
    pageSize: Number(attributes['page-size'] ?? 24) || 24,
    paging: attribute<ListingPaging>(attributes, 'paging', ['pages', 'scroll'], 'pages'),
    view: attribute<ListingView>(attributes, 'view', ['grid', 'list', 'table'], 'grid'),
    facets: attributes['facets'] ?? '',
  };
  const [result, categories]: [SearchResult, readonly Category[]] = await Promise.all([adapter.search(listingRequest(listing, settings)), adapter.getCategories()]);
  const { renderListing } = await renderer();
  return renderListing({ listing, result, categories }, { ...settings, ...(attributes['product-url'] !== undefined && { productUrl: attributes['product-url'] }) });
}
