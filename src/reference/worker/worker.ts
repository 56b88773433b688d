/**
 * The reference backend in a module Web Worker, exposed through comlink as
 * `WorkerBackendApi`. Start it with `new Worker(url, { type: 'module', name })`, where the
 * name is `kontor-reference {"catalogSize":N}` (default 20000): bundlers need the worker's
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

function catalogSizeFromName(): number {
  const json = self.name.slice(self.name.indexOf('{'));
  try {
    const size = (JSON.parse(json) as { catalogSize?: unknown }).catalogSize;
    return typeof size === 'number' && Number.isInteger(size) && size >= 0 ? size : DEFAULT_CATALOG_SIZE;
  } catch {
    return DEFAULT_CATALOG_SIZE;
  }
}

// Built once at start: catalog generation and indexing are the worker's start-up cost.
const { app } = createReferenceApp({ store: new IdbStateStore(), lock: webLock(STATE_LOCK), catalogSize: catalogSizeFromName() });

const api: WorkerBackendApi = {
  handle(request: WireRequest): Promise<WireResponse> {
    return handleWire(app, request);
  },
};

Comlink.expose(api);
