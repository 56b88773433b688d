/**
 * Where a REST adapter keeps its session token. The default survives reloads
 * (localStorage); pages that cannot use storage (sandboxed frames, storage disabled) fall
 * back to memory so the shop keeps working for the life of the page.
 */
export interface TokenStorage {
  get(): string | null;
  set(token: string | null): void;
}

/** Keeps the token in memory only: nothing outlives the page. */
export function memoryTokenStorage(): TokenStorage {
  let token: string | null = null;
  return {
    get: () => token,
    set: (next) => {
      token = next;
    },
  };
}

/** Keeps the token in localStorage under `key`, falling back to memory when storage fails. */
export function localTokenStorage(key: string): TokenStorage {
  const fallback = memoryTokenStorage();
  return {
    get() {
      try {
        return globalThis.localStorage?.getItem(key) ?? fallback.get();
      } catch {
        return fallback.get();
      }
    },
    set(token) {
      fallback.set(token);
      try {
        if (token === null) globalThis.localStorage?.removeItem(key);
        else globalThis.localStorage?.setItem(key, token);
      } catch {
        // Storage blocked or full: the in-memory copy above still serves this page.
      }
    },
  };
}
