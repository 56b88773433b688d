import { atom, type ReadableAtom } from 'nanostores';
import { idle, toCommerceError, type AsyncValue } from './async-value.js';

/**
 * A value loaded by key whose answers arrive in order: the answer to an older key never
 * overwrites a newer one, however the backend's replies race.
 */
export interface Resource<K, T> {
  readonly $state: ReadableAtom<AsyncValue<T>>;
  /** The key the current value belongs to (or is loading for). */
  readonly $key: ReadableAtom<K | null>;
  /** Loads the value for `key`; resolves when it (or a newer load) finished. */
  load(key: K): Promise<void>;
}

/** Creates a {@link Resource}; `onLoaded` sees each value that is kept. */
export function createResource<K, T>(fetchValue: (key: K) => Promise<T>, onLoaded?: (value: T) => void): Resource<K, T> {
  const $state = atom<AsyncValue<T>>(idle());
  const $key = atom<K | null>(null);
  let latest = 0;
  return {
    $state,
    $key,
    async load(key) {
      const ticket = ++latest;
      $key.set(key);
      $state.set({ ...$state.get(), status: 'loading' });
      try {
        const value = await fetchValue(key);
        if (ticket !== latest) return;
        onLoaded?.(value);
        $state.set({ status: 'ready', value, error: null });
      } catch (error) {
        if (ticket === latest) $state.set({ status: 'error', value: $state.get().value, error: toCommerceError(error) });
      }
    },
  };
}
