import { atom, onMount, type ReadableAtom } from 'nanostores';
import type { CheckoutInput, CheckoutPreview, CheckoutPreviewInput, CommerceError, Order, PaymentMethod } from '../commerce/index.js';
import { UnavailableError } from '../commerce/errors.js';
import { toCommerceError } from './async-value.js';
import { attemptKey, draftKey } from './cart-persistence.js';
import type { Commerce } from './commerce.js';
import { browserConnectivity, retryDelay, type Connectivity } from './connectivity.js';
import { createResource, type Resource } from './resource.js';

/** What the buyer has typed into the checkout so far; kept across reloads. */
export interface CheckoutDraft {
  readonly poNumber: string;
  readonly costCenterId: string;
  readonly requestedDeliveryDate: string;
  /** Empty: the session's bill-to. */
  readonly billToId: string;
  /** Empty: the session's ship-to. */
  readonly shipToId: string;
  readonly partialDelivery: boolean;
  readonly comment: string;
  readonly paymentMethod: PaymentMethod;
}

/** The draft of a fresh checkout: invoice, partial delivery allowed. */
export const EMPTY_DRAFT: CheckoutDraft = Object.freeze({
  poNumber: '',
  costCenterId: '',
  requestedDeliveryDate: '',
  billToId: '',
  shipToId: '',
  partialDelivery: true,
  comment: '',
  paymentMethod: 'invoice',
});

/** Where an order attempt stands. */
export interface CheckoutAttempt {
  /**
   * `checking`: a reply was lost and the store asks the backend what became of the order.
   * `queued`: the device is offline, or the backend answered 5xx/429: the order is kept on
   * the device and sent again (same key) when the connection is back, with back-off.
   */
  readonly status: 'idle' | 'placing' | 'checking' | 'queued' | 'placed' | 'failed';
  readonly order: Order | null;
  readonly error: CommerceError | null;
  /**
   * After a failure: `none` when the backend shows no order from this attempt (the cart is
   * kept), `unknown` when it could not be asked. Null otherwise.
   */
  readonly outcome: 'none' | 'unknown' | null;
  /** The attempt began before a reload or crash, or its first reply was lost. */
  readonly interrupted: boolean;
}

/** Places orders exactly once, however often the buyer clicks or the network fails. */
export interface Checkout {
  readonly $attempt: ReadableAtom<CheckoutAttempt>;
  /** The checkout form's content, restored after a reload. */
  readonly $draft: ReadableAtom<CheckoutDraft>;
  /** Changes the draft (and keeps it on the device). */
  updateDraft(patch: Partial<CheckoutDraft>): void;
  /**
   * Places the cart as an order. Concurrent calls share one attempt. Resolves with the
   * order, also when a lost reply had to be recovered; rejects when no order was made or
   * its fate is unknown (see `$attempt.outcome`).
   */
  place(input: Omit<CheckoutInput, 'idempotencyKey'>): Promise<Order>;
  /** Settles an attempt that a reload or crash interrupted; called when `$draft` is first watched. */
  recover(): Promise<void>;
  /**
   * Asks the backend again what became of an attempt whose outcome is `unknown` (once the
   * connection is back): the buyer is then told whether the order exists.
   */
  check(): Promise<void>;
  /** Starts over after a placed order (a new order gets a new key). */
  reset(): void;
}

/** An attempt as kept on the device until its outcome is known. */
interface AttemptRecord {
  readonly key: string;
  readonly input: Omit<CheckoutInput, 'idempotencyKey'>;
  /** Waiting to be sent (again): a reload picks the replay up instead of asking. */
  readonly queued?: boolean;
}

/** Options of {@link createCheckout}; tests drive the connection and the clock through them. */
export interface CheckoutOptions {
  /** Default: the browser's `navigator.onLine` and `online` event. */
  readonly connectivity?: Connectivity;
  /** Waits between replays (back-off); default a timer. */
  readonly pause?: (ms: number) => Promise<void>;
}

const timer = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const IDLE: CheckoutAttempt = Object.freeze({ status: 'idle', order: null, error: null, outcome: null, interrupted: false });

