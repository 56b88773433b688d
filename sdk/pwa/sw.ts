/**
 * Kontor's service worker (built with Workbox; the demo build injects the precache list).
 *
 * - The app shell (pages, scripts, styles, the embedded backend's worker, icons) is
 *   precached, so the shop opens offline; a page that was never cached gets the offline page.
 * - Catalog answers of the REST contract (info, search, suggestions, categories, products)
 *   and images are served stale-while-revalidate from size- and age-limited caches. Prices
 *   depend on the buyer, so a catalog answer is cached per credentials and language.
 * - Everything else (session, cart, orders; every POST) goes to the network untouched: the
 *   cart lives on the device already, and orders are queued by the page's checkout store.
 * - A new version waits until the page asks it to take over (the "reload" of the update
 *   flow in `register.ts`), so a page never runs against a mix of old and new files.
 *
 * A CMS serves a one-line worker from its own origin that imports this one (docs/pwa.md).
 */
import { clientsClaim, type RouteMatchCallbackOptions, type WorkboxPlugin } from 'workbox-core';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { routeParts, type RouteName } from '../../src/commerce/rest-routes.js';

/** The parts of the service worker scope this file uses (the DOM typings lack them). */
interface WorkerScope {
  readonly location: Location;
  /** Replaced by the build with the precache list; absent when a host imports this file unbuilt. */
  readonly __WB_MANIFEST?: (PrecacheEntry | string)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

declare const self: WorkerScope;

/** The offline page of the precache, shown for pages that were never visited. */
export const OFFLINE_PAGE = 'offline.html';

/** Routes of the REST contract whose answers may be shown offline: the catalog, nothing personal. */
const CATALOG_ROUTES: readonly RouteName[] = ['info', 'search', 'suggest', 'categories', 'product', 'variantFamily', 'ratings'];

/** `/v1/products/:sku` as a pattern of one path segment per parameter. */
function pathPattern(path: string): RegExp {
  return new RegExp(`${path.replace(/:[A-Za-z]+/g, '[^/]+')}$`);
}

const catalogPaths = CATALOG_ROUTES.map((name) => pathPattern(routeParts(name).path));

/** True for a GET of a catalog route, on any origin (the API may live elsewhere). */
export function isCatalogRequest({ url, request }: Pick<RouteMatchCallbackOptions, 'url' | 'request'>): boolean {
  return request.method === 'GET' && catalogPaths.some((pattern) => pattern.test(url.pathname));
}

async function digest(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(bytes.slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The Cache API keys by URL only, but a catalog answer depends on who asks (customer
 * prices) and in which language: key it by a digest of both, so one buyer never sees
 * another's prices offline and the token itself is never stored as a key.
 */
export const perBuyerKey: WorkboxPlugin = {
  async cacheKeyWillBeUsed({ request }) {
    const who = `${request.headers.get('authorization') ?? ''}|${request.headers.get('accept-language') ?? ''}`;
    const url = new URL(request.url);
    url.searchParams.set('__kontor-cache', await digest(who));
    return url.href;
  },
};

cleanupOutdatedCaches();
// Pages are static shells that read their query themselves: `category.html?category=x`
// is served by the precached `category.html`.
precacheAndRoute(self.__WB_MANIFEST ?? [], { ignoreURLParametersMatching: [/./] });

registerRoute(isCatalogRequest, new StaleWhileRevalidate({
  cacheName: 'kontor-catalog',
  plugins: [perBuyerKey, new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 7 * 24 * 3600, purgeOnQuotaError: true })],
}));

registerRoute(({ request }) => request.destination === 'image', new StaleWhileRevalidate({
  cacheName: 'kontor-images',
  plugins: [new CacheableResponsePlugin({ statuses: [0, 200] }), new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * 24 * 3600, purgeOnQuotaError: true })],
}));

// Kontor's own files from a CDN (when a host imports this worker, nothing is precached).
registerRoute(({ request, url }) => ['script', 'style', 'worker'].includes(request.destination) && url.origin !== self.location.origin, new StaleWhileRevalidate({
  cacheName: 'kontor-assets',
  plugins: [new CacheableResponsePlugin({ statuses: [0, 200] }), new ExpirationPlugin({ maxEntries: 100, purgeOnQuotaError: true })],
}));

// Pages outside the precache (a CMS's own pages): the network first, the last copy offline.
registerRoute(({ request }) => request.mode === 'navigate', new NetworkFirst({
  cacheName: 'kontor-pages',
  networkTimeoutSeconds: 4,
  plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 50, purgeOnQuotaError: true })],
}));

setCatchHandler(async ({ request }) => {
  if (request.mode === 'navigate') return (await matchPrecache(OFFLINE_PAGE)) ?? Response.error();
  return Response.error();
});

self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first version takes the open pages at once (nothing older runs there); a later one
// only after SKIP_WAITING, when every tab reloads.
clientsClaim();
