/** Assembles the reference backend: catalog, search index, service and REST app. */
import type { Hono } from 'hono';
import { stageIndex, stageRestoredIndex, type IndexColumns, type SearchIndex, type StagedIndex, type TextStage } from '../search/index.js';
import { generateCatalog } from './catalog/generate.js';
import { catalogDocuments } from './catalog/search-documents.js';
import type { Catalog } from './catalog/types.js';
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
  /**
   * Build only the index's columns now and its text part later (see `stageIndex`): the
   * backend answers searches without text at once; the first search with text builds the
   * rest unless `ReferenceApp.textIndex` has by then. Ignored when `index` is given.
   */
  readonly deferTextIndex?: boolean;
  /**
   * With `deferTextIndex`: the index's columns, built before (restored from a cache), so
   * they need not be derived again. They must be those of this seed and size.
   */
  readonly indexColumns?: IndexColumns;
}

/** The assembled backend. */
export interface ReferenceApp {
  readonly world: World;
  readonly backend: ReferenceBackend;
  readonly app: Hono;
  /** The text part of a deferred index (`deferTextIndex`); absent when the index is whole. */
  readonly textIndex?: TextStage;
}

/** Generates the catalog, builds the index (unless given) and wires the service to the REST app. */
export function createReferenceApp(options: ReferenceAppOptions): ReferenceApp {
  const catalog = generateCatalog({ size: options.catalogSize ?? DEFAULT_CATALOG_SIZE, seed: options.seed ?? DEFAULT_CATALOG_SEED });
  const staged = !options.index && options.deferTextIndex === true ? stagedCatalogIndex(catalog, options.indexColumns) : undefined;
  const index = options.index ?? staged?.index;
  const world = createWorld(catalog, { ...(options.now && { now: options.now }), ...(index && { index }) });
  const backend = new ReferenceBackend(world, new StateRepository(options.store, options.lock ?? processLock()));
  return { world, backend, app: createRestApp(backend, { demo: options.demo === true }), ...(staged && { textIndex: staged.text }) };
}

function stagedCatalogIndex(catalog: Catalog, columns: IndexColumns | undefined): StagedIndex {
  if (columns) return stageRestoredIndex(columns, () => catalogDocuments(catalog).documents);
  const { documents, options } = catalogDocuments(catalog);
  return stageIndex(documents, options);
}
