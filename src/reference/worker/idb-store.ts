/**
 * IndexedDB persistence for the worker host. Several tabs may each run a worker against the
 * same database, so nothing is cached: every load reads the database, and mutations run
 * under a Web Lock shared by all tabs of the origin.
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { isBackendState, type BackendState } from '../state/state.js';
import { processLock, type LockRunner, type StateStore } from '../state/store.js';

/** Key of the state entry. */
const STATE_KEY = 'state';

/** Stores the state as one IndexedDB entry. */
export class IdbStateStore implements StateStore {
  private readonly db: UseStore;

  constructor(dbName = 'kontor-reference', storeName = 'state') {
    this.db = createStore(dbName, storeName);
  }

  /** Reads the current state from the database. */
  async load(): Promise<BackendState | null> {
    const value: unknown = await get(STATE_KEY, this.db);
    return isBackendState(value) ? value : null;
  }

  /** Writes the state; resolves when the transaction has committed. */
  async save(state: BackendState): Promise<void> {
    await set(STATE_KEY, state, this.db);
  }
}

/** A lock across all tabs and workers of the origin (falls back to one per worker). */
export function webLock(name: string): LockRunner {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return processLock();
  // request() resolves with what the callback returns; the callback returns a promise of T.
  return <T>(task: () => Promise<T>): Promise<T> => locks.request(name, () => task()) as unknown as Promise<T>;
}
