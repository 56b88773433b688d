import { wrap, type Remote } from 'comlink';
import { RestCommerceAdapter } from '../rest/rest-adapter.js';
// Named `Worker` on purpose: see cross-origin-worker.ts.
import { CrossOriginWorker as Worker } from './cross-origin-worker.js';
import { localTokenStorage, type TokenStorage } from '../rest/token-storage.js';
import type { Transport, WorkerBackendApi } from '../rest/wire.js';

/** Options of {@link createLocalAdapter}. */
export interface LocalAdapterOptions {
  /** Number of generated SKUs in the embedded catalog (default 20,000). */
  readonly catalogSize?: number;
  /** Share one running backend worker between adapters (see {@link startReferenceWorker}). */
  readonly worker?: ReferenceWorker;
  /** Where the session token lives; defaults to localStorage. */
  readonly tokenStorage?: TokenStorage;
}

/** A running reference backend in a Web Worker. */
export interface ReferenceWorker {
  readonly transport: Transport;
  /** Stops the worker; adapters using it then fail with `unavailable`. */
  terminate(): void;
}

/**
 * Starts the reference backend in a module Web Worker, so catalog generation, search and
 * pricing never block the page's main thread. The worker reads its options from its name;
 * `database` names its own IndexedDB database (tests that move the backend's clock use one).
 */
export function startReferenceWorker(options: { catalogSize?: number; database?: string } = {}): ReferenceWorker {
  const worker = new Worker(new URL('../../reference/worker/worker.ts', import.meta.url), {
    type: 'module',
    name: `kontor-reference ${JSON.stringify({ catalogSize: options.catalogSize ?? 20_000, ...(options.database !== undefined && { database: options.database }) })}`,
  });
  const remote: Remote<WorkerBackendApi> = wrap<WorkerBackendApi>(worker);
  return {
    transport: (request) => remote.handle(request),
    terminate: () => worker.terminate(),
  };
}

/**
 * Creates the default adapter: the reference backend embedded in the page through a Web
 * Worker, persisted in IndexedDB. No server to run.
 */
export function createLocalAdapter(options: LocalAdapterOptions = {}): RestCommerceAdapter {
  const worker =
    options.worker ??
    startReferenceWorker(options.catalogSize === undefined ? {} : { catalogSize: options.catalogSize });
  return new RestCommerceAdapter({
    transport: worker.transport,
    tokenStorage: options.tokenStorage ?? localTokenStorage('kontor.token:local'),
    // A worker this adapter started is its to stop; a shared one belongs to whoever passed it.
    ...(options.worker ? {} : { onDispose: () => worker.terminate() }),
  });
}
