/**
 * The reference backend in a module Web Worker, exposed through comlink as
 * `WorkerBackendApi`. Start it with `new Worker(url, { type: 'module', name })`, where the
 * name is `kontor-reference {"catalogSize":N,"database":"…"}` (defaults 20000 and
 * `kontor-reference`): bundlers need the worker's
 * URL to be a literal, so options travel in the name rather than in a query string.
 */
import * as Comlink from 'comlink';
import type { WireRequest, WireResponse, WorkerBackendApi } from '../../adapters/rest/wire.js';
import { DEFAULT_CATALOG_SIZE } from '../create.js';
import { handleWire } from '../rest/wire-handler.js';
import { IdbStateStore, webLock } from './idb-store.js';
import { idbIndexCacheStore } from './index-cache.js';
import { startReferenceBackend } from './start.js';

/** Name of the Web Lock that serializes state changes across tabs. */
export const STATE_LOCK = 'kontor-reference-state';

/** How long the backend must have been without requests before it caches a built text index. */
const IDLE_BEFORE_CACHING_MS = 1500;

/** When the text index starts building if no request came before. */
const TEXT_FALLBACK_MS = 300;

function optionsFromName(): { catalogSize?: unknown; database?: unknown } {
  try {
    return JSON.parse(self.name.slice(self.name.indexOf('{'))) as { catalogSize?: unknown; database?: unknown };
  } catch {
    return {};
  }
}

function catalogSizeFromName(): number {
  const size = optionsFromName().catalogSize;
  return typeof size === 'number' && Number.isInteger(size) && size >= 0 ? size : DEFAULT_CATALOG_SIZE;
}

/** The IndexedDB database: its own per name, so tests that move the clock keep to themselves. */
function databaseFromName(): string {
  const name = optionsFromName().database;
  return typeof name === 'string' && /^[\w.-]{1,100}$/.test(name) ? name : 'kontor-reference';
}

const database = databaseFromName();
// Catalog generation and the index's columns are the worker's start-up cost; the text index
// follows in the background (see start.ts). The module's own URL, not the worker's, keys
// the text index cache: a worker started from another origin runs from a blob that imports
// this file. Demo mode: the embedded backend is the visitor's own demo shop, so its toolbar
// may list the demo users and move the clock.
const started = startReferenceBackend({
  store: new IdbStateStore(database),
  lock: webLock(`${STATE_LOCK}:${database}`),
  catalogSize: catalogSizeFromName(),
  demo: true,
  indexCache: idbIndexCacheStore(),
  scriptUrl: import.meta.url,
});

// Phase 2 starts once the requests that came with the page are answered (its slices leave
// room for later ones), or after a moment when none came.
let textStarted = false;
function startText(): void {
  if (textStarted) return;
  textStarted = true;
  void started.then((backend) => backend.completeTextIndex()).then(() => cacheWhenIdle());
}
const textFallback = setTimeout(startText, TEXT_FALLBACK_MS);

// Storing a built text index (and deriving the fuzzy lexicon) takes the worker's thread for
// a while: do it once phase 2 is done, the page's requests are answered and none came for a
// moment.
let inFlight = 0;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
function cacheWhenIdle(): void {
  clearTimeout(idleTimer);
  if (inFlight > 0 || !textStarted) return;
  idleTimer = setTimeout(() => void started.then((backend) => backend.cacheIndex()), IDLE_BEFORE_CACHING_MS);
}

const api: WorkerBackendApi = {
  async handle(request: WireRequest): Promise<WireResponse> {
    inFlight++;
    clearTimeout(idleTimer);
    try {
      return await handleWire((await started).app, request);
    } finally {
      inFlight--;
      if (inFlight === 0 && !textStarted) {
        clearTimeout(textFallback);
        // After this reply has been posted, not before.
        setTimeout(startText, 0);
      }
      cacheWhenIdle();
    }
  },
};

Comlink.expose(api);
