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
import { cartKey, createDurableStore, memoryStore, scopeKeys, type DurableStore } from './cart-persistence.js';
import { openCrossTab, type CrossTabMessage } from './cross-tab.js';
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
  /**
   * Names whom the adapter's answers are for: the session's user and context, on which
   * prices, assortment and so a price order depend. Answers are kept under it (prices, a
   * listing's results). Before the first session is known it names the adapter's caller as
   * it stands (a stored token, say), and the session keeps that name when it comes, unless a
   * login, logout or context change came between: the answers already given stand, and
   * nothing is asked twice.
   */
  callerKey(): string;
  login(credentials: Credentials): Promise<Session>;
  logout(): Promise<Session>;
  setContext(patch: Partial<SessionContext>): Promise<Session>;
  refreshCart(): Promise<Cart | null>;
  addToCart(lines: readonly CartLineInput[]): Promise<Cart>;
  updateCartLine(lineId: string, patch: CartLinePatch): Promise<Cart>;
  removeCartLine(lineId: string): Promise<Cart>;
  placeOrder(input: CheckoutInput): Promise<Order>;
  /**
   * Takes a cart that an adapter call outside these actions returned (restoring a saved
   * cart, say) into the store and tells the other tabs.
   */
  adoptCart(cart: Cart): Promise<Cart>;
  /**
   * Where the cart, the checkout draft and order attempts are kept on this device; its
   * `$problem` tells when they only live in memory (storage blocked or full).
   */
  readonly storage: DurableStore;
  /** The user and account the cart belongs to (`userId/accountId`), null when logged out. */
  cartScope(): string | null;
  /** Stops listening to other tabs and releases the adapter (its worker, if it started one). */
  dispose(): void;
}

/** Options of {@link createCommerce}. */
export interface CommerceOptions {
  /**
   * Keeps the last cart, the checkout draft and order attempts across reloads and crashes
   * (`createDurableStore()` for IndexedDB). Without it they live in memory only.
   */
  readonly storage?: DurableStore;
  /**
   * Name of a BroadcastChannel that keeps this storefront's cart and session in step with
   * other tabs (`CROSS_TAB_CHANNEL`); omitted, the tab stays on its own.
   */
  readonly crossTab?: string;
}

/** {@link Commerce.callerKey} while the first session is on its way, and after it for the same caller. */
const FIRST_CALLER = 'first caller';

/**
 * Builds a {@link Commerce} around an adapter. One per page is usual; several can live side
 * by side (two storefronts on two backends) because no state is module-global.
 */
