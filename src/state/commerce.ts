import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import type {
  AdapterInfo,
  Cart,
  CartLineInput,
  CartLinePatch,
  CheckoutInput,
  CommerceAdapter,
  Credentials,
  Order,
  Session,
  SessionContext,
} from '../commerce/index.js';
import { idle, toCommerceError, type AsyncValue } from './async-value.js';
import { createPriceLoader, type PriceLoader } from './price-loader.js';

/**
 * The headless storefront: an adapter plus the stores and actions that components share.
 * Components read the `$`-stores and call the actions; they never call the adapter for
 * state that lives here.
 */
export interface Commerce {
  readonly adapter: CommerceAdapter;
  /** Adapter name, contract version and capabilities, once loaded. */
  readonly $info: ReadableAtom<AdapterInfo | null>;
  readonly $session: ReadableAtom<AsyncValue<Session>>;
  readonly $cart: ReadableAtom<AsyncValue<Cart>>;
  /** Batched, cached customer prices for the current context. */
  readonly prices: PriceLoader;
  /** Loads capabilities, session and (when logged in) the cart; resolves when done. */
  ready(): Promise<void>;
  login(credentials: Credentials): Promise<Session>;
  logout(): Promise<Session>;
  setContext(patch: Partial<SessionContext>): Promise<Session>;
  refreshCart(): Promise<Cart | null>;
  addToCart(lines: readonly CartLineInput[]): Promise<Cart>;
  updateCartLine(lineId: string, patch: CartLinePatch): Promise<Cart>;
  removeCartLine(lineId: string): Promise<Cart>;
  placeOrder(input: CheckoutInput): Promise<Order>;
}

/**
 * Builds a {@link Commerce} around an adapter. One per page is usual; several can live side
 * by side (two storefronts on two backends) because no state is module-global.
 */
export function createCommerce(adapter: CommerceAdapter): Commerce {
  const $info = atom<AdapterInfo | null>(null);
  const $session = atom<AsyncValue<Session>>(idle());
  const $cart = atom<AsyncValue<Cart>>(idle());
  const prices = createPriceLoader(adapter, () => {
    const session = $session.get().value;
    return JSON.stringify([session?.user?.id ?? null, session?.context ?? null]);
  });
  let started: Promise<void> | null = null;
  // Bumped whenever the user or context changes: a cart answer that left before the change
  // belongs to the previous user and must not land in the store (say, after a logout).
  let sessionEpoch = 0;

  async function track<T>(store: WritableAtom<AsyncValue<T>>, run: () => Promise<T>, epoch?: number): Promise<T> {
    const stillCurrent = () => epoch === undefined || epoch === sessionEpoch;
    const previous = store.get();
    store.set({ ...previous, status: 'loading' });
    try {
      const value = await run();
      if (stillCurrent()) store.set({ status: 'ready', value, error: null });
      return value;
    } catch (error) {
      const commerceError = toCommerceError(error);
      if (stillCurrent()) store.set({ status: 'error', value: previous.value, error: commerceError });
      throw commerceError;
    }
  }

  async function refreshCart(): Promise<Cart | null> {
    if (!$session.get().value?.user) {
      $cart.set(idle());
      return null;
    }
    return track($cart, () => adapter.getCart(), sessionEpoch);
  }

  async function sessionChanged(session: Session): Promise<Session> {
    prices.clear();
    await refreshCart().catch(() => undefined);
    return session;
  }

  const cartAction = (run: () => Promise<Cart>): Promise<Cart> => track($cart, run, sessionEpoch);

  return {
    adapter,
    $info,
    $session,
    $cart,
    prices,
    ready() {
      started ??= (async () => {
        $info.set(await adapter.info().catch(() => null));
        const session = await track($session, () => adapter.getSession());
        await sessionChanged(session);
      })();
      return started;
    },
    async login(credentials) {
      sessionEpoch++;
      return sessionChanged(await track($session, () => adapter.login(credentials)));
    },
    async logout() {
      // Sensitive state goes first, whatever the backend answers.
      sessionEpoch++;
      $cart.set(idle());
      prices.clear();
      try {
        return await track($session, () => adapter.logout());
      } finally {
        prices.clear();
      }
    },
    async setContext(patch) {
      sessionEpoch++;
      return sessionChanged(await track($session, () => adapter.setContext(patch)));
    },
    refreshCart,
    addToCart: (lines) => cartAction(() => adapter.addToCart(lines)),
    updateCartLine: (lineId, patch) => cartAction(() => adapter.updateCartLine(lineId, patch)),
    removeCartLine: (lineId) => cartAction(() => adapter.removeCartLine(lineId)),
    async placeOrder(input) {
      const order = await adapter.placeOrder(input);
      await refreshCart().catch(() => undefined);
      return order;
    },
  };
}
