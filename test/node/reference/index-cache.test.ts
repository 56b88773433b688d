/**
 * The embedded backend's cache of its search index: restored only for the same catalog and
 * code, and a cache that cannot read or store (storage full, no IndexedDB, a broken entry)
 * never stops the backend from starting and answering.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryStateStore } from '../../../src/reference/state/store.js';
import type { ColumnsRecord, TextRecord } from '../../../src/search/index.js';
import type { IndexCacheEntry, IndexCacheStore, IndexPart } from '../../../src/reference/worker/index-cache.js';
import { indexCacheKey } from '../../../src/reference/worker/index-cache.js';
import { startReferenceBackend, type StartOptions } from '../../../src/reference/worker/start.js';

const SCRIPT = 'https://shop.example/assets/worker-3f9a1c.js';

/** A cache in memory that counts its writes; it clones what it keeps, as IndexedDB does. */
function memoryCache(): IndexCacheStore & { entries: Map<IndexPart, IndexCacheEntry>; writes: number } {
  const cache = {
    entries: new Map<IndexPart, IndexCacheEntry>(),
    writes: 0,
    read: async (part: IndexPart) => structuredClone(cache.entries.get(part)),
    write: async (part: IndexPart, entry: IndexCacheEntry) => {
      cache.writes++;
      cache.entries.set(part, structuredClone(entry));
    },
  };
  return cache;
}

/** A cache on a full disk: reading finds nothing, writing fails as IndexedDB does. */
function fullCache(): IndexCacheStore {
  return {
    read: async () => undefined,
    write: async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  };
}

const options = (indexCache: IndexCacheStore, overrides: Partial<StartOptions> = {}): StartOptions => ({
  store: new MemoryStateStore(),
  catalogSize: 300,
  seed: 1,
  indexCache,
  scriptUrl: SCRIPT,
  ...overrides,
});

/** The SKUs of a search, through the REST app as the page asks. */
async function searchSkus(backend: Awaited<ReturnType<typeof startReferenceBackend>>, query: string): Promise<string[]> {
  const reply = await backend.app.request(`/v1/search?q=${encodeURIComponent(query)}&limit=10`);
  assert.equal(reply.status, 200);
  const body = (await reply.json()) as { hits: { product: { sku: string } }[] };
  return body.hits.map((hit) => hit.product.sku);
}

describe('search index cache of the embedded backend', () => {
  it('builds the index once, then restores it: the same answers either way', async () => {
    const cache = memoryCache();
    const first = await startReferenceBackend(options(cache));
    assert.equal(await first.completeTextIndex(), 'built');
    assert.equal(await first.cacheIndex(), true);
    assert.equal(await first.cacheIndex(), true);
    assert.equal(cache.writes, 2, 'stored once: columns and text index');
    const second = await startReferenceBackend(options(cache));
    assert.equal(await second.completeTextIndex(), 'cache');
    assert.equal(await second.cacheIndex(), true);
    assert.equal(cache.writes, 2, 'a restored index is not written again');
    assert.equal(second.textIndex?.ready, true);
    // A misspelling needs the fuzzy lexicon, which the restored index derives on its own.
    for (const query of ['schraube', 'kabel', 'M8', 'schraubbe']) assert.deepEqual(await searchSkus(second, query), await searchSkus(first, query));
    // Restored columns list, filter and sort as the built ones do.
    for (const path of ['/v1/search?category=fasteners&sort=name&limit=50', '/v1/search?category=cables&sort=price-asc&limit=50&offset=10']) {
      const [a, b] = await Promise.all([first, second].map(async (backend) => (await backend.app.request(path)).json() as Promise<{ total: number }>));
      assert.ok(a!.total > 0, path);
      assert.deepEqual(b, a, path);
    }
  });

  it('answers a category listing before the text index exists, and a text search builds it on the spot', async () => {
    const whole = await startReferenceBackend(options(memoryCache()));
    await whole.completeTextIndex();
    const backend = await startReferenceBackend(options(memoryCache()));
    const listing = async (b: typeof backend) => (await b.app.request('/v1/search?category=fasteners&sort=price-desc&limit=30')).json() as Promise<{ total: number }>;
    const early = await listing(backend);
    assert.ok(early.total > 0);
    assert.deepEqual(early, await listing(whole));
    assert.equal(backend.textIndex?.ready, false, 'the listing needed only the columns');
    assert.deepEqual(await searchSkus(backend, 'schraubbe'), await searchSkus(whole, 'schraubbe'));
    assert.equal(backend.textIndex?.ready, true);
    assert.equal(await backend.completeTextIndex(), 'built');
  });

  it('never restores an index of another seed, size or script: it builds and replaces it', async () => {
    for (const other of [{ seed: 2 }, { catalogSize: 301 }, { scriptUrl: 'https://shop.example/assets/worker-77e0b2.js' }]) {
      const cache = memoryCache();
      await (await startReferenceBackend(options(cache))).cacheIndex();
      const started = await startReferenceBackend(options(cache, other));
      assert.equal(await started.completeTextIndex(), 'built', JSON.stringify(other));
      await started.cacheIndex();
      for (const part of ['columns', 'text'] as const) assert.equal(cache.entries.get(part)?.key, indexCacheKey({ seed: other.seed ?? 1, catalogSize: other.catalogSize ?? 300, scriptUrl: other.scriptUrl ?? SCRIPT }));
    }
  });

  it('starts and answers when the storage is full', async () => {
    const backend = await startReferenceBackend(options(fullCache()));
    assert.equal(await backend.cacheIndex(), false);
    assert.ok((await searchSkus(backend, 'schraube')).length > 0);
  });

  it('starts when the cache cannot be read or holds a broken entry', async () => {
    const failing: IndexCacheStore = {
      read: async () => {
        throw new DOMException('IndexedDB is not available.', 'InvalidStateError');
      },
      write: async () => undefined,
    };
    const key = indexCacheKey({ seed: 1, catalogSize: 300, scriptUrl: SCRIPT });
    const broken = memoryCache();
    broken.entries.set('columns', { key, record: { format: 0, columns: {} } as unknown as ColumnsRecord });
    broken.entries.set('text', { key, record: { format: 0, text: {} } as unknown as TextRecord });
    // A cache of this key that holds only the columns (the text write failed): the text is built.
    const halfFull = memoryCache();
    await (await startReferenceBackend(options(halfFull))).cacheIndex();
    halfFull.entries.delete('text');
    for (const cache of [failing, broken, halfFull]) {
      const backend = await startReferenceBackend(options(cache));
      assert.equal(await backend.completeTextIndex(), 'built');
      assert.ok((await searchSkus(backend, 'kabel')).length > 0);
    }
  });
});
