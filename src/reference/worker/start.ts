/**
 * Start-up of the embedded backend: the search index restored from the cache when one of
 * this catalog and code is there, else built (and offered to the cache later, when the
 * backend is idle, so storing never delays an answer).
 */
import { warmIndex } from '../../search/index.js';
import { createReferenceApp, DEFAULT_CATALOG_SEED, DEFAULT_CATALOG_SIZE, type ReferenceApp, type ReferenceAppOptions } from '../create.js';
import { cacheIndex, indexCacheKey, readCachedIndex, type IndexCacheStore } from './index-cache.js';

/** Options of {@link startReferenceBackend}. */
export interface StartOptions extends Omit<ReferenceAppOptions, 'index'> {
  /** Where the serialized index is cached. */
  readonly indexCache: IndexCacheStore;
  /** URL of the backend's script (see `IndexCacheKeyParts.scriptUrl`). */
  readonly scriptUrl: string;
}

/** A started backend. */
export interface StartedBackend extends ReferenceApp {
  /** Where the index came from. */
  readonly indexSource: 'cache' | 'built';
  /**
   * The work left for when the backend is idle: a built index is stored in the cache (once),
   * a restored one derives its fuzzy lexicon, so the first misspelled search need not.
   * Resolves true when the cache holds the index; false when it could not be stored, which
   * changes nothing but the next start-up's time.
   */
  cacheIndex(): Promise<boolean>;
}

/** Restores or builds the index and assembles the backend. */
export async function startReferenceBackend(options: StartOptions): Promise<StartedBackend> {
  const { indexCache, scriptUrl, ...appOptions } = options;
  const key = indexCacheKey({ seed: options.seed ?? DEFAULT_CATALOG_SEED, catalogSize: options.catalogSize ?? DEFAULT_CATALOG_SIZE, scriptUrl });
  const cached = await readCachedIndex(indexCache, key);
  const app = createReferenceApp({ ...appOptions, ...(cached && { index: cached }) });
  let stored: Promise<boolean> | undefined;
  const idleWork = async (): Promise<boolean> => {
    if (!cached) return cacheIndex(indexCache, key, app.world.index);
    warmIndex(cached);
    return true;
  };
  return {
    ...app,
    indexSource: cached ? 'cache' : 'built',
    cacheIndex: () => (stored ??= idleWork()),
  };
}
