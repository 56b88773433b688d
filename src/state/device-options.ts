import type { CommerceOptions } from './commerce.js';
import { createDurableStore, indexedDbStore } from './cart-persistence.js';
import { CROSS_TAB_CHANNEL } from './cross-tab.js';

/**
 * Options for a storefront on a real page: the cart, the checkout draft and order attempts
 * kept in IndexedDB, and tabs kept in step. `backendId` separates storefronts on different
 * backends (two shops on one page share neither storage nor channel).
 */
export function deviceOptions(backendId: string): CommerceOptions {
  return {
    storage: createDurableStore(indexedDbStore(`kontor-client ${backendId}`)),
    crossTab: `${CROSS_TAB_CHANNEL} ${backendId}`,
  };
}
