/**
 * Client-side persistence for what the buyer must never lose: the last known cart, the
 * checkout form and an order attempt in flight. IndexedDB (through idb-keyval) is the
 * primary store; when it is blocked (private mode, policy) or full, everything keeps
 * working in memory and `$problem` says so, so the page can warn the buyer.
 */
import { createStore, del, get, set } from 'idb-keyval';
import { atom, type ReadableAtom } from 'nanostores';

/** Why values cannot be kept across reloads: storage refused (`blocked`) or out of quota (`full`). */
export type StorageProblem = 'blocked' | 'full' | null;

/** A minimal async key-value store. */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

/** A {@link KeyValueStore} that never fails: it falls back to memory and reports why. */
export interface DurableStore extends KeyValueStore {
  /** Null while values survive reloads; otherwise why they do not. */
  readonly $problem: ReadableAtom<StorageProblem>;
}

/** An IndexedDB store through idb-keyval; errors (no IndexedDB at all included) reject. */
export function indexedDbStore(dbName = 'kontor-client', storeName = 'state'): KeyValueStore {
  let db: ReturnType<typeof createStore> | undefined;
  const store = () => (db ??= createStore(dbName, storeName));
  return {
    async get<T>(key: string) {
      return get<T>(key, store());
    },
    async set(key, value) {
      await set(key, value, store());
    },
    async delete(key) {
      await del(key, store());
    },
  };
}

/** A store in memory (tests, and the fallback of {@link createDurableStore}). */
export function memoryStore(): KeyValueStore {
  const values = new Map<string, unknown>();
  return {
    async get<T>(key: string) {
      // Values are cloned as IndexedDB would, so callers never share objects with the store.
      return values.has(key) ? (structuredClone(values.get(key)) as T) : undefined;
    },
    async set(key, value) {
      values.set(key, structuredClone(value));
    },
    async delete(key) {
      values.delete(key);
    },
  };
}

function problemOf(error: unknown): Exclude<StorageProblem, null> {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  return name === 'QuotaExceededError' ? 'full' : 'blocked';
}

/**
 * Wraps a primary store so that nothing is lost when it fails: every value is also kept in
 * memory, reads prefer memory (this page's newest values), and a failing primary only
 * raises `$problem`. A blocked primary is not asked again; a full one is retried on the
 * next write, and the warning clears once a write succeeds.
 */
export function createDurableStore(primary: KeyValueStore = indexedDbStore()): DurableStore {
  const memory = memoryStore();
  const written = new Set<string>();
  const $problem = atom<StorageProblem>(null);
  let blocked = false;

  const fail = (error: unknown): void => {
    const problem = problemOf(error);
    if (problem === 'blocked') blocked = true;
    $problem.set(problem);
  };

  return {
    $problem,
    async get<T>(key: string) {
      if (written.has(key) || blocked) return memory.get<T>(key);
      try {
        return await primary.get<T>(key);
      } catch (error) {
        fail(error);
        return memory.get<T>(key);
      }
    },
    async set(key, value) {
      await memory.set(key, value);
      written.add(key);
      if (blocked) return;
      try {
        await primary.set(key, value);
        if ($problem.get() === 'full') $problem.set(null);
      } catch (error) {
        fail(error);
      }
    },
    async delete(key) {
      await memory.delete(key);
      written.add(key);
      if (blocked) return;
      try {
        await primary.delete(key);
      } catch (error) {
        fail(error);
      }
    },
  };
}

/** Key under which a scope's (user and account) last known cart is kept. */
export const cartKey = (scope: string): string => `cart:${scope}`;

/** Key under which a scope's checkout draft and order attempt are kept. */
export const checkoutKey = (scope: string): string => `checkout:${scope}`;

/** Key of a scope's checkout form draft. */
export const draftKey = (scope: string): string => `${checkoutKey(scope)}:draft`;

/** Key of a scope's order attempt in flight. */
export const attemptKey = (scope: string): string => `${checkoutKey(scope)}:attempt`;

/** Every key a scope (user and account) may have on the device; logout removes them all. */
export const scopeKeys = (scope: string): string[] => [cartKey(scope), draftKey(scope), attemptKey(scope)];
