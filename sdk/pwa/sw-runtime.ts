/**
 * What Kontor's two service workers share (the demo app's `sdk/pwa/sw.ts` and the CDN's
 * `sdk/pwa/cdn/sw.ts`): runtime caching of catalog answers, images, Kontor's files and
 * visited pages, the offline answer for pages, and the update hand-over. Each worker adds
 * its own precache list before calling {@link routeRuntimeRequests}, so precached files win.
 *
 * Session, cart and order calls and every POST are never routed here: they go to the
 * network untouched (the cart lives on the device, orders are queued by the checkout store).
 */
import { clientsClaim, type RouteMatchCallbackOptions, type WorkboxPlugin } from 'workbox-core';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { routeParts, type RouteName } from '../../src/commerce/rest-routes.js';

/** The parts of the service worker scope Kontor's workers use (the DOM typings lack them). */
export interface KontorWorkerScope {
  readonly location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

/** Cache of visited pages (network first, the last copy offline). */
export const PAGES_CACHE = 'kontor-pages';

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

/**
 * Registers the runtime routes, the offline answer for pages and the update hand-over.
 * `offlinePage` finds the page shown for a page that is neither precached nor cached
 * (undefined: the browser's own offline error).
 */
export function routeRuntimeRequests(scope: KontorWorkerScope, offlinePage: () => Promise<Response | undefined>): void {
  registerRoute(isCatalogRequest, new StaleWhileRevalidate({
    cacheName: 'kontor-catalog',
    plugins: [perBuyerKey, new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 7 * 24 * 3600, purgeOnQuotaError: true })],
  }));

  registerRoute(({ request }) => request.destination === 'image', new StaleWhileRevalidate({
    cacheName: 'kontor-images',
    plugins: [new CacheableResponsePlugin({ statuses: [0, 200] }), new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * 24 * 3600, purgeOnQuotaError: true })],
  }));

  // Scripts from another origin that no precache lists (an older or newer CDN release).
  registerRoute(({ request, url }) => ['script', 'style', 'worker'].includes(request.destination) && url.origin !== scope.location.origin, new StaleWhileRevalidate({
    cacheName: 'kontor-assets',
    plugins: [new CacheableResponsePlugin({ statuses: [0, 200] }), new ExpirationPlugin({ maxEntries: 100, purgeOnQuotaError: true })],
  }));

  // Pages outside the precache (a CMS's own pages): the network first, the last copy offline.
  registerRoute(({ request }) => request.mode === 'navigate', new NetworkFirst({
    cacheName: PAGES_CACHE,
    networkTimeoutSeconds: 4,
    plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 50, purgeOnQuotaError: true })],
  }));

  setCatchHandler(async ({ request }) => {
    if (request.mode === 'navigate') return (await offlinePage()) ?? Response.error();
    return Response.error();
  });

  scope.addEventListener('message', (event) => {
    const data = event.data as { type?: unknown } | null;
    if (data?.type === 'SKIP_WAITING') void scope.skipWaiting();
  });

  // The first version takes the open pages at once (nothing older runs there); a later one
  // only after SKIP_WAITING, when every tab reloads (sdk/pwa/register.ts).
  clientsClaim();
}
