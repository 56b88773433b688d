/** Assembles the reference backend: catalog, search index, service and REST app. */
import type { Hono } from 'hono';
import type { SearchIndex } from '../search/index.js';
import { generateCatalog } from './catalog/generate.js';
import { createRestApp } from './rest/app.js';
import { ReferenceBackend } from './service/backend.js';
import { createWorld, type World } from './service/world.js';
import { processLock, StateRepository, type LockRunner, type StateStore } from './state/store.js';

/** Number of generated SKUs when no size is given. */
export const DEFAULT_CATALOG_SIZE = 20000;

/** Catalog seed when none is given. */
export const DEFAULT_CATALOG_SEED = 1;

/** Options of {@link createReferenceApp}. */
export interface ReferenceAppOptions {
  /** Where state lives. */
  readonly store: StateStore;
  /** Serializes mutations; defaults to a per-process lock. */
  readonly lock?: LockRunner;
  /** Number of generated SKUs (default 20,000). */
  readonly catalogSize?: number;
  /** Catalog seed (default 1). */
  readonly seed?: number;
  /** Clock (default: the system clock). */
  readonly now?: () => Date;
  /** Serve the demo routes (demo users, demo clock); see `RestAppOptions.demo`. Default false. */
  readonly demo?: boolean;
  /**
   * The catalog's search index, built before (restored from a cache); built here when
   * absent. It must be the index of this seed and size: nothing checks it.
   */
  readonly index?: SearchIndex;
}

/** The assembled backend. */
export interface ReferenceApp {
  readonly world: World;
  readonly backend: ReferenceBackend;
  readonly app: Hono;
}

/** Generates the catalog, builds the index (unless given) and wires the service to the REST app. */
export function createReferenceApp(options: ReferenceAppOptions): ReferenceApp {
  const catalog = generateCatalog({ size: options.catalogSize ?? DEFAULT_CATALOG_SIZE, seed: options.seed ?? DEFAULT_CATALOG_SEED });
  const world = createWorld(catalog, { ...(options.now && { now: options.now }), ...(options.index && { index: options.index }) });
  const backend = new ReferenceBackend(world, new StateRepository(options.store, options.lock ?? processLock()));
  return { world, backend, app: createRestApp(backend, { demo: options.demo === true }) };
}
