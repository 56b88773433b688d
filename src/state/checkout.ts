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
   * `checking`: a reply was lost (timeout, dropped connection, 5xx), so whether the order
   * exists is unknown; the store re-sends it with the same key, with back-off, until the
   * backend answers with the order or refuses it.
   * `queued`: the device is offline: the order is kept on the device and sent (same key)
   * when the connection is back.
   */
  readonly status: 'idle' | 'placing' | 'checking' | 'queued' | 'placed' | 'failed';
  readonly order: Order | null;
  readonly error: CommerceError | null;
  /** After a failure, `none`: the backend refused the order, so none exists (the cart is kept). Null otherwise. */
  readonly outcome: 'none' | null;
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
   * order, also when a lost reply had to be recovered; rejects only when the backend
   * refused the order (then none exists) or another user took over the device.
   */
  place(input: Omit<CheckoutInput, 'idempotencyKey'>): Promise<Order>;
  /** Settles an attempt that a reload or crash interrupted; called when `$draft` is first watched. */
  recover(): Promise<void>;
  /**
   * While an attempt is `checking` or `queued`, re-sends it now instead of waiting out the
   * back-off (the connection is back, or the buyer asked).
   */
  check(): void;
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
 * When a reply is lost, the order may or may not exist, and may even be made later by a
 * request still on its way: nothing on the client can tell. So the store never guesses
 * (an unchanged cart proves nothing while the first request can still arrive); it sends the
 * same request with the same key again until the backend answers. A seen key is answered
 * with the order it made; an unseen one is placed or refused, and a refusal is final for
 * the first request too, since both carry the same key and cart version.
 */
export function createCheckout(commerce: Commerce, options: CheckoutOptions = {}): Checkout {
  const connectivity = options.connectivity ?? browserConnectivity;
  const pause = options.pause ?? timer;
  const $attempt = atom<CheckoutAttempt>(IDLE);
  const $draft = atom<CheckoutDraft>(EMPTY_DRAFT);
  let key: string | null = null;
  let inFlight: Promise<Order> | null = null;
  // Ends the current back-off pause early.
  let wake: (() => void) | null = null;
  let loadedScope: string | null = null;

  const storage = commerce.storage;
  const scope = (): string | null => commerce.cartScope();

  async function remember(record: AttemptRecord): Promise<void> {
    const current = scope();
    if (current) await storage.set(attemptKey(current), record);
  }

  async function forget(): Promise<void> {
    key = null;
    const current = scope();
    if (current) await storage.delete(attemptKey(current));
  }

  async function placed(order: Order, interrupted: boolean): Promise<Order> {
    await forget();
    const current = scope();
    $draft.set(EMPTY_DRAFT);
    if (current) await storage.delete(draftKey(current));
    $attempt.set({ status: 'placed', order, error: null, outcome: null, interrupted });
    return order;
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
      // Offline, the order waits for the connection; online, the reply was lost and the
      // order's fate is unknown until a re-send with the same key is answered.
      return deliver(record, connectivity.online() ? commerceError : null, false);
    }
  }

  /**
   * Sends a kept order until the backend answers: waits while offline, re-sends after 5xx,
   * 429 and lost replies with back-off (Retry-After wins), and stops at the first refusal
   * (4xx), which the buyer is shown. The same key every time, so the backend makes one
   * order. `lost` is the failure of a request that may have arrived; `interrupted` marks a
   * request that was out when the page went. Either way the order's fate is unknown.
   */
  async function deliver(record: AttemptRecord, lost: CommerceError | null, interrupted: boolean): Promise<Order> {
    const owner = scope();
    await remember({ ...record, queued: true });
    let error = lost;
    // Once a request may have arrived, the buyer hears that the store is checking, never that nothing happened.
    let unknown = lost !== null || interrupted;
    let failures = lost ? 1 : 0;
    const waiting = (): CheckoutAttempt => ({ status: unknown ? 'checking' : 'queued', order: null, error, outcome: null, interrupted });
    for (;;) {
      if (failures > 0 && connectivity.online()) {
        $attempt.set(waiting());
        await nap(retryDelay(failures - 1, error instanceof UnavailableError ? error.retryAfterSeconds : undefined));
      }
      // While offline the error is the missing connection itself; the buyer is told that.
      if (!connectivity.online()) $attempt.set(waiting());
      await connectivity.whenOnline();
      // Another user or account took over the device: their session must not send this order.
      if (scope() !== owner) {
        $attempt.set(IDLE);
        throw error ?? new UnavailableError('The order waits for its user to log in again.');
      }
      $attempt.set({ status: unknown ? 'checking' : 'placing', order: null, error, outcome: null, interrupted });
      try {
        return await placed(await commerce.placeOrder({ ...record.input, idempotencyKey: record.key }), unknown);
      } catch (caught) {
        const failure = toCommerceError(caught);
        if (!failure.retryable) {
          // A refusal is final for every request with this key: none of them can make an order.
          await forget();
          $attempt.set({ status: 'failed', order: null, error: failure, outcome: 'none', interrupted });
          throw failure;
        }
        // Offline, the request never left; waiting for the connection is the pause.
        if (connectivity.online()) {
          error = failure;
          unknown = true;
          failures += 1;
        }
      }
    }
  }

  /** A back-off pause that `check()` cuts short. */
  function nap(ms: number): Promise<void> {
    return Promise.race([pause(ms), new Promise<void>((resolve) => (wake = resolve))]).finally(() => {
      wake = null;
    });
  }

  async function load(current: string): Promise<void> {
    loadedScope = current;
    const draft = await storage.get<CheckoutDraft>(draftKey(current));
    if (draft && loadedScope === current) $draft.set({ ...EMPTY_DRAFT, ...draft });
    await recover();
  }

  /** Settles the attempt kept from before a reload, if any, by sending it again. */
  async function settleKept(): Promise<void> {
    const current = scope();
    if (!current || inFlight) return;
    const record = await storage.get<AttemptRecord>(attemptKey(current));
    if (!record) return;
    key = record.key;
    // Queued: it may never have left. Otherwise the page went while the request was out, so
    // it may have arrived (or still arrive): sending it again is both the check and the replay.
    inFlight = deliver(record, null, !record.queued).finally(() => {
      inFlight = null;
    });
    await inFlight.catch(() => undefined);
  }

  async function recover(): Promise<void> {
    if ($attempt.get().status === 'idle') await settleKept();
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
    check() {
      wake?.();
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
