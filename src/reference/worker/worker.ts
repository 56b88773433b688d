/**
 * The reference backend in a module Web Worker, exposed through comlink as
 * `WorkerBackendApi`. Start it with `new Worker(url, { type: 'module' })`; the URL's
 * `?catalogSize=N` (default 20000) sets the catalog size.
 */
import * as Comlink from 'comlink';
import type { WireRequest, WireResponse, WorkerBackendApi } from '../../adapters/rest/wire.js';
import { createReferenceApp } from '../create.js';
import { handleWire } from '../rest/wire-handler.js';
import { IdbStateStore, webLock } from './idb-store.js';

/** Name of the Web Lock that serializes state changes across tabs. */
export const STATE_LOCK = 'kontor-reference-state';

function catalogSizeFromUrl(): number {
  const raw = new URL(self.location.href).searchParams.get('catalogSize');
  const size = raw === null ? NaN : Number(raw);
  return Number.isInteger(size) && size >= 0 ? size : 20000;
}

// Built once at start: catalog generation and indexing are the worker's start-up cost.
const { app } = createReferenceApp({ store: new IdbStateStore(), lock: webLock(STATE_LOCK), catalogSize: catalogSizeFromUrl() });

const api: WorkerBackendApi = {
  handle(request: WireRequest): Promise<WireResponse> {
    return handleWire(app, request);
  },
};

Comlink.expose(api);