/**
 * Creates a {@link Checkout}. The idempotency key is made once per order attempt, kept on
 * the device before the request leaves, and re-sent on every retry, so the backend answers
 * a retry with the order it already made. The attempt also names the cart version the
 * buyer saw, so a cart changed elsewhere is never ordered unseen.
 *
 * When a reply is lost, the store finds out what happened instead of leaving the buyer to
 * guess: placing clears the cart, so an unchanged cart means no order was made; a changed
 * one is settled by asking again with the same key (which returns the order if it exists,
 * and is refused as a conflict if it does not).
 */
export function createCheckout(commerce: Commerce, options: CheckoutOptions = {}): Checkout {
  const connectivity = options.connectivity ?? browserConnectivity;
  const pause = options.pause ?? timer;
  const $attempt = atom<CheckoutAttempt>(IDLE);
  const $draft = atom<CheckoutDraft>(EMPTY_DRAFT);
  let key: string | null = null;
  let inFlight: Promise<Order> | null = null;
  let loadedScope: string | null = null;

  const storage = commerce.storage;
  const scope = (): string | null => commerce.cartScope();

  async function remember(record: AttemptRecord): Promise<void> {
    const current = scope();
    if (current) await storage.set(attemptKey(current), record);
  }

  async function forgetKept(): Promise<void> {
    const current = scope();
    if (current) await storage.delete(attemptKey(current));
  }

  async function forget(): Promise<void> {
    key = null;
    await forgetKept();
  }

  async function placed(order: Order, interrupted: boolean): Promise<Order> {
    await forget();
    const current = scope();
    $draft.set(EMPTY_DRAFT);
    if (current) await storage.delete(draftKey(current));
    $attempt.set({ status: 'placed', order, error: null, outcome: null, interrupted });
    return order;
  }

  /** What became of an attempt whose reply never came. */
  async function settle(record: AttemptRecord): Promise<{ order: Order } | { outcome: 'none' | 'unknown' }> {
    let cart;
    try {
      cart = await commerce.refreshCart();
    } catch {
      return { outcome: 'unknown' };
    }
    const expected = record.input.expectedCartVersion;
    if (!cart || expected === undefined) return { outcome: 'unknown' };
    if (cart.version === expected) return { outcome: 'none' };
    try {
      return { order: await commerce.placeOrder({ ...record.input, idempotencyKey: record.key }) };
    } catch (error) {
      const code = toCommerceError(error).code;
      return { outcome: code === 'conflict' || code === 'validation' ? 'none' : 'unknown' };
    }
  }

  async function run(input: Omit<CheckoutInput, 'idempotencyKey'>): Promise<Order> {
    const expectedCartVersion = input.expectedCartVersion ?? commerce.$cart.get().value?.version;
    const record: AttemptRecord = {
      key: (key ??= globalThis.crypto.randomUUID()),
      input: { ...input, ...(expectedCartVersion === undefined ? {} : { expectedCartVersion }) },
    };
    $attempt.set({ status: 'placing', order: null, error: null, outcome: null, interrupted: false });
    // Kept before the request leaves: a crash mid-request must not lose the key.
    await remember(record);
    try {
      return await placed(await commerce.placeOrder({ ...record.input, idempotencyKey: record.key }), false);
    } catch (error) {
      const commerceError = toCommerceError(error);
      if (!commerceError.retryable) {
        await forget();
        $attempt.set({ status: 'failed', order: null, error: commerceError, outcome: 'none', interrupted: false });
        throw commerceError;
      }
      // The connection is gone (an embedded backend still answers offline, so only a failed
      // request counts): keep the order and send it again when the connection is back,
      // with the same key, so a request that did arrive is answered with its order.
      if (!connectivity.online()) return deliver(record);
      $attempt.set({ status: 'checking', order: null, error: commerceError, outcome: null, interrupted: false });
      const settled = await settle(record);
      if ('order' in settled) return placed(settled.order, true);
      // Nothing arrived: a reload need not ask again. The key stays for this page's retry,
      // so a request the backend only gets to later is still answered with its order.
      if (settled.outcome === 'none') await forgetKept();
      $attempt.set({ status: 'failed', order: null, error: commerceError, outcome: settled.outcome, interrupted: false });
      throw commerceError;
    }
  }

  /**
   * Sends a queued order until the backend answers: waits while offline, retries 5xx, 429
   * and lost replies with back-off (Retry-After wins), and stops at the first refusal (4xx),
   * which the buyer is shown. The same key every time, so the backend makes one order.
   */
  async function deliver(record: AttemptRecord): Promise<Order> {
    const owner = scope();
    await remember({ ...record, queued: true });
    let error: CommerceError | null = null;
    let failures = 0;
    for (;;) {
      // While offline the error is the missing connection itself; the buyer is told that.
      if (!connectivity.online()) $attempt.set({ status: 'queued', order: null, error: null, outcome: null, interrupted: false });
      await connectivity.whenOnline();
      // Another user or account took over the device: their session must not send this order.
      if (scope() !== owner) {
        $attempt.set(IDLE);
        throw error ?? new UnavailableError('The order waits for its user to log in again.');
      }
      $attempt.set({ status: 'placing', order: null, error, outcome: null, interrupted: false });
      try {
        return await placed(await commerce.placeOrder({ ...record.input, idempotencyKey: record.key }), failures > 0);
      } catch (caught) {
        error = toCommerceError(caught);
        if (!error.retryable) {
          await forget();
          $attempt.set({ status: 'failed', order: null, error, outcome: 'none', interrupted: false });
          throw error;
        }
        // Offline again: waiting for the connection is the pause.
        if (connectivity.online()) {
          failures += 1;
          $attempt.set({ status: 'queued', order: null, error, outcome: null, interrupted: false });
          await pause(retryDelay(failures - 1, error instanceof UnavailableError ? error.retryAfterSeconds : undefined));
        }
      }
    }
  }

  async function load(current: string): Promise<void> {
    loadedScope = current;
    const draft = await storage.get<CheckoutDraft>(draftKey(current));
    if (draft && loadedScope === current) $draft.set({ ...EMPTY_DRAFT, ...draft });
    await recover();
  }

  /** Settles the kept attempt, if any; `interrupted` marks one from before a reload. */
  async function settleKept(interrupted: boolean): Promise<void> {
    const current = scope();
    if (!current || inFlight) return;
    const record = await storage.get<AttemptRecord>(attemptKey(current));
    if (!record) return;
    key = record.key;
    if (record.queued) {
      // Queued before a reload: sending it again (same key) is both the check and the replay.
      inFlight = deliver(record).finally(() => {
        inFlight = null;
      });
      await inFlight.catch(() => undefined);
      return;
    }
    const before = $attempt.get();
    $attempt.set({ status: 'checking', order: null, error: before.error, outcome: null, interrupted });
    const settled = await settle(record);
    if ('order' in settled) {
      await placed(settled.order, true);
      return;
    }
    // Nothing was made: a fresh attempt may use a fresh key.
    if (settled.outcome === 'none') await forget();
    $attempt.set({ status: 'failed', order: null, error: before.error, outcome: settled.outcome, interrupted });
  }

  async function recover(): Promise<void> {
    if ($attempt.get().status === 'idle') await settleKept(true);
  }

  // The draft and an interrupted attempt belong to a user and account: load them while
  // someone watches, and again when the scope changes.
  onMount($draft, () =>
    commerce.$session.subscribe(() => {
      const current = scope();
      if (current && current !== loadedScope) void load(current);
      if (!current) loadedScope = null;
    }),
  );

  return {
    $attempt,
    $draft,
    updateDraft(patch) {
      const next = { ...$draft.get(), ...patch };
      $draft.set(next);
      const current = scope();
      if (current) void storage.set(draftKey(current), next);
    },
    place(input) {
      inFlight ??= run(input).finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
    recover,
    async check() {
      const attempt = $attempt.get();
      if (attempt.status === 'failed' && attempt.outcome === 'unknown') await settleKept(attempt.interrupted);
    },
    reset() {
      key = null;
      $attempt.set(IDLE);
    },
  };
}

/** What the preview is computed for: the checkout's figures-relevant fields and the cart version. */
export interface PreviewKey extends CheckoutPreviewInput {
  readonly cartVersion: number;
}

/**
 * The checkout preview as a resource: reloads when the cart version, the ship-to or the
 * payment method change, and an older answer never overwrites a newer one. Resolves to
 * null on adapters without `previewCheckout`.
 */
export function createCheckoutPreview(commerce: Commerce): Resource<PreviewKey, CheckoutPreview | null> {
  return createResource(async ({ cartVersion: _version, ...input }) => {
    const adapter = commerce.adapter;
    return adapter.previewCheckout ? adapter.previewCheckout(input) : null;
  });
}
