/**
 * Start-up of the embedded backend in two phases. Phase 1, before the first answer: the
 * catalog and the search index's columns (restored from the cache when there), enough for
 * every search without text (category listings, facet toggles, sorting). Phase 2, in the background: the text index, restored
 * from the cache when one of this catalog and code is there, else built in short slices
 * that leave the thread to incoming requests between them (and offered to the cache later,
 * when the backend is idle, so storing never delays an answer). A search with text that
 * comes before phase 2 is done finishes it on the spot: answers never depend on timing.
 */
import { warmIndex } from '../../search/index.js';
import { createReferenceApp, DEFAULT_CATALOG_SEED, DEFAULT_CATALOG_SIZE, type ReferenceApp, type ReferenceAppOptions } from '../create.js';
import { cacheIndex, indexCacheKey, readCachedColumns, readCachedText, type IndexCacheStore } from './index-cache.js';

/** Longest stretch of text-index building between two looks at the message queue. */
const SLICE_MS = 8;

/** Options of {@link startReferenceBackend}. */
export interface StartOptions extends Omit<ReferenceAppOptions, 'index' | 'deferTextIndex'> {
  /** Where the index is cached. */
  readonly indexCache: IndexCacheStore;
  /** URL of the backend's script (see `IndexCacheKeyParts.scriptUrl`). */
  readonly scriptUrl: string;
}

/** A started backend: it answers searches without text already. */
export interface StartedBackend extends ReferenceApp {
  /**
   * Phase 2: the text index from the cache, else built in slices. Resolves with where it
   * came from (`built` also when a search with text built it first); the same promise on
   * every call.
   */
  completeTextIndex(): Promise<'cache' | 'built'>;
  /**
   * The work left for when the backend is idle, after phase 2: a built text index is stored
   * in the cache (once), and the fuzzy lexicon is derived, so the first misspelled search
   * need not. Resolves true when the cache holds the text index; false when it could not
   * be stored, which changes nothing but the next start-up's time.
   */
  cacheIndex(): Promise<boolean>;
}

/** Lets queued messages (requests) run before the next slice; no timer clamping. */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Builds phase 1 and assembles the backend; phase 2 runs when {@link StartedBackend.completeTextIndex} is called. */
export async function startReferenceBackend(options: StartOptions): Promise<StartedBackend> {
  const { indexCache, scriptUrl, ...appOptions } = options;
  const key = indexCacheKey({ seed: options.seed ?? DEFAULT_CATALOG_SEED, catalogSize: options.catalogSize ?? DEFAULT_CATALOG_SIZE, scriptUrl });
  const columns = await readCachedColumns(indexCache, key);
  const app = createReferenceApp({ ...appOptions, deferTextIndex: true, ...(columns && { indexColumns: columns }) });
  const stage = app.textIndex;
  if (!stage) throw new Error('The backend was assembled with a whole index.');
  const completeText = async (): Promise<'cache' | 'built'> => {
    const cached = await readCachedText(indexCache, key);
    if (cached) {
      stage.adopt(cached);
      return 'cache';
    }
    while (!stage.build(performance.now() + SLICE_MS)) await yieldToMessages();
    return 'built';
  };
  let text: Promise<'cache' | 'built'> | undefined;
  let stored: Promise<boolean> | undefined;
  const completeTextIndex = (): Promise<'cache' | 'built'> => (text ??= completeText());
  const idleWork = async (): Promise<boolean> => {
    const source = await completeTextIndex();
    // Both parts came from the cache, or both are (re)written.
    const kept = (source === 'cache' && columns !== undefined) || (await cacheIndex(indexCache, key, app.world.index));
    warmIndex(app.world.index);
    return kept;
  };
  return {
    ...app,
    completeTextIndex,
    cacheIndex: () => (stored ??= idleWork()),
  };
}