export function createCommerce(adapter: CommerceAdapter, options: CommerceOptions = {}): Commerce {
  const $info = atom<AdapterInfo | null>(null);
  const $session = atom<AsyncValue<Session>>(idle());
  const $cart = atom<AsyncValue<Cart>>(idle());
  const prices = createPriceLoader(adapter, () => callerKey());
  let started: Promise<void> | null = null;
  // Bumped whenever the user or context changes: a cart answer that left before the change
  // belongs to the previous user and must not land in the store (say, after a logout).
  let sessionEpoch = 0;
  // Calls made before the first session was known: the epoch then, and the key of the first
  // session once it came (null when the caller had changed by then).
  let firstCaller: { readonly epoch: number; session?: string | null } | null = null;

  function callerKey(): string {
    const current = $session.get();
    if (!current.value && (current.status === 'idle' || current.status === 'loading')) {
      firstCaller ??= { epoch: sessionEpoch };
      return FIRST_CALLER;
    }
    const known = JSON.stringify([current.value?.user?.id ?? null, current.value?.context ?? null]);
    if (firstCaller && firstCaller.session === undefined) firstCaller.session = firstCaller.epoch === sessionEpoch ? known : null;
    return firstCaller?.session === known ? FIRST_CALLER : known;
  }
  const storage = options.storage ?? createDurableStore(memoryStore());

  function cartScope(): string | null {
    const session = $session.get().value;
    return session?.user && session.context ? `${session.user.id}/${session.context.accountId}` : null;
  }

  // The last cart of this scope is kept on the device, so a reload or a backend that
  // cannot be reached still shows the buyer's lines.
  $cart.listen((value) => {
    const scope = cartScope();
    if (value.status === 'ready' && value.value && scope) void storage.set(cartKey(scope), value.value);
  });

  const crossTab = options.crossTab === undefined ? null : openCrossTab(options.crossTab, (message) => void fromOtherTab(message));

  async function fromOtherTab(message: CrossTabMessage): Promise<void> {
    if (message.kind === 'session') {
      sessionEpoch++;
      const session = await track($session, () => adapter.getSession()).catch(() => null);
      if (session) await sessionChanged(session);
      return;
    }
    const current = $cart.get().value;
    if (message.scope === cartScope() && (!current || current.version < message.version)) {
      await refreshCart().catch(() => undefined);
    }
  }

  function announceCart(cart: Cart): Cart {
    const scope = cartScope();
    if (scope) crossTab?.post({ kind: 'cart', scope, version: cart.version });
    return cart;
  }

  function announceSession(session: Session): Session {
    crossTab?.post({ kind: 'session' });
    return session;
  }

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
    const scope = cartScope();
    if (!scope) {
      $cart.set(idle());
      return null;
    }
    const epoch = sessionEpoch;
    if (!$cart.get().value) {
      // Show the cart kept on this device while the backend answers (or if it cannot).
      const kept = await storage.get<Cart>(cartKey(scope));
      if (kept && !$cart.get().value && epoch === sessionEpoch) $cart.set({ status: 'loading', value: kept, error: null });
    }
    return track($cart, () => adapter.getCart(), epoch);
  }

  async function sessionChanged(session: Session): Promise<Session> {
    prices.clear();
    await refreshCart().catch(() => undefined);
    return session;
  }

  const cartAction = async (run: () => Promise<Cart>): Promise<Cart> => announceCart(await track($cart, run, sessionEpoch));

  return {
    adapter,
    $info,
    $session,
    $cart,
    prices,
    ready() {
      started ??= (async () => {
        // Neither answer needs the other: both are asked at once.
        const info = adapter.info().then(
          (value) => $info.set(value),
          () => $info.set(null),
        );
        // A login (or another change) before this answer arrives makes it stale: the
        // login's session stands.
        await track($session, () => adapter.getSession(), sessionEpoch);
        await info;
        // The first session changes no one's prices: until it came, the adapter already asked
        // as its caller (a stored token, say), and `callerKey` files those answers for it.
        await refreshCart().catch(() => undefined);
      })();
      return started;
    },
    callerKey,
    async login(credentials) {
      sessionEpoch++;
      return announceSession(await sessionChanged(await track($session, () => adapter.login(credentials))));
    },
    async logout() {
      // Sensitive state goes first, whatever the backend answers. What this device kept for
      // any of the user's accounts goes too: carts, checkout drafts, order attempts (the
      // backend still has the carts for the next login; an attempt's order exists there or
      // not at all, since its key was sent with it).
      const session = $session.get().value;
      const user = session?.user;
      if (user) for (const account of session.accounts) for (const key of scopeKeys(`${user.id}/${account.id}`)) void storage.delete(key);
      sessionEpoch++;
      $cart.set(idle());
      prices.clear();
      try {
        return await track($session, () => adapter.logout());
      } finally {
        prices.clear();
        crossTab?.post({ kind: 'session' });
      }
    },
    async setContext(patch) {
      sessionEpoch++;
      return announceSession(await sessionChanged(await track($session, () => adapter.setContext(patch))));
    },
    refreshCart,
    addToCart: (lines) => cartAction(() => adapter.addToCart(lines)),
    updateCartLine: (lineId, patch) => cartAction(() => adapter.updateCartLine(lineId, patch)),
    removeCartLine: (lineId) => cartAction(() => adapter.removeCartLine(lineId)),
    async placeOrder(input) {
      const order = await adapter.placeOrder(input);
      const cart = await refreshCart().catch(() => null);
      if (cart) announceCart(cart);
      return order;
    },
    adoptCart: (cart) => cartAction(async () => cart),
    storage,
    cartScope,
    dispose() {
      crossTab?.close();
      adapter.dispose?.();
    },
  };
}
