/**
 * Kontor's service worker on the CDN (`dist/cdn/sw.js`, built with Workbox by
 * `vite build --mode cdn`). Browsers take a service worker only from the page's own origin,
 * so a CMS serves the small `sdk/pwa/host-sw.js` from its origin, which sets where Kontor
 * lives and imports this file:
 *
 * ```js
 * self.KONTOR_CDN = 'https://cdn.example.com/kontor/';
 * importScripts(`${self.KONTOR_CDN}sw.js`);
 * ```
 *
 * - Kontor's files on the CDN (the loader, every chunk, the embedded backend's worker) are
 *   precached at install. The build lists them relative to the CDN folder; an imported
 *   script cannot know its own address, so they are resolved against `KONTOR_CDN` (or,
 *   when this file is registered directly, against its own address).
 * - The CMS's pages are not known to the build: they are cached as visited (network first),
 *   and the pages open when the worker installs are cached at once. A page never visited
 *   gets the site's `KONTOR_OFFLINE_PAGE` when the host file names one, otherwise the
 *   browser's own offline error.
 * - The site's own styles, scripts and fonts are cached as used (network first), so a cached
 *   page keeps its look offline.
 * - Catalog answers and images are cached as in every Kontor worker (`../sw-runtime.ts`).
 */
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { PAGES_CACHE, routeRuntimeRequests, type KontorWorkerScope } from '../sw-runtime.js';

/** The host file's settings, and the worker scope events this file uses. */
declare const self: KontorWorkerScope & {
  /** Replaced by the build with the precache list of the CDN folder. */
  readonly __WB_MANIFEST?: (PrecacheEntry | string)[];
  /** The CDN folder of Kontor's files (with the trailing slash), set by the host file. */
  readonly KONTOR_CDN?: string;
  /** A page of the host site shown offline for pages never visited (optional). */
  readonly KONTOR_OFFLINE_PAGE?: string;
  readonly clients: { matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly { readonly url: string }[]> };
  addEventListener(type: 'install' | 'activate', listener: (event: Event & { waitUntil(done: Promise<unknown>): void }) => void): void;
};

/** Cache of the host's offline page, filled at every install so it follows the site. */
const OFFLINE_CACHE = 'kontor-offline';

const cdnFolder = new URL(self.KONTOR_CDN ?? './', self.location.href);

/** A build entry (relative to the CDN folder) as an absolute CDN address. */
function onCdn(entry: PrecacheEntry | string): PrecacheEntry {
  const { url, revision = null, integrity } = typeof entry === 'string' ? { url: entry } : entry;
  return { url: new URL(url, cdnFolder).href, revision, ...(integrity ? { integrity } : {}) };
}

const offlinePage = self.KONTOR_OFFLINE_PAGE ? new URL(self.KONTOR_OFFLINE_PAGE, self.location.href).href : undefined;

cleanupOutdatedCaches();
precacheAndRoute((self.__WB_MANIFEST ?? []).map(onCdn));

self.addEventListener('install', (event) => {
  if (offlinePage) event.waitUntil(caches.open(OFFLINE_CACHE).then((cache) => cache.add(offlinePage)));
});

// The page that installed the worker was loaded before the worker ran (so it is not
// controlled yet): cache it and any other open page of the site now, so it opens offline
// without a second visit.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    Promise.all([self.clients.matchAll({ type: 'window', includeUncontrolled: true }), caches.open(PAGES_CACHE)]).then(([windows, cache]) =>
      Promise.all(
        windows
          .map((client) => new URL(client.url))
          .filter((url) => url.origin === self.location.origin)
          // A page that fails to load now is simply cached on its next visit.
          .map((url) => cache.add(url.href).catch(() => undefined)),
      ),
    ),
  );
});

// The site's own styles, scripts and fonts, so a cached page keeps its look offline. Network
// first: online, a site release is never mixed with an old copy.
registerRoute(({ request, url }) => ['style', 'script', 'font'].includes(request.destination) && url.origin === self.location.origin, new NetworkFirst({
  cacheName: 'kontor-site-assets',
  networkTimeoutSeconds: 4,
  plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 100, purgeOnQuotaError: true })],
}));

routeRuntimeRequests(self, async () => {
  if (!offlinePage) return undefined;
  return (await caches.open(OFFLINE_CACHE)).match(offlinePage);
});
