/**
 * The reference backend in a module Web Worker, exposed through comlink as
 * `WorkerBackendApi`. Start it with `new Worker(url, { type: 'module', name })`, where the
 * name is `kontor-reference {"catalogSize":N,"database":"…"}` (defaults 20000 and
 * `kontor-reference`): bundlers need the worker's
 * URL to be a literal, so options travel in the name rather than in a query string.
 */
import * as Comlink from 'comlink';
import type { WireRequest, WireResponse, WorkerBackendApi } from '../../adapters/rest/wire.js';
import { createReferenceApp } from '../create.js';
import { handleWire } from '../rest/wire-handler.js';
import { IdbStateStore, webLock } from './idb-store.js';

/** Name of the Web Lock that serializes state changes across tabs. */
export const STATE_LOCK = 'kontor-reference-state';

const DEFAULT_CATALOG_SIZE = 20000;

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

// Built once at start: catalog generation and indexing are the worker's start-up cost.
const database = databaseFromName();
// Demo mode: the embedded backend is the visitor's own demo shop, so its toolbar may list
// the demo users and move the clock.
const { app } = createReferenceApp({ store: new IdbStateStore(database), lock: webLock(`${STATE_LOCK}:${database}`), catalogSize: catalogSizeFromName(), demo: true });

const api: WorkerBackendApi = {
  handle(request: WireRequest): Promise<WireResponse> {
    return handleWire(app, request);
  },
};

Comlink.expose(api);
