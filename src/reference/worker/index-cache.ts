/**
 * A cache of the catalog's text index (the search index's costly part), so a second visit
 * restores it instead of building it again. The columns are not cached: they are built at
 * start in a few milliseconds. The text index is kept as a structured-cloneable record
 * (typed arrays as they are): reading it back is mostly a copy, where parsing a serialized
 * text took about as long as building the index.
 *
 * One entry is kept, tagged with its key; a read whose key differs is a miss, so a cached
 * index can never be stale and an old one is replaced rather than piling up. The cache is
 * an optimization only: any failure to read, restore or write (no IndexedDB, storage full,
 * an entry of another format) is a miss or a skipped write, never an error of the backend.
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { INDEX_FORMAT, textFromRecord, textRecord, type SearchIndex, type TextIndex, type TextRecord } from '../../search/index.js';

/** Where a serialized index is kept; a rejected promise counts as a miss or a skipped write. */
export interface IndexCacheStore {
  /** The stored entry, or undefined. */
  read(): Promise<unknown>;
  /** Replaces the stored entry. */
  write(entry: IndexCacheEntry): Promise<void>;
}

/** What the cache stores: the key it was built for and the text index. */
export interface IndexCacheEntry {
  readonly key: string;
  readonly text: TextRecord;
}

/** What decides whether a cached index belongs to this backend. */
export interface IndexCacheKeyParts {
  readonly seed: number;
  readonly catalogSize: number;
  /**
   * URL of the code that builds the index: in builds its file name carries a content hash,
   * so new code never reads an index of old code.
   */
  readonly scriptUrl: string;
}

/**
 * The cache key. The index format version covers development, where the script's URL has
 * no content hash.
 */
export function indexCacheKey(parts: IndexCacheKeyParts): string {
  return JSON.stringify([INDEX_FORMAT, parts.seed, parts.catalogSize, parts.scriptUrl]);
}

/** The index cache in its own IndexedDB database, shared by every backend database of the origin. */
export function idbIndexCacheStore(dbName = 'kontor-reference-index', storeName = 'index'): IndexCacheStore {
  let db: UseStore | undefined;
  // Opened on first use: creating the store touches IndexedDB, which may be missing.
  const store = (): UseStore => (db ??= createStore(dbName, storeName));
  return {
    read: () => get('index', store()),
    write: (entry) => set('index', entry, store()),
  };
}

function isEntry(value: unknown): value is IndexCacheEntry {
  return typeof value === 'object' && value !== null && typeof (value as IndexCacheEntry).key === 'string' && typeof (value as IndexCacheEntry).text === 'object';
}

/** The cached text index for `key`, or undefined (nothing cached, another key, unreadable). */
export async function readCachedText(store: IndexCacheStore, key: string): Promise<TextIndex | undefined> {
  try {
    const entry = await store.read();
    return isEntry(entry) && entry.key === key ? textFromRecord(entry.text) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the text part of `index` under `key`; resolves true when it was stored, false when it could not be
 * (storage full, no IndexedDB, a value it cannot clone). Never rejects: the backend runs the
 * same without the cache.
 */
export async function cacheIndex(store: IndexCacheStore, key: string, index: SearchIndex): Promise<boolean> {
  try {
    await store.write({ key, text: textRecord(index) });
    return true;
  } catch {
    return false;
  }
}
