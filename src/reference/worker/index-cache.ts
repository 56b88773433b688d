/**
 * A cache of the catalog's search index, so a second visit restores it instead of building
 * it again. Its two phases are kept apart: the columns, read before the first answer (a
 * small copy, cheaper than deriving them from the catalog), and the text index, read in the
 * background. Both are structured-cloneable records (typed arrays as they are): reading one
 * back is mostly a copy, where parsing a serialized text took about as long as building.
 *
 * One entry is kept, tagged with its key; a read whose key differs is a miss, so a cached
 * index can never be stale and an old one is replaced rather than piling up. The cache is
 * an optimization only: any failure to read, restore or write (no IndexedDB, storage full,
 * an entry of another format) is a miss or a skipped write, never an error of the backend.
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import {
  columnsFromRecord,
  columnsRecord,
  INDEX_FORMAT,
  textFromRecord,
  textRecord,
  type ColumnsRecord,
  type IndexColumns,
  type SearchIndex,
  type TextIndex,
  type TextRecord,
} from '../../search/index.js';

/** The two entries of the cache: the index's columns and its text index. */
export type IndexPart = 'columns' | 'text';

/** Where a serialized index is kept; a rejected promise counts as a miss or a skipped write. */
export interface IndexCacheStore {
  /** The stored entry of a part, or undefined. */
  read(part: IndexPart): Promise<unknown>;
  /** Replaces the stored entry of a part. */
  write(part: IndexPart, entry: IndexCacheEntry): Promise<void>;
}

/** What the cache stores per part: the key it was built for and the part's record. */
export interface IndexCacheEntry {
  readonly key: string;
  readonly record: ColumnsRecord | TextRecord;
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
    read: (part) => get(part, store()),
    write: (part, entry) => set(part, entry, store()),
  };
}

function isEntry(value: unknown): value is IndexCacheEntry {
  return typeof value === 'object' && value !== null && typeof (value as IndexCacheEntry).key === 'string' && typeof (value as IndexCacheEntry).record === 'object';
}

async function readPart<T>(store: IndexCacheStore, part: IndexPart, key: string, restore: (record: unknown) => T): Promise<T | undefined> {
  try {
    const entry = await store.read(part);
    return isEntry(entry) && entry.key === key ? restore(entry.record) : undefined;
  } catch {
    return undefined;
  }
}

/** The cached columns for `key`, or undefined (nothing cached, another key, unreadable). */
export function readCachedColumns(store: IndexCacheStore, key: string): Promise<IndexColumns | undefined> {
  return readPart(store, 'columns', key, columnsFromRecord);
}

/** The cached text index for `key`, or undefined (nothing cached, another key, unreadable). */
export function readCachedText(store: IndexCacheStore, key: string): Promise<TextIndex | undefined> {
  return readPart(store, 'text', key, textFromRecord);
}

/**
 * Keeps both parts of `index` under `key`, the text index first (columns without it would
 * save little); resolves true when both were stored, false when not (storage full, no
 * IndexedDB, a value it cannot clone). Never rejects: the backend runs the same without
 * the cache.
 */
export async function cacheIndex(store: IndexCacheStore, key: string, index: SearchIndex): Promise<boolean> {
  try {
    await store.write('text', { key, record: textRecord(index) });
    await store.write('columns', { key, record: columnsRecord(index) });
    return true;
  } catch {
    return false;
  }
}
