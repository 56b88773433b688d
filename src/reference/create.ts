/** Assembles the reference backend: catalog, search index, service and REST app. */
import type { Hono } from 'hono';
import { generateCatalog } from './catalog/generate.js';
import { createRestApp } from './rest/app.js';
import { ReferenceBackend } from './service/backend.js';
import { createWorld, type World } from './service/world.js';
import { processLock, StateRepository, type LockRunner, type StateStore } from './state/store.js';

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
}

/** The assembled backend. */
export interface ReferenceApp {
  readonly world: World;
  readonly backend: ReferenceBackend;
  readonly app: Hono;
}

/** Generates the catalog, builds the index and wires the service to the REST app. */
export function createReferenceApp(options: ReferenceAppOptions): ReferenceApp {
  const catalog = generateCatalog({ size: options.catalogSize ?? 20000, seed: options.seed ?? 1 });
  const world = createWorld(catalog, options.now ? { now: options.now } : {});
  const backend = new ReferenceBackend(world, new StateRepository(options.store, options.lock ?? processLock()));
  return { world, backend, app: createRestApp(backend, { demo: options.demo === true }) };
}
