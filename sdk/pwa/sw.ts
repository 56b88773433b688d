/**
 * The demo app's service worker (built with Workbox; the demo build injects the precache list).
 *
 * - The app shell (pages, scripts, styles, the embedded backend's worker, icons) is
 *   precached, so the shop opens offline; a page that was never cached gets the offline page.
 * - Catalog answers, images and visited pages are cached at runtime as in every Kontor
 *   worker (`sw-runtime.ts`): catalog per credentials and language, never session, cart,
 *   orders or any POST.
 * - A new version waits until the page asks it to take over (the "reload" of the update
 *   flow in `register.ts`), so a page never runs against a mix of old and new files.
 *
 * A CMS that loads Kontor from a CDN uses the CDN's worker instead (`cdn/sw.ts`, docs/pwa.md).
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { routeRuntimeRequests, type KontorWorkerScope } from './sw-runtime.js';

declare const self: KontorWorkerScope & {
  /** Replaced by the build with the precache list. */
  readonly __WB_MANIFEST?: (PrecacheEntry | string)[];
};

/** The offline page of the precache, shown for pages that were never visited. */
export const OFFLINE_PAGE = 'offline.html';

cleanupOutdatedCaches();
// Pages are static shells that read their query themselves: `category.html?category=x`
// is served by the precached `category.html`.
precacheAndRoute(self.__WB_MANIFEST ?? [], { ignoreURLParametersMatching: [/./] });

routeRuntimeRequests(self, () => matchPrecache(OFFLINE_PAGE));
