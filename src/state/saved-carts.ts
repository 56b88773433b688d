import { atom, type ReadableAtom } from 'nanostores';
import { UnavailableError, type RestoreResult, type SavedCart, type SavedCartPatch } from '../commerce/index.js';
import { idle, toCommerceError, type AsyncValue } from './async-value.js';
import type { Commerce } from './commerce.js';

/** Saved carts (requisition lists) of the current user and company. */
export interface SavedCarts {
  readonly $list: ReadableAtom<AsyncValue<readonly SavedCart[]>>;
  /** Whether the adapter supports saved carts at all. */
  supported(): boolean;
  load(): Promise<void>;
  save(name: string, shared: boolean): Promise<SavedCart>;
  update(id: string, patch: SavedCartPatch): Promise<SavedCart>;
  remove(id: string): Promise<void>;
  /** Adds a saved cart's lines to the cart; the cart store follows. */
  restore(id: string): Promise<RestoreResult>;
}

/** Creates a {@link SavedCarts} store on a storefront. */
export function createSavedCarts(commerce: Commerce): SavedCarts {
  const $list = atom<AsyncValue<readonly SavedCart[]>>(idle());
  const adapter = commerce.adapter;
  const missing = () => new UnavailableError('This shop does not support saved carts.');

  async function load(): Promise<void> {
    if (!adapter.listSavedCarts) throw missing();
    $list.set({ ...$list.get(), status: 'loading' });
    try {
      $list.set({ status: 'ready', value: await adapter.listSavedCarts(), error: null });
    } catch (error) {
      $list.set({ status: 'error', value: $list.get().value, error: toCommerceError(error) });
    }
  }

  async function thenReload<T>(result: Promise<T>): Promise<T> {
    const value = await result.catch((error: unknown) => {
      throw toCommerceError(error);
    });
    await load();
    return value;
  }

  return {
    $list,
    supported: () => Boolean(adapter.listSavedCarts && adapter.saveCart && adapter.restoreSavedCart),
    load,
    save(name, shared) {
      if (!adapter.saveCart) return Promise.reject(missing());
      return thenReload(adapter.saveCart({ name, shared }));
    },
    update(id, patch) {
      if (!adapter.updateSavedCart) return Promise.reject(missing());
      return thenReload(adapter.updateSavedCart(id, patch));
    },
    remove(id) {
      if (!adapter.deleteSavedCart) return Promise.reject(missing());
      return thenReload(adapter.deleteSavedCart(id));
    },
    async restore(id) {
      if (!adapter.restoreSavedCart) throw missing();
      const result = await adapter.restoreSavedCart(id).catch((error: unknown) => {
        throw toCommerceError(error);
      });
      await commerce.adoptCart(result.cart);
      return result;
    },
  };
}
